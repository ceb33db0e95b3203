import type { FieldError } from '../../platform/errors/app-error.ts';
import { addIsoDays } from '../../../contracts/leave-rules.ts';
import { openServiceRequestStates, type ServiceRequestState } from '../../../contracts/service-requests.ts';

export { addIsoDays, leaveToday as serviceRequestToday } from '../../../contracts/leave-rules.ts';

/** What the station owes a village unless the leader names another day (seed 002: 十个工作日内办结). */
export const SERVICE_REQUEST_WORKING_DAYS = 10;

function isWeekday(iso: string): boolean {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The day by which `count` working days after `from` have passed, `from` itself not counted and
 * Saturdays and Sundays skipped: 10 working days from Thursday 2026-11-26 is Thursday 12-10.
 */
export function addWorkingDays(from: string, count: number): string {
  let day = from;
  let left = count;
  while (left > 0) {
    day = addIsoDays(day, 1);
    if (isWeekday(day)) left -= 1;
  }
  return day;
}

export function defaultDueOn(createdOn: string): string {
  return addWorkingDays(createdOn, SERVICE_REQUEST_WORKING_DAYS);
}

/** A due day the leader names may not lie in the past. */
export function checkDueOn(dueOn: string | undefined, today: string): FieldError[] {
  if (dueOn !== undefined && dueOn < today) return [{ path: 'dueOn', message: '办结期限不能早于今天' }];
  return [];
}

/** The due day itself is still in time; the request is overdue from the day after, while unfinished. */
export function isOverdue(row: { state: ServiceRequestState; dueOn: string }, today: string): boolean {
  return openServiceRequestStates.includes(row.state) && row.dueOn < today;
}

/** The instant a due day ends in China, for the to-do list, which compares instants. */
export function dueAtOf(dueOn: string): Date {
  return new Date(`${addIsoDays(dueOn, 1)}T00:00:00+08:00`);
}

/** A village code (not a township or county): the last three digits name the village. */
export function isVillageCode(code: string): boolean {
  return /^\d{12}$/.test(code) && !code.endsWith('000');
}
