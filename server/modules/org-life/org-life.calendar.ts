import type { FrequencyPeriod } from '../../../contracts/party-codes.ts';

// Dates are ISO strings (YYYY-MM-DD) handled at UTC midnight, so no time zone moves a day.
const DAY_MS = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return isoOf(utc(iso) + days * DAY_MS);
}

/** Monday of the week holding the day. */
export function mondayOf(iso: string): string {
  const weekday = (new Date(utc(iso)).getUTCDay() + 6) % 7;
  return addDays(iso, -weekday);
}

/** The ISO week of a day: a week belongs to the year of its Thursday, so 2025-12-29 is in 2026-W01. */
export function isoWeekOf(iso: string): { year: number; week: number; label: string } {
  const thursday = addDays(mondayOf(iso), 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDays(mondayOf(`${year}-01-04`), 3);
  const week = Math.round((utc(thursday) - utc(firstThursday)) / (7 * DAY_MS)) + 1;
  return { year, week, label: `${year}-W${String(week).padStart(2, '0')}` };
}

/** The Monday of an ISO week given as 2026-W01. */
export function mondayOfWeek(label: string): string {
  const [year, week] = [Number(label.slice(0, 4)), Number(label.slice(6))];
  return addDays(mondayOf(`${year}-01-04`), (week - 1) * 7);
}

export type Period = { label: string; start: string; end: string };

function lastDayOfMonth(year: number, month: number): string {
  return isoOf(Date.UTC(year, month, 0));
}

export function monthPeriod(year: number, month: number): Period {
  const mm = String(month).padStart(2, '0');
  return { label: `${year}-${mm}`, start: `${year}-${mm}-01`, end: lastDayOfMonth(year, month) };
}

export function weekPeriod(label: string): Period {
  const start = mondayOfWeek(label);
  return { label, start, end: addDays(start, 6) };
}

/** Every ISO week of the ISO year, in order. */
export function weeksOfYear(year: number): Period[] {
  const weeks: Period[] = [];
  for (let monday = mondayOf(`${year}-01-04`); isoWeekOf(monday).year === year; monday = addDays(monday, 7)) {
    weeks.push({ label: isoWeekOf(monday).label, start: monday, end: addDays(monday, 6) });
  }
  return weeks;
}

export function monthsOfYear(year: number): Period[] {
  return Array.from({ length: 12 }, (_, i) => monthPeriod(year, i + 1));
}

/** The period of the given length holding a day. */
export function periodHolding(period: FrequencyPeriod, day: string): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (period === 'week') return weekPeriod(isoWeekOf(day).label);
  if (period === 'month') return monthPeriod(year, month);
  if (period === 'quarter') {
    const q = Math.ceil(month / 3);
    return { label: `${year}-Q${q}`, start: monthPeriod(year, q * 3 - 2).start, end: monthPeriod(year, q * 3).end };
  }
  return { label: String(year), start: `${year}-01-01`, end: `${year}-12-31` };
}

/** The last period of that length wholly before the day. */
export function lastFinishedPeriod(period: FrequencyPeriod, today: string): Period {
  return periodHolding(period, addDays(periodHolding(period, today).start, -1));
}

/** A report's period ('2026-W49' or '2026-12') as dates, or null when it is not a real week or month. */
export function reportPeriodOf(label: string): Period | null {
  const week = /^(\d{4})-W(\d{2})$/.exec(label);
  if (week) {
    const n = Number(week[2]);
    if (n < 1 || n > weeksOfYear(Number(week[1])).length) return null;
    return weekPeriod(label);
  }
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return monthPeriod(Number(month[1]), Number(month[2]));
  return null;
}
