import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { inChunks } from '../../platform/db/paging.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { datedFileName, type ExportFile } from '../../platform/http/send-xlsx.ts';
import { unitTypeLabels, type UnitExportQuery, type UnitView } from '../../../contracts/units.ts';
import * as repo from './units.repository.ts';
import { presentUnits } from './units.service.ts';

const columns: ExcelColumn<UnitView>[] = [
  { header: '单位名称', width: 36, value: (u) => u.name },
  { header: '简称', width: 16, value: (u) => u.shortName },
  { header: '单位类别', width: 14, value: (u) => unitTypeLabels[u.type].zh },
  { header: '所在地', width: 16, value: (u) => u.divisionName },
  { header: '行政区划代码', width: 16, value: (u) => u.divisionCode },
  { header: '联系人', width: 12, value: (u) => u.contactName },
  { header: '备注', width: 30, value: (u) => u.note },
  { header: '登记时间', width: 12, value: (u) => u.createdAt.slice(0, 10) },
];

/** The filtered list of the caller's own units, a chunk at a time. */
export async function exportUnits(ctx: Ctx, query: UnitExportQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'units.export');
  const body = await exportList(ctx, {
    action: 'units.export',
    entityType: 'unit',
    sheetName: '单位',
    columns,
    filters: query,
    chunks: inChunks((window) => repo.readUnitsInScope(ctx.db, ctx.principal.scope, query, window)),
    present: (rows) => presentUnits(ctx, rows),
  });
  return { fileName: datedFileName('单位名录'), body };
}
