import type { FieldError } from '../../platform/errors/app-error.ts';

const beijingOffsetMs = 8 * 60 * 60 * 1000;

/** The calendar day in Beijing, where the entries are written. */
export function beijingDay(now: Date = new Date()): string {
  return new Date(now.getTime() + beijingOffsetMs).toISOString().slice(0, 10);
}

function isRealDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
}

/** An entry is about a day already lived: today or earlier (catching up on a busy week is fine). */
export function checkEntryDate(day: string, today: string): FieldError[] {
  if (!isRealDay(day)) return [{ path: 'entryDate', message: '日期无效' }];
  if (day > today) return [{ path: 'entryDate', message: '日记日期不能晚于今天' }];
  return [];
}

/** The first and last day of a month such as 2026-02. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
