import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import {
  reportKindLabels,
  reportStateLabels,
  type ReportExportQuery,
  type ReportListItem,
  type ReportStanding,
  type ReportStatusExportQuery,
  type ReportStatusItem,
} from '../../../contracts/reports.ts';
import * as repo from './reports.repository.ts';
import { readerOf } from './reports.service.ts';
import { presentReports } from './reports.present.ts';
import { presentStatus, statusContext } from './reports-status.service.ts';

const beijing = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' });
const when = (iso: string | null) => (iso ? beijing.format(new Date(iso)) : '');

const listColumns: ExcelColumn<ReportListItem>[] = [
  { header: '工作队', width: 30, value: (r) => r.teamName },
  { header: '驻村村庄', width: 20, value: (r) => r.villageName ?? r.divisionCode },
  { header: '类型', width: 10, value: (r) => reportKindLabels[r.kind].zh },
  { header: '月份', width: 10, value: (r) => r.period },
  { header: '标题', width: 40, value: (r) => r.title },
  { header: '应报日期', width: 12, value: (r) => r.dueOn },
  { header: '报送时间', width: 18, value: (r) => when(r.submittedAt) },
  { header: '是否逾期', width: 10, value: (r) => (r.late ? '逾期' : '') },
  { header: '报送人', width: 16, value: (r) => r.submittedByName },
  { header: '已阅时间', width: 18, value: (r) => when(r.readAt) },
  { header: '附件数', width: 8, value: (r) => r.attachmentCount },
];

/** Anyone who may read the list may take it away as a sheet; the export is on the trail. */
export async function exportReports(ctx: Ctx, query: ReportExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'reports.read');
  const reader = readerOf(ctx.principal);
  const body = await exportList(ctx, {
    action: 'reports.export',
    entityType: 'team_report',
    sheetName: '工作报告',
    columns: listColumns,
    filters: query,
    detail: { kind: 'list' },
    chunks: inChunks((window) => repo.readReports(ctx.db, reader, query, window)),
    present: (rows) => presentReports(ctx.db, rows),
  });
  return { fileName: datedFileName('工作报告'), body };
}

const standingText = (s: ReportStanding) => `${reportStateLabels[s.state].zh}${s.submittedAt ? `（${when(s.submittedAt)}）` : ''}`;

const statusColumns: ExcelColumn<ReportStatusItem>[] = [
  { header: '工作队', width: 30, value: (r) => r.teamName },
  { header: '驻村村庄', width: 20, value: (r) => r.villageName ?? r.divisionCode },
  { header: '队长', width: 12, value: (r) => r.leaderName },
  { header: '月报', width: 28, value: (r) => standingText(r.monthlyReport) },
  { header: '工作小结', width: 28, value: (r) => standingText(r.workSummary) },
  { header: '信息简报（篇）', width: 14, value: (r) => r.briefings },
];

export async function exportReportStatus(ctx: Ctx, query: ReportStatusExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'reports.read');
  const { reader, bounds, dueOn, today } = statusContext(ctx, query.period);
  const body = await exportList(ctx, {
    action: 'reports.export',
    entityType: 'team_report',
    sheetName: `${query.period} 报送情况`,
    columns: statusColumns,
    filters: query,
    detail: { kind: 'status' },
    chunks: inChunks((window) => repo.readStatusTeams(ctx.db, reader, query, bounds, window)),
    present: (teams) => presentStatus(ctx.db, teams, query.period, dueOn, today),
  });
  return { fileName: datedFileName(`工作报告报送情况-${query.period}`), body };
}
