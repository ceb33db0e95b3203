import dayjs, { type Dayjs } from 'dayjs';

/** 2026Q4, the way the server names a quarter. */
export function quarterOfDay(day: Dayjs): string {
  return `${day.year()}Q${Math.floor(day.month() / 3) + 1}`;
}

/** The first day of a quarter named like 2026Q4, for the quarter picker; null for anything else. */
export function dayOfQuarter(quarter: string | undefined): Dayjs | null {
  const match = quarter ? /^(\d{4})Q([1-4])$/.exec(quarter) : null;
  if (!match) return null;
  return dayjs(new Date(Number(match[1]), (Number(match[2]) - 1) * 3, 1));
}

/** 0.667 → 66.7% */
export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
