import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisions } from '../divisions/index.ts';
import { divisionStats, divisionStatsMonthly } from './stats.schema.ts';

export type Place = { code: string; name: string };

/** Figures by division code, then by metric key. */
export type FigureTable = Map<string, Map<string, number>>;

function collect(rows: { code: string; metric: string; value: string }[]): FigureTable {
  const out: FigureTable = new Map();
  for (const row of rows) {
    const code = row.code.trim();
    const figures = out.get(code) ?? new Map<string, number>();
    figures.set(row.metric, Number(row.value));
    out.set(code, figures);
  }
  return out;
}

/** The next level down, in code order (a county's townships). */
export async function childPlaces(executor: Executor, parentCode: string): Promise<Place[]> {
  return executor.select({ code: divisions.code, name: divisions.name }).from(divisions).where(eq(divisions.parentCode, parentCode)).orderBy(asc(divisions.code));
}

/** The rollup's current figures of the given divisions. */
export async function currentFigures(executor: Executor, codes: readonly string[]): Promise<FigureTable> {
  if (codes.length === 0) return new Map();
  const rows = await executor
    .select({ code: divisionStats.divisionCode, metric: divisionStats.metric, value: divisionStats.value })
    .from(divisionStats)
    .where(inArray(divisionStats.divisionCode, [...codes]));
  return collect(rows);
}

/** The monthly series of the given divisions for one month. */
export async function monthFigures(executor: Executor, codes: readonly string[], month: string): Promise<FigureTable> {
  if (codes.length === 0) return new Map();
  const rows = await executor
    .select({ code: divisionStatsMonthly.divisionCode, metric: divisionStatsMonthly.metric, value: divisionStatsMonthly.value })
    .from(divisionStatsMonthly)
    .where(and(inArray(divisionStatsMonthly.divisionCode, [...codes]), eq(divisionStatsMonthly.month, month)));
  return collect(rows);
}

/** When the division's figures were last written by a rebuild of the rollup. */
export async function refreshedAt(executor: Executor, code: string): Promise<Date | null> {
  const [row] = await executor.select({ at: max(divisionStats.refreshedAt) }).from(divisionStats).where(eq(divisionStats.divisionCode, code));
  return row?.at ?? null;
}
