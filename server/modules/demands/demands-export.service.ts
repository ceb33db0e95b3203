import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { demandCategories, demandStates, type DemandExportQuery, type DemandListItem } from '../../../contracts/demands.ts';
import * as repo from './demands.repository.ts';
import { presentDemands } from './demands.present.ts';
import { todayInBeijing } from './demands.rules.ts';

const columns: ExcelColumn<DemandListItem>[] = [
  { header: '提出日期', width: 12, value: (d) => d.raisedOn },
  { header: '提出人', width: 12, value: (d) => d.raisedBy },
  { header: '村', width: 20, value: (d) => d.villageName ?? d.divisionCode },
  { header: '户主', width: 12, value: (d) => d.householderName },
  { header: '类别', width: 12, value: (d) => demandCategories.labels[d.category].zh },
  { header: '诉求内容', width: 50, value: (d) => d.content },
  { header: '状态', width: 10, value: (d) => demandStates.labels[d.state].zh },
  { header: '承办干部', width: 12, value: (d) => d.assignedCadreName },
  { header: '办理期限', width: 12, value: (d) => d.dueOn },
  { header: '是否逾期', width: 10, value: (d) => (d.overdue ? '是' : '否') },
  { header: '办结日期', width: 12, value: (d) => d.solvedOn },
  { header: '办结用时（天）', width: 12, value: (d) => d.daysToSolve },
  { header: '办理结果', width: 40, value: (d) => d.solution ?? d.closedReason },
];

export async function exportDemands(ctx: Ctx, query: DemandExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'demands.read');
  const today = todayInBeijing();
  const body = await exportList(ctx, {
    action: 'demands.export',
    entityType: 'demand',
    sheetName: '群众诉求',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readDemands(ctx.db, ctx.principal.scope, query, today, window)),
    present: (rows) => presentDemands(ctx.db, rows, today),
  });
  return { fileName: datedFileName('群众诉求'), body };
}
