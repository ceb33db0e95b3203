// The date and income arithmetic of the logic checks, kept pure so the SQL only compares against its results.
import { beijingDay } from '../../platform/time/beijing.ts';

/** Checks run on the Beijing date: a child turns six at midnight in China, not in UTC. */
export const todayInBeijing = (now = new Date()): string => beijingDay(now);

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Whole years completed on `day` by someone born on `birthDate` (both YYYY-MM-DD); a 29 February birthday counts on 1 March. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * The latest birth date of someone at least `years` old on `day`: born on or before it ⇔ ageOn ≥ years.
 * 29 February of a common year falls back to the 28th, matching ageOn.
 */
export function bornByForAge(day: string, years: number): string {
  const year = Number(day.slice(0, 4)) - years;
  const monthDay = day.slice(5) === '02-29' && !isLeap(year) ? '02-28' : day.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** Birth dates of those aged from `minAge` to `maxAge` (whole years, inclusive) on `day`: after `after`, up to `until`. */
export function birthRangeForAges(day: string, minAge: number, maxAge: number): { after: string; until: string } {
  return { after: bornByForAge(day, maxAge + 1), until: bornByForAge(day, minAge) };
}

/** 义务教育: six to fifteen years old on the day of the run. */
export const schoolAge = { min: 6, max: 15 } as const;
/** Older than this many whole years is worth a second look at the birth date. */
export const oldestPlausibleAge = 100;

export type IncomeYear = { wage: number; business: number; property: number; transfer: number; members: number };

export function totalIncome(income: IncomeYear): number {
  return income.wage + income.business + income.property + income.transfer;
}

/** 人均纯收入 in yuan, to the fen; null when nobody was counted that year. */
export function perHeadIncome(income: IncomeYear): number | null {
  if (income.members <= 0) return null;
  return Math.round((totalIncome(income) * 100) / income.members) / 100;
}

/** A household counts as below the line only when its per-head income is known and strictly under it. */
export function belowIncomeLine(income: IncomeYear, line: number): boolean {
  const perHead = perHeadIncome(income);
  return perHead !== null && perHead < line;
}

/** Significant prefix lengths of a division code, province down to village. */
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

export const formatYuan = (value: number): string =>
  value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
