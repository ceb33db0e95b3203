import type { FieldError } from '../../platform/errors/app-error.ts';
import { redFlagSteps, type RedFlagStep } from '../../../contracts/party-codes.ts';
import { beijingDay } from '../../platform/time/beijing.ts';

export type { FieldError };

/** Pairing work happens on days in China. */
export const pairingToday = (now = new Date()): string => beijingDay(now);

export function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** A village's code has all 12 digits significant; a township's ends in 000. */
export function isVillageCode(code: string): boolean {
  return /^\d{12}$/.test(code) && !code.endsWith('000');
}

/** A date that is real and not after today, or the problem with it. */
export function dateProblem(path: string, iso: string, today: string): FieldError | null {
  if (!isRealDate(iso)) return { path, message: '没有这一天' };
  if (iso > today) return { path, message: '日期不能晚于今天' };
  return null;
}

/** The steps run in one order; the next is the first not yet reached, none once named. */
export function nextRedFlagStep(reached: readonly RedFlagStep[]): RedFlagStep | null {
  const done = new Set(reached);
  for (const step of redFlagSteps.codes) if (!done.has(step)) return step;
  return null;
}

/** The furthest step reached, in the order of the steps. */
export function furthestRedFlagStep(reached: readonly RedFlagStep[]): RedFlagStep | null {
  let furthest: RedFlagStep | null = null;
  for (const step of redFlagSteps.codes) if (reached.includes(step)) furthest = step;
  return furthest;
}

export type RedFlagCheck = { ok: true } | { ok: false; reason: 'done' | 'out_of_order'; expected: RedFlagStep | null };

/** Each step once, and only the next one. */
export function checkRedFlagOrder(step: RedFlagStep, reached: readonly RedFlagStep[]): RedFlagCheck {
  if (reached.includes(step)) return { ok: false, reason: 'done', expected: nextRedFlagStep(reached) };
  const expected = nextRedFlagStep(reached);
  return step === expected ? { ok: true } : { ok: false, reason: 'out_of_order', expected };
}

/** A step is reached on a real day, not in the future, not before the pairing began nor before the step before it. */
export function redFlagDateProblems(reachedOn: string, startedOn: string, previousOn: string | null, today: string): FieldError[] {
  const problem = dateProblem('reachedOn', reachedOn, today);
  if (problem) return [problem];
  if (reachedOn < startedOn) return [{ path: 'reachedOn', message: `不能早于结对开始日期 ${startedOn}` }];
  if (previousOn && reachedOn < previousOn) return [{ path: 'reachedOn', message: `不能早于上一环节的日期 ${previousOn}` }];
  return [];
}

type PairingDates = { startedOn: string; endedOn: string | null };

/** An activity falls within the pairing, by today; a quantity carries its measure. */
export function activityProblems(
  activity: { happenedOn: string; quantity?: string | null; measure?: string | null },
  pairing: PairingDates,
  today: string,
): FieldError[] {
  const problems: FieldError[] = [];
  const problem = dateProblem('happenedOn', activity.happenedOn, today);
  if (problem) problems.push(problem);
  else if (activity.happenedOn < pairing.startedOn) problems.push({ path: 'happenedOn', message: `不能早于结对开始日期 ${pairing.startedOn}` });
  else if (pairing.endedOn && activity.happenedOn > pairing.endedOn) problems.push({ path: 'happenedOn', message: `不能晚于结对结束日期 ${pairing.endedOn}` });
  if (activity.quantity && !activity.measure) problems.push({ path: 'measure', message: '填写数量时请填写计量单位' });
  if (activity.measure && !activity.quantity) problems.push({ path: 'quantity', message: '填写计量单位时请填写数量' });
  return problems;
}

/** The start is a real past day and not after anything already recorded under the pairing. */
export function startProblems(startedOn: string, earliestRecorded: string | null, today: string): FieldError[] {
  const problem = dateProblem('startedOn', startedOn, today);
  if (problem) return [problem];
  if (earliestRecorded && startedOn > earliestRecorded) return [{ path: 'startedOn', message: `已有 ${earliestRecorded} 的共建记录，开始日期不能晚于它` }];
  return [];
}

/** The end is a real past day, not before the start nor before the last thing recorded. */
export function endProblems(endedOn: string, pairing: PairingDates, latestRecorded: string | null, today: string): FieldError[] {
  const problem = dateProblem('endedOn', endedOn, today);
  if (problem) return [problem];
  if (endedOn < pairing.startedOn) return [{ path: 'endedOn', message: `不能早于结对开始日期 ${pairing.startedOn}` }];
  if (latestRecorded && endedOn < latestRecorded) return [{ path: 'endedOn', message: `已有 ${latestRecorded} 的共建记录，结束日期不能早于它` }];
  return [];
}
