import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import type { DiaryExportQuery, DiaryView } from '../../../contracts/diaries.ts';
import * as repo from './diaries.repository.ts';
import { diaryReach } from './diaries.policy.ts';
import { filtersOf } from './diaries.service.ts';
import { presentDiary } from './diaries.present.ts';

const columns: ExcelColumn<DiaryView>[] = [
  { header: '日期', width: 12, value: (d) => d.entryDate },
  { header: '干部', width: 12, value: (d) => d.cadreName },
  { header: '村', width: 20, value: (d) => d.villageName ?? d.divisionCode },
  { header: '日记内容', width: 80, value: (d) => d.content },
];

export async function exportDiaries(ctx: Ctx, query: DiaryExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'diaries.read');
  const reach = diaryReach(ctx.principal);
  const filters = filtersOf(ctx, query);
  const body = await exportList(ctx, {
    action: 'diaries.export',
    entityType: 'diary',
    sheetName: '民情日记',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readDiaries(ctx.db, reach, filters, query.order, window)),
    present: async (rows) => rows.map((row) => presentDiary(ctx.principal, row)),
  });
  return { fileName: datedFileName('民情日记'), body };
}
