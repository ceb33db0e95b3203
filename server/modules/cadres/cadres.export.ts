import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import {
  educationLabels,
  genderLabels,
  partyStatusLabels,
  rankLabels,
  specialityLabels,
  type CadreExportQuery,
  type CadreView,
} from '../../../contracts/cadres.ts';
import { listUnits } from '../units/index.ts';
import * as repo from './cadres.repository.ts';
import { presentCadres } from './cadres.present.ts';
import { buildImportTemplate } from './cadres.excel.ts';

// The ID and phone go out masked: an export is a list, and lists never show them in clear.
const exportColumns: ExcelColumn<CadreView>[] = [
  { header: '姓名', value: (c) => c.name },
  { header: '性别', width: 6, value: (c) => genderLabels[c.gender].zh },
  { header: '身份证号', width: 22, value: (c) => c.idNumber },
  { header: '出生日期', width: 12, value: (c) => c.birthDate },
  { header: '民族', value: (c) => c.ethnicity },
  { header: '政治面貌', width: 14, value: (c) => partyStatusLabels[c.partyStatus].zh },
  { header: '学历', width: 12, value: (c) => (c.education ? educationLabels[c.education].zh : '') },
  { header: '所在单位', width: 26, value: (c) => c.unitName },
  { header: '职务', width: 16, value: (c) => c.position },
  { header: '职级', width: 14, value: (c) => (c.rank ? rankLabels[c.rank].zh : '') },
  { header: '专业特长', width: 20, value: (c) => c.specialities.map((s) => specialityLabels[s].zh).join('、') },
  { header: '手机号', width: 14, value: (c) => c.phone },
  { header: '管理地', width: 16, value: (c) => c.divisionName },
  { header: '驻村地', width: 16, value: (c) => c.postedDivisionName },
];

export async function exportCadres(ctx: Ctx, query: CadreExportQuery): Promise<Buffer> {
  requirePermission(ctx.principal, 'cadres.export');
  return exportList(ctx, {
    action: 'cadres.export',
    entityType: 'cadre',
    sheetName: '干部名册',
    columns: exportColumns,
    filters: query,
    chunks: repo.streamCadres(ctx.db, ctx.principal.scope, query),
    present: (rows) => presentCadres(ctx, rows),
  });
}

/** The template's example row names a unit the clerk can actually use. */
export async function cadreImportTemplate(ctx: Ctx): Promise<Buffer> {
  requirePermission(ctx.principal, 'cadres.import');
  const units = await listUnits(ctx, { page: 1, pageSize: 1, sort: 'name', order: 'asc', mode: 'scope' });
  return buildImportTemplate(units.items[0]?.name ?? '某某县农业农村局');
}
