import ExcelJS from 'exceljs';
import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { ExportFile } from '../../platform/http/send-xlsx.ts';
import { outputKinds } from '../../../contracts/project-codes.ts';
import {
  projectStatsSections,
  type OutputSum,
  type ProjectStatsQuery,
  type ProjectUnitStatsQuery,
  type StatsColumn,
} from '../../../contracts/project-stats.ts';
import { getProjectStats, getProjectUnitStats } from './project-stats.service.ts';

const MONEY = '#,##0.00';

/** Money and quantities go into the sheet as numbers, so the sheet adds them up too. */
const cell = (value: number | string) => (typeof value === 'string' ? Number(value) : value);

function addTable(sheet: ExcelJS.Worksheet, headers: string[], formats: (string | undefined)[], rows: (string | number)[][], totalRow?: (string | number)[]) {
  sheet.addRow(headers).font = { bold: true };
  for (const values of [...rows, ...(totalRow ? [totalRow] : [])]) {
    const row = sheet.addRow(values);
    formats.forEach((format, index) => {
      if (format) row.getCell(index + 1).numFmt = format;
    });
    if (values === totalRow) row.font = { bold: true };
  }
}

/** 项目资金统计 of a region, one sheet per section with the child regions and the total; audited. */
export async function exportProjectStats(ctx: Ctx, query: ProjectStatsQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'project-stats.export');
  const stats = await getProjectStats(ctx, query);
  const title = `${stats.name}项目资金统计`;
  const workbook = new ExcelJS.Workbook();
  for (const section of projectStatsSections(stats.total.outputs)) {
    const sheet = workbook.addWorksheet(section.label.zh);
    sheet.columns = [{ width: 28 }, ...section.columns.map((c) => ({ width: Math.max(12, c.label.zh.length * 2 + 2) }))];
    sheet.addRow([`${title}-${section.label.zh}`]).font = { bold: true, size: 14 };
    sheet.addRow(['项目按所在村（首个实施村）计入地区；捐赠、企业、顾问、代办和资产按其登记的村计入']);
    sheet.addRow([]);
    const formats = [undefined, ...section.columns.map((c) => (c.kind === 'money' ? MONEY : undefined))];
    const line = (label: string, f: Parameters<StatsColumn['value']>[0]) => [label, ...section.columns.map((c) => cell(c.value(f)))];
    addTable(sheet, ['地区', ...section.columns.map((c) => c.label.zh)], formats, stats.rows.map((r) => line(r.name, r)), line('合计', stats.total));
  }
  const body = Buffer.from(await workbook.xlsx.writeBuffer());

  await recordAudit(ctx.db, ctx.actor, {
    action: 'project-stats.export',
    entityType: 'project_stats',
    divisionCode: stats.divisionCode,
    after: { filters: { division: stats.divisionCode }, rows: stats.rows.length },
  });
  return { fileName: `${title}.xlsx`, body };
}

const outputName = (o: OutputSum) => (o.kind === 'other' ? `其他（${o.unit}）` : outputKinds.labels[o.kind].zh);

/** 项目资金统计（按帮扶单位）: one row per backing unit, its outputs as columns; audited. */
export async function exportProjectUnitStats(ctx: Ctx, query: ProjectUnitStatsQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'project-stats.export');
  const stats = await getProjectUnitStats(ctx, query);
  const title = `${stats.name}项目资金统计（按帮扶单位）`;
  const outputs = new Map<string, OutputSum>();
  for (const o of stats.rows.flatMap((r) => r.outputs)) outputs.set(`${o.kind}\u0000${o.unit}`, o);
  const outputColumns = [...outputs.values()];

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('按帮扶单位');
  const headers = ['帮扶单位', '项目数', '涉及村数', '项目类别数', '申报预算（元）', '批复预算（元）', '单位自筹资金（元）', '已下达（元）', '已拨付（元）', '受益户数', '受益人数'];
  const formats = [undefined, undefined, undefined, undefined, MONEY, MONEY, MONEY, MONEY, MONEY, undefined, undefined];
  sheet.columns = [{ width: 36 }, ...headers.slice(1).map(() => ({ width: 16 })), ...outputColumns.map(() => ({ width: 18 }))];
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow(['一个项目计入提出它或为其出资的每个单位，各行不宜相加']);
  sheet.addRow([]);
  const rows = stats.rows.map((r) => [
    r.name,
    r.projects,
    r.villages,
    r.categories,
    ...[r.budget, r.approvedBudget, r.unitFunds, r.allocated, r.paid].map(Number),
    r.beneficiaryHouseholds,
    r.beneficiaryPersons,
    ...outputColumns.map((o) => Number(r.outputs.find((x) => x.kind === o.kind && x.unit === o.unit)?.actual ?? 0)),
  ]);
  addTable(sheet, [...headers, ...outputColumns.map((o) => `${outputName(o)}-完成`)], formats, rows);
  const body = Buffer.from(await workbook.xlsx.writeBuffer());

  await recordAudit(ctx.db, ctx.actor, {
    action: 'project-stats.export-units',
    entityType: 'project_stats',
    divisionCode: stats.divisionCode,
    after: { filters: { division: stats.divisionCode, unitId: query.unitId ?? ctx.principal.scope.unitId ?? null }, rows: stats.rows.length },
  });
  return { fileName: `${title}.xlsx`, body };
}
