import ExcelJS from 'exceljs';
import type { Ctx } from '../../platform/http/context.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { ExportFile } from '../../platform/http/send-xlsx.ts';
import { dutyStatsColumns, type DutyStatsFigures, type DutyStatsQuery } from '../../../contracts/duty-stats.ts';
import { getDutyStats } from './duty-stats.service.ts';

const cells = (f: DutyStatsFigures) => dutyStatsColumns.map((c) => f[c.key] ?? '');

/** 在岗统计 of one region and month as a sheet: a title, the rows, the total; the export is audited. */
export async function exportDutyStats(ctx: Ctx, query: DutyStatsQuery): Promise<ExportFile> {
  const stats = await getDutyStats(ctx, query);
  const title = `${stats.name}在岗统计-${stats.month}`;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('在岗统计');
  sheet.columns = [{ width: 28 }, ...dutyStatsColumns.map((c) => ({ width: Math.max(10, c.zh.length * 2 + 2) }))];
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([`本月在村天数最低要求 ${stats.requiredDays} 天（经批准的请假逐日抵减）`]);
  sheet.addRow([]);
  sheet.addRow(['地区', ...dutyStatsColumns.map((c) => c.zh)]).font = { bold: true };
  for (const row of stats.rows) sheet.addRow([row.name, ...cells(row)]);
  sheet.addRow(['合计', ...cells(stats.total)]).font = { bold: true };
  const body = Buffer.from(await workbook.xlsx.writeBuffer());

  await recordAudit(ctx.db, ctx.actor, {
    action: 'dutyStats.export',
    entityType: 'duty_stats',
    divisionCode: stats.divisionCode,
    after: { filters: { divisionCode: stats.divisionCode, month: stats.month }, rows: stats.rows.length },
  });
  return { fileName: `${title}.xlsx`, body };
}
