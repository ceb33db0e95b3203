import ExcelJS from 'exceljs';
import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { neutralizeFormula } from '../../platform/excel/workbook-writer.ts';
import { branchReportKinds, branchTasks, orgLifeKinds, sixOnesItems, type OrgLifeExportQuery, type OrgLifeListItem } from '../../../contracts/org-life.ts';
import * as repo from './org-life.repository.ts';
import { presentRecords } from './org-life.present.ts';
import { getReport } from './six-ones.service.ts';

const columns: ExcelColumn<OrgLifeListItem>[] = [
  { header: '日期', width: 12, value: (r) => r.heldOn },
  { header: '党支部', width: 36, value: (r) => r.partyOrgName },
  { header: '类型', width: 16, value: (r) => orgLifeKinds.labels[r.kind].zh },
  { header: '主题', width: 40, value: (r) => r.topic },
  { header: '地点', width: 20, value: (r) => r.place },
  { header: '支部任务', width: 30, value: (r) => r.tasks.map((t) => branchTasks.labels[t].zh).join('、') },
  { header: '参加人数', width: 10, value: (r) => r.attendeeCount },
  { header: '缺席人数', width: 10, value: (r) => r.absenteeCount },
];

export async function exportRecords(ctx: Ctx, query: OrgLifeExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'org_life.export');
  const body = await exportList(ctx, {
    action: 'org_life.export',
    entityType: 'org_life_record',
    sheetName: '组织生活',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readRecords(ctx.db, ctx.principal.scope, ctx.principal.cadreId, query, window)),
    present: async (rows) => rows.map(presentRecords),
  });
  return { fileName: datedFileName('组织生活'), body };
}

/** An issued report as a sheet: its meetings, attendance, the 六个一 standing and what is missing. */
export async function exportReport(ctx: Ctx, orgId: string, reportId: string): Promise<ExportFile> {
  requirePermission(ctx.principal, 'org_life.export');
  const report = await getReport(ctx, orgId, reportId);
  const b = report.body;
  const title = `${b.partyOrgName}${branchReportKinds.labels[b.kind].zh}（${b.period}）`;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报告');
  sheet.columns = [{ width: 24 }, { width: 40 }, { width: 12 }, { width: 12 }];
  sheet.addRow([neutralizeFormula(title)]).font = { bold: true, size: 14 };
  sheet.addRow([`期间：${b.from} 至 ${b.to}`, `党员 ${b.memberCount} 名，出席率 ${b.attendanceRate}%`]);
  sheet.addRow([]);
  sheet.addRow(['日期', '活动', '参加', '缺席']).font = { bold: true };
  for (const r of b.records) sheet.addRow([r.heldOn, neutralizeFormula(`${orgLifeKinds.labels[r.kind].zh}：${r.topic}`), r.attended, r.absent]);
  sheet.addRow([]);
  sheet.addRow(['六个一', '未完成', '完成', '应完成']).font = { bold: true };
  for (const i of b.sixOnes) sheet.addRow([sixOnesItems.labels[i.item].zh, neutralizeFormula(i.missing.join('、')), i.done, i.required]);
  sheet.addRow([]);
  sheet.addRow(['需要补上的']).font = { bold: true };
  for (const m of b.missing) sheet.addRow([neutralizeFormula(m)]);
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  await recordAudit(ctx.db, ctx.actor, { action: 'org_life.export', entityType: 'branch_report', entityId: reportId, after: { period: b.period, kind: b.kind } });
  return { fileName: `${title}.xlsx`, body: file };
}
