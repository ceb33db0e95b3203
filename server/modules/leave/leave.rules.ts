import type { FieldError } from '../../platform/errors/app-error.ts';
import { addIsoDays, countLeaveDays, type LeaveDayCounting } from '../../../contracts/leave-rules.ts';
import type { LeaveState } from './leave.schema.ts';

export { approverRoleFor, countLeaveDays, leaveToday, addIsoDays } from '../../../contracts/leave-rules.ts';

type Period = { startDate: string; endDate: string };
type StandingCandidate = Period & { id: string; state: LeaveState; reportedBackOn: string | null };

/** Leave that still holds its days: waiting, back for revision, approved, or taken and reported back. */
export const standingStates: readonly LeaveState[] = ['pending', 'returned', 'approved', 'reported_back'];

/** The last day actually away: a member back early frees the days after his return. */
export function effectiveEnd(row: { startDate: string; endDate: string; reportedBackOn: string | null }): string {
  if (!row.reportedBackOn) return row.endDate;
  const dayBefore = addIsoDays(row.reportedBackOn, -1);
  return dayBefore < row.endDate ? dayBefore : row.endDate;
}

/** The first standing leave sharing a day with the period (the request itself excluded when revised). */
export function findOverlap<T extends StandingCandidate>(period: Period, existing: readonly T[], exceptId?: string): T | undefined {
  return existing.find((row) => {
    if (row.id === exceptId || !standingStates.includes(row.state)) return false;
    const end = effectiveEnd(row);
    return end >= row.startDate && row.startDate <= period.endDate && end >= period.startDate;
  });
}

/**
 * The dates as the county's rules allow them: not started longer ago than the grace, at least one
 * counted day (a weekend alone counts none when only working days count). End ≥ start is the contract's.
 */
export function checkLeaveDates(
  period: Period,
  rules: { today: string; pastGraceDays: number; dayCounting: LeaveDayCounting },
): FieldError[] {
  const errors: FieldError[] = [];
  const earliest = addIsoDays(rules.today, -rules.pastGraceDays);
  if (period.startDate < earliest) {
    errors.push({ path: 'startDate', message: rules.pastGraceDays > 0 ? `开始日期最早可补请 ${rules.pastGraceDays} 天前（${earliest}）` : '开始日期不能早于今天' });
  }
  if (period.endDate >= period.startDate && countLeaveDays(period.startDate, period.endDate, rules.dayCounting) === 0) {
    errors.push({ path: 'endDate', message: '所选日期均为休息日，无需请假' });
  }
  return errors;
}

/**
 * A report back names a day from the leave's start to today; before the start (the member never
 * left) only today, which frees every day of the leave.
 */
export function checkReturnedOn(returnedOn: string, leave: Period, today: string): FieldError[] {
  if (returnedOn > today) return [{ path: 'returnedOn', message: '销假日期不能晚于今天' }];
  const earliest = leave.startDate < today ? leave.startDate : today;
  if (returnedOn < earliest) return [{ path: 'returnedOn', message: earliest === today ? '请假尚未开始，销假日期只能是今天' : '销假日期不能早于请假开始日期' }];
  return [];
}

/** Approved, past its end, and not reported back: flagged in lists and to-do lists. */
export function isOverdueReportBack(row: { state: LeaveState; endDate: string }, today: string): boolean {
  return row.state === 'approved' && row.endDate < today;
}
