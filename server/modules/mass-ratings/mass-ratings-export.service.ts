import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import type { MassRatingExportQuery, TeamRatingRow } from '../../../contracts/mass-ratings.ts';
import * as repo from './mass-ratings.repository.ts';
import { presentTeams, quarterOf, visibleTeams } from './mass-ratings.service.ts';

const shown = (row: TeamRatingRow, value: number | null) => (row.summary.shown ? value : null);

const columns: ExcelColumn<TeamRatingRow>[] = [
  { header: '村', width: 20, value: (r) => r.villageName },
  { header: '工作队', width: 32, value: (r) => r.teamName },
  { header: '评议页面', width: 10, value: (r) => (r.linkActive ? '已开启' : '未开启') },
  { header: '已发评议码', width: 10, value: (r) => r.codesIssued },
  { header: '已使用', width: 10, value: (r) => r.codesUsed },
  { header: '本季度评议数', width: 12, value: (r) => r.summary.count },
  { header: '满意', width: 8, value: (r) => shown(r, r.summary.satisfied) },
  { header: '基本满意', width: 8, value: (r) => shown(r, r.summary.fairlySatisfied) },
  { header: '不满意', width: 8, value: (r) => shown(r, r.summary.dissatisfied) },
  { header: '建议留任', width: 8, value: (r) => shown(r, r.summary.keep) },
  { header: '建议调整', width: 8, value: (r) => shown(r, r.summary.adjust) },
  { header: '说明', width: 40, value: (r) => r.summary.hiddenReason },
];

export async function exportTeams(ctx: Ctx, query: MassRatingExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'mass_ratings.read');
  const quarter = quarterOf(query);
  const visible = visibleTeams(ctx);
  const title = `群众评议汇总-${quarter.year}年第${quarter.quarter}季度`;
  const body = await exportList(ctx, {
    action: 'mass_ratings.export',
    entityType: 'team',
    sheetName: '群众评议',
    columns,
    filters: { ...query, ...quarter },
    chunks: inChunks((window) => repo.readTeams(ctx.db, visible, query, quarter, window)),
    present: (rows) => presentTeams(ctx, rows, quarter),
  });
  return { fileName: datedFileName(title), body };
}
