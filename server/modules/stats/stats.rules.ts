import { metricKeys, type Metric } from '../../../contracts/stats-metrics.ts';

/** Significant prefix lengths from the country (0) down to the village (12). */
const levels = [0, 2, 4, 6, 9, 12] as const;
export type DivisionLevelName = 'country' | 'province' | 'city' | 'county' | 'township' | 'village';
const levelNames: Record<(typeof levels)[number], DivisionLevelName> = { 0: 'country', 2: 'province', 4: 'city', 6: 'county', 9: 'township', 12: 'village' };

export const COUNTRY_CODE = '000000000000';

/** The significant digits of a 12-digit code: '' for the country, 2 a province … 12 a village. */
export function significantPrefix(code: string): string {
  if (code === COUNTRY_CODE) return '';
  for (const length of levels.slice(1)) {
    if (/^0*$/.test(code.slice(length))) return code.slice(0, length);
  }
  return code;
}

export function levelOf(code: string): DivisionLevelName {
  return levelNames[significantPrefix(code).length as (typeof levels)[number]] ?? 'village';
}

/** Every level above a code, nearest first, padded to 12 digits, ending with the country. */
export function ancestorCodes(code: string): string[] {
  const own = significantPrefix(code).length;
  return levels
    .filter((length) => length < own)
    .reverse()
    .map((length) => code.slice(0, length).padEnd(12, '0'));
}

/** The prefix length of the level one below a code's; null under a village. */
export function childPrefixLength(code: string): number | null {
  const own = significantPrefix(code).length;
  return levels.find((length) => length > own) ?? null;
}

/** Whether `child` is a division exactly one level below `parent`. */
export function isChildOf(child: string, parent: string): boolean {
  const length = childPrefixLength(parent);
  if (length === null) return false;
  const prefix = significantPrefix(parent);
  return child.startsWith(prefix) && significantPrefix(child).length === length;
}

/** From the country to the division itself, padded codes. */
export function pathOf(code: string): string[] {
  return [...ancestorCodes(code).reverse(), code];
}

export type Sums = Map<string, Map<string, number>>;

/**
 * Adds each detail row's figure to its own division and to every division above it, so a level's
 * figure is the sum of the rows under its prefix (money kept to cents by rounding each sum).
 */
export function rollUp(rows: Iterable<{ code: string; key: string; value: number }>): Sums {
  const sums: Sums = new Map();
  for (const row of rows) {
    if (row.value === 0) continue;
    for (const code of [row.code, ...ancestorCodes(row.code)]) {
      let figures = sums.get(code);
      if (!figures) sums.set(code, (figures = new Map()));
      figures.set(row.key, Math.round(((figures.get(row.key) ?? 0) + row.value) * 100) / 100);
    }
  }
  return sums;
}

export type Rates = { inVillageRate: number | null; visitCoverage: number | null };

/** Rates are divided when read, from the two sums the rollup keeps; to three decimals, null over nothing. */
export function deriveRates(figures: Partial<Record<Metric, number>>): Rates {
  const share = (part: number | undefined, whole: number | undefined) =>
    whole && whole > 0 ? Math.round(((part ?? 0) / whole) * 1000) / 1000 : null;
  return {
    inVillageRate: share(figures.presence_days, figures.presence_required_days),
    visitCoverage: share(figures.households_visited, figures.households),
  };
}

/** Every metric of the catalog, zero where the rollup has no row. */
export function completeFigures(found: ReadonlyMap<string, number> | undefined): Record<Metric, number> {
  return Object.fromEntries(metricKeys.map((key) => [key, found?.get(key) ?? 0])) as Record<Metric, number>;
}

/** The twelve months up to and including today's, oldest first, as YYYY-MM. */
export function lastMonths(today: string, count = 12): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const total = year * 12 + month - (count - 1 - i);
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  });
}

/** The first day of the quarter a day falls in. */
export function quarterStart(today: string): string {
  const month = Number(today.slice(5, 7));
  return `${today.slice(0, 4)}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
}
