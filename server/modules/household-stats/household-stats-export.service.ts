import ExcelJS from 'exceljs';
import type { Ctx } from '../../platform/http/context.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { ExportFile } from '../../platform/http/send-xlsx.ts';
import { householdStatuses, indicators, povertyCauses, type Label } from '../../../contracts/household-codes.ts';
import {
  householdStatsColumns,
  monitoringColumnLabels,
  monitoringColumns,
  type HouseholdStatsFigures,
  type HouseholdStatsQuery,
} from '../../../contracts/household-stats.ts';
import { getHouseholdStats } from './household-stats.service.ts';

type Column = { header: string; value: (f: HouseholdStatsFigures) => number | null };

const grouped = <K extends string>(prefix: string, codes: readonly K[], labels: Record<K, Label>, pick: (f: HouseholdStatsFigures, k: K) => number): Column[] =>
  codes.map((k) => ({ header: `${prefix}${labels[k].zh}`, value: (f: HouseholdStatsFigures) => pick(f, k) }));

const columns: Column[] = [
  ...householdStatsColumns.map((c) => ({ header: c.zh, value: (f: HouseholdStatsFigures) => f[c.key] })),
  ...grouped('户数-', householdStatuses.codes, householdStatuses.labels, (f, k) => f.byStatus[k].households),
  ...grouped('人数-', householdStatuses.codes, householdStatuses.labels, (f, k) => f.byStatus[k].persons),
  ...grouped('主要致贫原因-', povertyCauses.codes, povertyCauses.labels, (f, k) => f.byCause[k].households),
  ...grouped('监测-', monitoringColumns, monitoringColumnLabels, (f, k) => f.byMonitoring[k].households),
  ...grouped('不达标-', indicators.codes, indicators.labels, (f, k) => f.indicatorGaps[k]),
];

/** 帮扶对象统计 of one region as a sheet: a title, one row per child region, the total; the export is audited. */
export async function exportHouseholdStats(ctx: Ctx, query: HouseholdStatsQuery): Promise<ExportFile> {
  const stats = await getHouseholdStats(ctx, query);
  const title = `${stats.name}帮扶对象统计-${stats.quarter}`;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('帮扶对象统计');
  sheet.columns = [{ width: 28 }, ...columns.map((c) => ({ width: Math.max(10, c.header.length * 2 + 2) }))];
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([`户数、人数为当前登记情况；走访、诉求、转移就业为 ${stats.from} 至 ${stats.to}`]);
  sheet.addRow([]);
  sheet.addRow(['地区', ...columns.map((c) => c.header)]).font = { bold: true };
  for (const row of stats.rows) sheet.addRow([row.name, ...columns.map((c) => c.value(row) ?? '')]);
  sheet.addRow(['合计', ...columns.map((c) => c.value(stats.total) ?? '')]).font = { bold: true };
  const body = Buffer.from(await workbook.xlsx.writeBuffer());

  await recordAudit(ctx.db, ctx.actor, {
    action: 'household-stats.export',
    entityType: 'household_stats',
    divisionCode: stats.divisionCode,
    after: { filters: { divisionCode: stats.divisionCode, quarter: stats.quarter }, rows: stats.rows.length },
  });
  return { fileName: `${title}.xlsx`, body };
}
