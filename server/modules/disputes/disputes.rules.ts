import type { DisputeState } from '../../../contracts/disputes.ts';
import { beijingDay } from '../../platform/time/beijing.ts';

export type FieldError = { path: string; message: string };
export type DisputeStep = 'update' | 'mediate' | 'resolve' | 'refer';

/** Open and mediating disputes are worked on; resolved (化解) and referred (移交) ones are closed. */
export function disputeStepAllowed(state: DisputeState, _step: DisputeStep): boolean {
  return state === 'open' || state === 'mediating';
}

/** The first mediation moves an open dispute to mediating; resolving and referring close it. */
export function disputeStateAfter(state: DisputeState, step: DisputeStep): DisputeState {
  if (step === 'mediate') return 'mediating';
  if (step === 'resolve') return 'resolved';
  if (step === 'refer') return 'referred';
  return state;
}

/** Whole years between two ISO dates, counted like an age: a day short of the anniversary is a year less. */
export function wholeYears(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) < from.slice(5) ? Math.max(0, years - 1) : Math.max(0, years);
}

/** How long the dispute has lasted: from its start (or its report) to its resolution, or to today while it lasts. */
export function disputeAge(dispute: { startedOn: string | null; reportedOn: string; resolvedOn: string | null }, today: string): number {
  return wholeYears(dispute.startedOn ?? dispute.reportedOn, dispute.resolvedOn ?? today);
}

export function datesProblems(body: { reportedOn: string; startedOn?: string | undefined }, today: string): FieldError[] {
  const problems: FieldError[] = [];
  if (body.reportedOn > today) problems.push({ path: 'reportedOn', message: '登记日期不能晚于今天' });
  if (body.startedOn && body.startedOn > today) problems.push({ path: 'startedOn', message: '纠纷发生日期不能晚于今天' });
  return problems;
}

export function mediationProblems(dispute: { reportedOn: string; startedOn: string | null }, mediatedOn: string, today: string): FieldError[] {
  if (mediatedOn > today) return [{ path: 'mediatedOn', message: '调解日期不能晚于今天' }];
  const earliest = dispute.startedOn ?? dispute.reportedOn;
  if (mediatedOn < earliest) return [{ path: 'mediatedOn', message: '调解日期不能早于纠纷发生日期' }];
  return [];
}

export function resolveProblems(dispute: { reportedOn: string; startedOn: string | null }, resolvedOn: string, today: string): FieldError[] {
  if (resolvedOn > today) return [{ path: 'resolvedOn', message: '化解日期不能晚于今天' }];
  if (resolvedOn < (dispute.startedOn ?? dispute.reportedOn)) return [{ path: 'resolvedOn', message: '化解日期不能早于纠纷发生日期' }];
  return [];
}

/** Villages count days in Beijing time. */
export function todayInBeijing(now = new Date()): string {
  return beijingDay(now);
}
