import { beijingDay } from '../../platform/time/beijing.ts';
/**
 * 公示 arithmetic: a notice of `days` days includes the day it starts, and nothing that waits for it
 * may happen before the day after its last day. Pure, so the rules are tested without a database.
 */
const DAY_MS = 86_400_000;
/** Today in China, the day a step counts as taken. */
export function projectToday(now = new Date()): string {
  return beijingDay(now);
}

function utcDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function addDays(iso: string, days: number): string {
  return new Date(utcDay(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

export type Notice = { start: string; end: string };

export function noticePeriod(start: string, days: number): Notice {
  return { start, end: addDays(start, Math.max(days, 1) - 1) };
}

/** A notice runs through its last day; an absent notice never held anything up. */
export function noticeRunning(notice: { end: string | null }, today: string): boolean {
  return notice.end !== null && today <= notice.end;
}

/** The moment a notice is over: midnight in Beijing after its last day. */
export function noticeOverAt(end: string): Date {
  return new Date(`${addDays(end, 1)}T00:00:00+08:00`);
}

/** The first day the step a notice holds up may be taken. */
export function firstDayAfter(notice: Notice): string {
  return addDays(notice.end, 1);
}

export type CompletionCheck = { path: string; message: string };

/** The completion day lies between the start and today; every actual output names a planned one. */
export function checkCompletion(
  input: { completedOn: string | undefined; outputs: readonly { id: string }[] },
  project: { startedOn: string | null; outputIds: readonly string[] },
  today: string,
): CompletionCheck[] {
  const errors: CompletionCheck[] = [];
  if (!input.completedOn) errors.push({ path: 'completedOn', message: '请填写完工日期' });
  else if (input.completedOn > today) errors.push({ path: 'completedOn', message: '完工日期不能晚于今天' });
  else if (project.startedOn && input.completedOn < project.startedOn) errors.push({ path: 'completedOn', message: `完工日期不能早于开工日期 ${project.startedOn}` });
  input.outputs.forEach((o, i) => {
    if (!project.outputIds.includes(o.id)) errors.push({ path: `outputs.${i}.id`, message: '不是本项目的产出指标' });
  });
  return errors;
}
