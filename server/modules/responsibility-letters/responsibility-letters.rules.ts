import type { FieldError } from '../../platform/errors/app-error.ts';
import type { LetterTaskState } from '../../../contracts/social-codes.ts';
import type { LetterBody } from '../../../contracts/responsibility-letters.ts';

export { addIsoDays, leaveToday as letterToday } from '../../../contracts/leave-rules.ts';

/** How far ahead a unit's party committee is reminded of a task coming due. */
export const LETTER_TODO_DAYS = 14;

/** The due day itself is still in time; an open task is overdue from the day after. */
export function isTaskOverdue(task: { state: LetterTaskState; dueOn: string }, today: string): boolean {
  return task.state === 'open' && task.dueOn < today;
}

/** Confirmed, and finished no later than the day the letter asked for. */
export function isConfirmedOnTime(task: { state: LetterTaskState; dueOn: string; completedOn: string | null }): boolean {
  return task.state === 'confirmed' && task.completedOn !== null && task.completedOn <= task.dueOn;
}

/** Confirmed tasks as a percentage of all, to one decimal; nothing promised is no rate at all. */
export function completionRate(confirmed: number, total: number): number | null {
  if (total <= 0) return null;
  return Math.round((confirmed * 1000) / total) / 10;
}

/**
 * A letter is signed for its year, at its start or late in the year before; every task falls due
 * on or after the signing.
 */
export function checkLetterDates(body: Pick<LetterBody, 'year' | 'signedOn' | 'tasks'>): FieldError[] {
  const errors: FieldError[] = [];
  const signedYear = Number(body.signedOn.slice(0, 4));
  if (signedYear !== body.year && signedYear !== body.year - 1) errors.push({ path: 'signedOn', message: '签订日期应在责任状年度内或上一年' });
  body.tasks.forEach((task, index) => {
    if (task.dueOn < body.signedOn) errors.push({ path: `tasks.${index}.dueOn`, message: '完成期限不能早于签订日期' });
  });
  return errors;
}

/** A unit reports a day it finished: not before the letter was signed, not in the future. */
export function checkCompletedOn(completedOn: string, signedOn: string, today: string): FieldError[] {
  if (completedOn > today) return [{ path: 'completedOn', message: '完成日期不能晚于今天' }];
  if (completedOn < signedOn) return [{ path: 'completedOn', message: '完成日期不能早于责任状签订日期' }];
  return [];
}

/** A village code (not a township or county): the last three digits name the village. */
export function isVillageCode(code: string): boolean {
  return /^\d{12}$/.test(code) && !code.endsWith('000');
}

/** The 6-digit county a code lies in. */
export function countyOf(code: string): string {
  return code.slice(0, 6);
}
