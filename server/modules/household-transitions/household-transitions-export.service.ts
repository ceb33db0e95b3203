import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { discoveryChannels, labelOf, monitoringTypes, transitionKinds } from '../../../contracts/household-codes.ts';
import { transitionStates, type TransitionExportQuery, type TransitionListItem } from '../../../contracts/household-transitions.ts';
import * as repo from './household-transitions.repository.ts';
import { presentTransitionList } from './household-transitions.present.ts';
import { transitionToday } from './household-transitions.rules.ts';

const window = (n: { start: string; end: string } | null) => (n ? `${n.start} 至 ${n.end}` : null);

const columns: ExcelColumn<TransitionListItem>[] = [
  { header: '户主', width: 12, value: (t) => t.householderName },
  { header: '户编码', width: 22, value: (t) => t.householdCode },
  { header: '村', width: 20, value: (t) => t.villageName },
  { header: '事项', width: 10, value: (t) => transitionKinds.labels[t.kind].zh },
  { header: '状态', width: 16, value: (t) => transitionStates[t.state].zh },
  { header: '申请理由', width: 36, value: (t) => t.reason },
  { header: '评议日期', width: 12, value: (t) => t.appraisal?.meetingOn ?? null },
  { header: '村级公示', width: 24, value: (t) => window(t.firstNotice) },
  { header: '第二次公示', width: 24, value: (t) => window(t.secondNotice) },
  { header: '公告日期', width: 12, value: (t) => t.announcedOn },
  { header: '监测类型', width: 16, value: (t) => (t.monitoringType ? labelOf(monitoringTypes, t.monitoringType) : null) },
  { header: '发现途径', width: 14, value: (t) => (t.discoveryChannel ? labelOf(discoveryChannels, t.discoveryChannel) : null) },
  { header: '发现日期', width: 12, value: (t) => t.discoveredOn },
  { header: '核实时限', width: 12, value: (t) => t.verifyDueOn },
  { header: '审定时限', width: 12, value: (t) => t.decideDueOn },
  { header: '逾期', width: 8, value: (t) => (t.verifyOverdue || t.decideOverdue ? '是' : '') },
  { header: '申请时间', width: 20, value: (t) => t.createdAt.slice(0, 10) },
];

/** The filtered list as a workbook; it names householders, so it takes the registry's export right. */
export async function exportTransitions(ctx: Ctx, query: TransitionExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'transitions.read');
  requirePermission(ctx.principal, 'households.export');
  const today = transitionToday();
  const body = await exportList(ctx, {
    action: 'household_transition.export',
    entityType: 'household_transition',
    sheetName: '识别退出与监测',
    columns,
    filters: query,
    chunks: inChunks((w) => repo.readTransitions(ctx.db, ctx.principal.scope, query, today, w)),
    present: (rows) => presentTransitionList(ctx.db, rows, today),
  });
  return { fileName: datedFileName('识别退出与监测'), body };
}
