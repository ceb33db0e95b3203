import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { contributionKinds, type AdvisorExportQuery, type AdvisorListItem, type SupportExportQuery, type SupportView } from '../../../contracts/advisors.ts';
import * as repo from './advisors.repository.ts';
import { presentAdvisorList, presentSupports } from './advisors.present.ts';

const amount = (text: string | null) => (text === null ? null : Number(text));

// The phone goes out masked, as on screen: an export is no way around unmasking with a reason.
const advisorColumns: ExcelColumn<AdvisorListItem>[] = [
  { header: '村', width: 20, value: (r) => r.villageName },
  { header: '姓名', width: 12, value: (r) => r.name },
  { header: '职业或身份', width: 28, value: (r) => r.occupation },
  { header: '工作地', width: 20, value: (r) => r.workplace },
  { header: '手机号（脱敏）', width: 16, value: (r) => r.phone },
  { header: '聘请日期', width: 12, value: (r) => r.appointedOn },
  { header: '在聘', width: 6, value: (r) => (r.active ? '是' : '否') },
  { header: '支持次数', width: 10, value: (r) => r.supportCount },
  { header: '资金物资合计（元）', width: 18, value: (r) => amount(r.supportValue) },
  { header: '最近通报季度', width: 14, value: (r) => r.lastPeriod },
  { header: '备注', width: 30, value: (r) => r.note },
];

export async function exportAdvisors(ctx: Ctx, query: AdvisorExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'advisors.export');
  const body = await exportList(ctx, {
    action: 'advisors.export',
    entityType: 'advisor',
    sheetName: '理村顾问',
    columns: advisorColumns,
    filters: query,
    chunks: inChunks((window) => repo.readAdvisors(ctx.db, ctx.principal.scope, query, window)),
    present: (rows) => presentAdvisorList(ctx.db, rows),
  });
  return { fileName: datedFileName('理村顾问'), body };
}

const supportColumns: ExcelColumn<SupportView>[] = [
  { header: '村', width: 20, value: (r) => r.villageName },
  { header: '顾问', width: 12, value: (r) => r.advisorName },
  { header: '支持方式', width: 14, value: (r) => contributionKinds.labels[r.kind].zh },
  { header: '金额或折价（元）', width: 16, value: (r) => amount(r.value) },
  { header: '数量', width: 10, value: (r) => amount(r.quantity) },
  { header: '单位', width: 8, value: (r) => r.unit },
  { header: '日期', width: 12, value: (r) => r.givenOn },
  { header: '内容', width: 40, value: (r) => r.description },
  { header: '项目', width: 28, value: (r) => r.projectName },
];

export async function exportSupports(ctx: Ctx, query: SupportExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'advisors.export');
  const body = await exportList(ctx, {
    action: 'advisors.supports.export',
    entityType: 'advisor_support',
    sheetName: '顾问支持',
    columns: supportColumns,
    filters: query,
    chunks: inChunks((window) => repo.readSupports(ctx.db, ctx.principal.scope, query, window)),
    present: (rows) => presentSupports(ctx.db, rows),
  });
  return { fileName: datedFileName('理村顾问支持'), body };
}
