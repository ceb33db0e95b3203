import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { withinDivision } from '../../platform/access/scope.ts';
import { divisionStats, divisionStatsMonthly } from './stats.schema.ts';

/** Reads only the rollup: the figures kept for one division, by metric. */
export async function readFigures(executor: Executor, code: string): Promise<Map<string, number>> {
  const rows = await executor.select({ metric: divisionStats.metric, value: divisionStats.value }).from(divisionStats).where(eq(divisionStats.divisionCode, code));
  return new Map(rows.map((r) => [r.metric, Number(r.value)]));
}

/**
 * The rollup rows of the divisions one level below `code` (whose significant digits are `prefix`, ''
 * for the country; its children's are `length` long), by code then metric.
 */
export async function readChildren(executor: Executor, code: string, prefix: string, length: number): Promise<Map<string, Map<string, number>>> {
  const children = new Map<string, Map<string, number>>();
  const column = divisionStats.divisionCode;
  const under = prefix === '' ? sql`true` : withinDivision(column, prefix);
  const rows = await executor
    .select({ code: column, metric: divisionStats.metric, value: divisionStats.value })
    .from(divisionStats)
    .where(and(under, ne(column, code), sql`${column} = rpad(substring(${column}, 1, ${length}), 12, '0')`))
    .orderBy(asc(column));
  for (const row of rows) {
    let figures = children.get(row.code);
    if (!figures) children.set(row.code, (figures = new Map()));
    figures.set(row.metric, Number(row.value));
  }
  return children;
}

export async function readMonthly(executor: Executor, code: string) {
  const rows = await executor
    .select({ metric: divisionStatsMonthly.metric, month: divisionStatsMonthly.month, value: divisionStatsMonthly.value })
    .from(divisionStatsMonthly)
    .where(eq(divisionStatsMonthly.divisionCode, code))
    .orderBy(asc(divisionStatsMonthly.month));
  return rows.map((r) => ({ metric: r.metric, month: r.month, value: Number(r.value) }));
}
