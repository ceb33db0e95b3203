import type { FieldError } from '../../platform/errors/app-error.ts';
import type { ReportKindCode, ReportState } from '../../../contracts/reports.ts';

// Days are Beijing days: a report sent at 7 a.m. on the 6th was sent on the 6th.
export { beijingDay } from '../../platform/time/beijing.ts';

export function periodOf(day: string): string {
  return day.slice(0, 7);
}

export function shiftPeriod(period: string, months: number): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function periodBounds(period: string): { first: string; last: string } {
  const [year, month] = period.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { first: `${period}-01`, last: `${period}-${String(lastDay).padStart(2, '0')}` };
}

/** The monthly report and the work summary for month M are due on day `dueDay` of M+1; briefings are never due. */
export function dueOnOf(kind: ReportKindCode, period: string, dueDay: number): string | null {
  if (kind === 'briefing') return null;
  return monthDueOn(period, dueDay);
}

export function monthDueOn(period: string, dueDay: number): string {
  return `${shiftPeriod(period, 1)}-${String(dueDay).padStart(2, '0')}`;
}

/** Late is sent on a day after the due day; the due day itself is on time. */
export function isLate(dueOn: string | null, submittedDay: string): boolean {
  return dueOn !== null && submittedDay > dueOn;
}

/** A month's report can be written during the month or after it, never for a month to come. */
export function checkPeriod(period: string, today: string): FieldError[] {
  if (period > periodOf(today)) return [{ path: 'period', message: '不能报送以后月份的报告' }];
  return [];
}

export function standingOf(submitted: { late: boolean } | undefined, dueOn: string, today: string): ReportState {
  if (submitted) return submitted.late ? 'late' : 'on_time';
  return today > dueOn ? 'missing' : 'pending';
}
