import type { DutyRules } from '../../config.ts';

/** Significant prefix lengths of a division code, province down to village. */
const levels = [2, 4, 6, 9, 12] as const;

/** The prefix length that names a child of a region (national → provinces, township → villages); null under a village. */
export function childPrefixLength(prefixLength: number | null): number | null {
  if (prefixLength === null) return 2;
  return levels.find((l) => l > prefixLength) ?? null;
}

/** The regions from the caller's own prefix down to `prefix`, each as a 12-digit code, for the breadcrumb. */
export function pathCodes(scopePrefix: string | null, prefix: string): string[] {
  const start = scopePrefix?.length ?? 0;
  return levels.filter((l) => l >= start && l <= prefix.length).map((l) => prefix.slice(0, l).padEnd(12, '0'));
}

export type MonthRange = { from: string; to: string; days: number };

export function monthRange(month: string): MonthRange {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(days).padStart(2, '0')}`, days };
}

export function weekdaysIn(month: string): number {
  const { days } = monthRange(month);
  const [year, m] = month.split('-').map(Number) as [number, number];
  let count = 0;
  for (let d = 1; d <= days; d += 1) {
    const weekday = new Date(Date.UTC(year, m - 1, d)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

/**
 * The whole month's minimum of days in the village, the presence module's rule (domain.md §3): the
 * county's fixed number, or its share of the month's working days (Mon–Fri) rounded up when set.
 */
export function monthMinimum(month: string, rules: Pick<DutyRules, 'presenceMinDays' | 'presenceMinShare'>): number {
  return rules.presenceMinShare === null ? rules.presenceMinDays : Math.ceil(rules.presenceMinShare * weekdaysIn(month));
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The last day of the month that counts, as the presence module counts: a past month whole, the
 * running month up to yesterday (today may still be recorded tonight), a month not begun not at all —
 * then the day before it starts, so every span ending there is empty.
 */
export function countedUntil(month: string, today: string): string {
  const { from, to } = monthRange(month);
  if (today <= from) return addDays(from, -1);
  const yesterday = addDays(today, -1);
  return yesterday < to ? yesterday : to;
}

/** What a member in post all month owes so far: the minimum in proportion to the days that count, rounded down. */
export function requiredDays(month: string, rules: Pick<DutyRules, 'presenceMinDays' | 'presenceMinShare'>, today: string): number {
  const { from, days } = monthRange(month);
  const until = countedUntil(month, today);
  const counted = until < from ? 0 : Number(until.slice(8, 10));
  return Math.floor((monthMinimum(month, rules) * counted) / days);
}

/** Days in the village per member, one decimal. */
export function perMember(days: number, members: number): number | null {
  return members === 0 ? null : Math.round((days * 10) / members) / 10;
}
