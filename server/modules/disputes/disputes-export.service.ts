import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { disputeCategories, disputeStates, type DisputeExportQuery, type DisputeListItem } from '../../../contracts/disputes.ts';
import * as repo from './disputes.repository.ts';
import { presentDisputes } from './disputes.present.ts';
import { todayInBeijing } from './disputes.rules.ts';

const columns: ExcelColumn<DisputeListItem>[] = [
  { header: '纠纷名称', width: 30, value: (d) => d.title },
  { header: '类别', width: 12, value: (d) => disputeCategories.labels[d.category].zh },
  { header: '村', width: 20, value: (d) => d.villageName ?? d.divisionCode },
  { header: '当事人', width: 30, value: (d) => d.parties },
  { header: '发生日期', width: 12, value: (d) => d.startedOn },
  { header: '登记日期', width: 12, value: (d) => d.reportedOn },
  { header: '持续年数', width: 10, value: (d) => d.ageYears },
  { header: '调解次数', width: 10, value: (d) => d.mediationCount },
  { header: '状态', width: 10, value: (d) => disputeStates.labels[d.state].zh },
  { header: '化解日期', width: 12, value: (d) => d.resolvedOn },
  { header: '化解结果或移交理由', width: 40, value: (d) => d.outcome },
];

export async function exportDisputes(ctx: Ctx, query: DisputeExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'disputes.read');
  const today = todayInBeijing();
  const body = await exportList(ctx, {
    action: 'disputes.export',
    entityType: 'dispute',
    sheetName: '矛盾纠纷',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readDisputes(ctx.db, ctx.principal.scope, query, window)),
    present: (rows) => presentDisputes(ctx.db, rows, today),
  });
  return { fileName: datedFileName('矛盾纠纷'), body };
}
