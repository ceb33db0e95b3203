import ExcelJS from 'exceljs';
import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { neutralizeFormula } from '../../platform/excel/workbook-writer.ts';
import type { ExportFile } from '../../platform/http/send-xlsx.ts';
import { metricGroups, metricKeys, metrics } from '../../../contracts/stats-metrics.ts';
import { divisionLevelLabels, type StatsQuery } from '../../../contracts/stats.ts';
import { getStats } from './stats.service.ts';

const header = (key: (typeof metricKeys)[number]) => `${metrics[key].label.zh}${'unit' in metrics[key] ? `（${metrics[key].unit}）` : ''}`;
const percent = (rate: number | null) => (rate === null ? '' : Math.round(rate * 1000) / 10);

/** Sheet 1 the division's figures by group, sheet 2 its children with every metric; audited with the division. */
export async function exportStats(ctx: Ctx, query: StatsQuery): Promise<ExportFile> {
  requirePermission(ctx.principal, 'stats.export');
  const stats = await getStats(ctx, query);
  const title = `${stats.division.name}统计数据`;
  const workbook = new ExcelJS.Workbook();

  const summary = workbook.addWorksheet('本级汇总');
  summary.columns = [{ width: 18 }, { width: 30 }, { width: 18 }];
  summary.addRow([neutralizeFormula(title)]).font = { bold: true, size: 14 };
  summary.addRow([`数据更新时间：${stats.refreshedAt ?? '尚未汇总'}`]);
  summary.addRow([]);
  summary.addRow(['类别', '指标', '数值']).font = { bold: true };
  for (const key of metricKeys) summary.addRow([metricGroups[metrics[key].group].zh, header(key), stats.figures[key]]);
  summary.addRow(['在岗管理', '在村率（%）', percent(stats.rates.inVillageRate)]);
  summary.addRow(['走访与日志', '走访覆盖率（%）', percent(stats.rates.visitCoverage)]);

  const children = workbook.addWorksheet('下级明细');
  children.columns = [{ width: 14 }, { width: 22 }, { width: 8 }, ...metricKeys.map((k) => ({ width: Math.max(10, header(k).length * 2) })), { width: 12 }, { width: 12 }];
  children.addRow(['区划代码', '名称', '层级', ...metricKeys.map(header), '在村率（%）', '走访覆盖率（%）']).font = { bold: true };
  for (const child of stats.children) {
    children.addRow([
      child.code,
      neutralizeFormula(child.name),
      divisionLevelLabels[child.level].zh,
      ...metricKeys.map((k) => child.figures[k]),
      percent(child.rates.inVillageRate),
      percent(child.rates.visitCoverage),
    ]);
  }
  const body = Buffer.from(await workbook.xlsx.writeBuffer());

  await recordAudit(ctx.db, ctx.actor, {
    action: 'stats.export',
    entityType: 'division_stats',
    divisionCode: stats.division.code,
    after: { filters: { divisionCode: stats.division.code }, rows: stats.children.length },
  });
  return { fileName: `${title}.xlsx`, body };
}
