import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { inChunks } from '../../platform/db/paging.ts';
import type { VisitExportQuery, VisitView } from '../../../contracts/visits.ts';
import * as repo from './visits.repository.ts';
import { filtersOf, presentVisits } from './visits.service.ts';

const columns: ExcelColumn<VisitView>[] = [
  { header: '走访日期', width: 12, value: (v) => v.visitedOn },
  { header: '村', width: 20, value: (v) => v.villageName ?? v.divisionCode },
  { header: '户编码', width: 22, value: (v) => v.householdCode },
  { header: '户主', width: 12, value: (v) => v.householderName },
  { header: '走访干部', width: 12, value: (v) => v.cadreName },
  { header: '走访情况', width: 50, value: (v) => v.findings },
  { header: '后续跟进', width: 30, value: (v) => v.followUp },
  { header: '跟进完成日期', width: 14, value: (v) => v.followUpDone },
  { header: '照片数', width: 8, value: (v) => v.photos.length },
];

export async function exportVisits(ctx: Ctx, query: VisitExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'visits.read');
  const filters = filtersOf(query);
  const body = await exportList(ctx, {
    action: 'visits.export',
    entityType: 'visit',
    sheetName: '入户走访',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readVisits(ctx.db, ctx.principal.scope, filters, query, window)),
    present: (rows) => presentVisits(ctx, rows),
  });
  return { fileName: datedFileName('入户走访'), body };
}
