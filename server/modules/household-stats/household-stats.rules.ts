import { beijingDay } from '../../platform/time/beijing.ts';
// Periods and ratios of the household statistics, pure so the tests pin them without a database.

/** Figures are for Beijing dates: a quarter turns at midnight in China. */
export const todayInBeijing = (now = new Date()): string => beijingDay(now);

/** The quarter a day falls in, as YYYY-Qn. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** First and last day of a quarter given as YYYY-Qn. */
export function quarterRange(quarter: string): { from: string; to: string } {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const firstMonth = (q - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, firstMonth + 2, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return { from: `${year}-${mm(firstMonth)}-01`, to: `${year}-${mm(firstMonth + 2)}-${lastDay}` };
}

/** A share in per cent with one decimal; null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 1000) / whole) / 10;
}

/** An average with one decimal; null over nothing. */
export function average(sum: number, count: number): number | null {
  return count === 0 ? null : Math.round((sum * 10) / count) / 10;
}

const levels = [2, 4, 6, 9, 12] as const;

/** The prefix length naming a child of a region (county → townships, township → villages); null under a village. */
export function childPrefixLength(prefixLength: number): number | null {
  return levels.find((l) => l > prefixLength) ?? null;
}

/** The regions from the caller's own prefix down to `prefix`, each as a 12-digit code, for the breadcrumb. */
export function pathCodes(scopePrefix: string | null, prefix: string): string[] {
  const start = scopePrefix?.length ?? 0;
  return levels.filter((l) => l >= start && l <= prefix.length).map((l) => prefix.slice(0, l).padEnd(12, '0'));
}
