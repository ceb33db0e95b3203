import type { DemandAction, DemandState } from '../../../contracts/demands.ts';
import { beijingDay } from '../../platform/time/beijing.ts';

export type FieldError = { path: string; message: string };

/**
 * Which step each state allows: an open demand is assigned or closed; an assigned one may go to
 * another cadre, be solved or be closed; solved and closed are final.
 */
const allowed: Record<DemandState, readonly Exclude<DemandAction, 'raise'>[]> = {
  open: ['assign', 'close'],
  assigned: ['assign', 'solve', 'close'],
  solved: [],
  closed: [],
};

export function demandActionAllowed(state: DemandState, action: Exclude<DemandAction, 'raise'>): boolean {
  return allowed[state].includes(action);
}

/** The state a step leads to. */
export function demandStateAfter(action: Exclude<DemandAction, 'raise'>): DemandState {
  return { assign: 'assigned', solve: 'solved', close: 'closed' }[action] as DemandState;
}

const DAY_MS = 86_400_000;

function utcDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** Whole days from one ISO date to another (0 when solved the day it was raised). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

export function daysToSolve(demand: { raisedOn: string; solvedOn: string | null }): number | null {
  return demand.solvedOn ? daysBetween(demand.raisedOn, demand.solvedOn) : null;
}

/** Being handled and past the due day; a solved or closed demand is never overdue. */
export function isOverdue(demand: { state: DemandState; dueOn: string | null }, today: string): boolean {
  return demand.state === 'assigned' && demand.dueOn !== null && demand.dueOn < today;
}

/** Villages count days in Beijing time. */
export function todayInBeijing(now = new Date()): string {
  return beijingDay(now);
}

export function raiseProblems(body: { raisedOn: string }, today: string): FieldError[] {
  return body.raisedOn > today ? [{ path: 'raisedOn', message: '提出日期不能晚于今天' }] : [];
}

export function assignProblems(demand: { raisedOn: string }, body: { dueOn: string }, today: string): FieldError[] {
  const problems: FieldError[] = [];
  if (body.dueOn < demand.raisedOn) problems.push({ path: 'dueOn', message: '办理期限不能早于提出日期' });
  else if (body.dueOn < today) problems.push({ path: 'dueOn', message: '办理期限不能早于今天' });
  return problems;
}

export function solveProblems(demand: { raisedOn: string }, body: { solvedOn: string }, today: string): FieldError[] {
  if (body.solvedOn < demand.raisedOn) return [{ path: 'solvedOn', message: '办结日期不能早于提出日期' }];
  if (body.solvedOn > today) return [{ path: 'solvedOn', message: '办结日期不能晚于今天' }];
  return [];
}

/** Average of the days to solve, one decimal; null when nothing is solved yet. */
export function averageDays(days: readonly number[]): number | null {
  if (days.length === 0) return null;
  return Math.round((days.reduce((sum, d) => sum + d, 0) / days.length) * 10) / 10;
}
