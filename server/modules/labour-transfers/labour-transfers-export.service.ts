import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import { labourChannelLabels, type LabourExportQuery, type LabourListItem } from '../../../contracts/labour-transfers.ts';
import * as repo from './labour-transfers.repository.ts';
import { presentTransfers } from './labour-transfers.present.ts';
import { todayInBeijing } from './labour-transfers.rules.ts';

const columns: ExcelColumn<LabourListItem>[] = [
  { header: '姓名', width: 12, value: (l) => l.personName },
  { header: '户主', width: 12, value: (l) => l.householderName },
  { header: '村', width: 20, value: (l) => l.villageName ?? l.divisionCode },
  { header: '务工地点', width: 30, value: (l) => l.destination },
  { header: '省份', width: 14, value: (l) => l.province },
  { header: '就业单位', width: 30, value: (l) => l.employer },
  { header: '工种', width: 14, value: (l) => l.job },
  { header: '输出方式', width: 12, value: (l) => labourChannelLabels[l.organized].zh },
  { header: '外出日期', width: 12, value: (l) => l.startedOn },
  { header: '返乡日期', width: 12, value: (l) => l.endedOn },
  { header: '月收入（元）', width: 12, value: (l) => l.monthlyIncome },
  { header: '是否在外', width: 10, value: (l) => (l.current ? '是' : '否') },
];

export async function exportTransfers(ctx: Ctx, query: LabourExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'labour.export');
  const today = todayInBeijing();
  const body = await exportList(ctx, {
    action: 'labour.export',
    entityType: 'labour_transfer',
    sheetName: '转移就业',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readTransfers(ctx.db, ctx.principal.scope, query, today, window)),
    present: (rows) => presentTransfers(ctx.db, rows, today),
  });
  return { fileName: datedFileName('劳动力转移就业'), body };
}
