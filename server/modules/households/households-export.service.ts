import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import type { ExcelColumn } from '../../platform/excel/workbook-writer.ts';
import { exportList } from '../../platform/excel/list-export.ts';
import { householdAttributes, householdStatuses, labelOf, monitoringTypes, povertyCauses } from '../../../contracts/household-codes.ts';
import type { HouseholdExportQuery, HouseholdListItem } from '../../../contracts/households.ts';
import * as repo from './households.repository.ts';
import { accessOf } from './households.policy.ts';
import { presentHouseholds } from './households.present.ts';

// The registry as counties keep it; no ID numbers at all (an export is a list, and lists never show them).
const exportColumns: ExcelColumn<HouseholdListItem>[] = [
  { header: '户编码', width: 22, value: (h) => h.code },
  { header: '所在村', width: 18, value: (h) => h.villageName },
  { header: '户主姓名', width: 12, value: (h) => h.householderName },
  { header: '户属性', width: 14, value: (h) => labelOf(householdAttributes, h.attribute) },
  { header: '状态', width: 10, value: (h) => labelOf(householdStatuses, h.status) },
  { header: '主要致贫原因', width: 14, value: (h) => (h.mainCause ? labelOf(povertyCauses, h.mainCause) : '') },
  { header: '次要致贫原因', width: 20, value: (h) => h.secondaryCauses.map((c) => labelOf(povertyCauses, c)).join('、') },
  { header: '人口数', width: 8, value: (h) => h.memberCount },
  { header: '收入年度', width: 10, value: (h) => h.incomeYear },
  { header: '人均纯收入（元）', width: 16, value: (h) => h.perHeadIncome },
  { header: '监测类型', width: 16, value: (h) => (h.monitoringType ? labelOf(monitoringTypes, h.monitoringType) : '') },
  { header: '帮扶责任人', width: 20, value: (h) => h.pairedCadreNames.join('、') },
];

export async function exportHouseholds(ctx: Ctx, query: HouseholdExportQuery): Promise<Buffer> {
  requirePermission(ctx.principal, 'households.export');
  const access = accessOf(ctx);
  return exportList(ctx, {
    action: 'households.export',
    entityType: 'household',
    sheetName: '帮扶对象名册',
    columns: exportColumns,
    filters: query,
    chunks: repo.streamHouseholds(ctx.db, access, query),
    present: (rows) => presentHouseholds(ctx, rows),
  });
}
