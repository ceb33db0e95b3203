import { addIsoDays } from '../../../contracts/leave-rules.ts';
import type { IndicatorCode, IndicatorStatus, LabourAbility } from '../../../contracts/household-codes.ts';
import { indicators } from '../../../contracts/household-codes.ts';
import type { FieldError } from '../../platform/errors/app-error.ts';

export { addIsoDays, leaveToday as transitionToday } from '../../../contracts/leave-rules.ts';

/**
 * A 公示 of `days` days starting on `start` runs through `end` inclusive: a 7-day notice posted on
 * 2026-11-01 runs 11-01 … 11-07, and the next step may be taken from 11-08 on.
 */
export function noticeWindow(start: string, days: number): { start: string; end: string } {
  return { start, end: addIsoDays(start, Math.max(days, 1) - 1) };
}

/** The first day a step waiting on a notice ending on `end` (inclusive) may be taken. */
export function firstDayAfter(end: string): string {
  return addIsoDays(end, 1);
}

/** Whether a step may start on `day` after a notice ending on `end`: only once the notice has fully run. */
export function mayStartAfterNotice(end: string, day: string): boolean {
  return day > end;
}

export function isNoticeRunning(window: { start: string; end: string }, today: string): boolean {
  return today >= window.start && today <= window.end;
}

function isWeekday(iso: string): boolean {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The day by which `count` working days after `from` have passed, the day `from` itself not
 * counted and Saturdays and Sundays skipped: 5 working days from Friday 2026-11-06 is Friday 11-13.
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

/** A clock is overdue once its due day has passed without the step being taken (the due day itself is in time). */
export function isOverdue(dueOn: string | null, doneOn: string | null, today: string): boolean {
  return dueOn !== null && doneOn === null && today > dueOn;
}

/**
 * The first day a monitored household may ask for risk removal: `months` months after it entered
 * monitoring, on the same day of the month, or the month's last day when that month is shorter.
 */
export function stablePeriodEnd(since: string, months: number): string {
  const year = Number(since.slice(0, 4));
  const month = Number(since.slice(5, 7)) - 1 + months;
  const day = Number(since.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

const labouring: readonly LabourAbility[] = ['skilled', 'normal', 'weak'];

/** A household has labour when at least one member can work, even weakly. */
export function hasLabour(members: readonly { labourAbility: LabourAbility }[]): boolean {
  return members.some((m) => labouring.includes(m.labourAbility));
}

export type IncomeYear = { year: number; wage: number; business: number; property: number; transfer: number; members: number };

/** Per-head income of one year, in yuan, rounded to the fen; null when nobody was counted. */
export function perHeadIncome(income: IncomeYear): number | null {
  if (income.members <= 0) return null;
  return Math.round(((income.wage + income.business + income.property + income.transfer) / income.members) * 100) / 100;
}

/**
 * Why a household may not exit yet: every 两不愁三保障 + 饮水 indicator must be 达标 and the latest
 * year's per-head income at least the line. Empty when it may.
 */
export function exitGaps(
  rows: readonly { indicator: IndicatorCode; status: IndicatorStatus }[],
  incomes: readonly IncomeYear[],
  incomeLine: number,
): FieldError[] {
  const gaps: FieldError[] = [];
  const byCode = new Map(rows.map((r) => [r.indicator, r.status]));
  for (const code of indicators.codes) {
    const status = byCode.get(code);
    if (status !== 'met') {
      const state = status === 'unmet' ? '不达标' : status === 'pending' ? '待核' : '未填报';
      gaps.push({ path: `indicators.${code}`, message: `「${indicators.labels[code].zh}」${state}，须达标方可退出` });
    }
  }
  const latest = [...incomes].sort((a, b) => b.year - a.year)[0];
  const perHead = latest ? perHeadIncome(latest) : null;
  if (!latest || perHead === null) {
    gaps.push({ path: 'income', message: '尚无家庭收入记录，无法核定人均纯收入' });
  } else if (perHead < incomeLine) {
    gaps.push({ path: 'income', message: `${latest.year} 年人均纯收入 ${perHead} 元，低于退出标准 ${incomeLine} 元` });
  }
  return gaps;
}

export const MAX_BACKDATE_DAYS = 30;

/**
 * A recorded date (a meeting, a notice's posting) may lie at most 30 days back and never before
 * the request was made; a notice may be posted up to `aheadDays` ahead. Null when allowed.
 */
export function backdateProblem(day: string, limits: { today: string; requestedOn: string; aheadDays: number }): string | null {
  if (day > addIsoDays(limits.today, limits.aheadDays)) {
    return limits.aheadDays === 0 ? '日期不能晚于今天' : `日期不能晚于 ${addIsoDays(limits.today, limits.aheadDays)}`;
  }
  if (day < addIsoDays(limits.today, -MAX_BACKDATE_DAYS)) return `补录日期最多追溯 ${MAX_BACKDATE_DAYS} 天`;
  if (day < limits.requestedOn) return `日期不能早于申请日期 ${limits.requestedOn}`;
  return null;
}

/** The line the UI shows under a notice: 公示期 2026-11-01 至 2026-11-07，期满后方可审核. */
export function noticeSentence(window: { start: string; end: string }, nextStep: string): string {
  return `公示期 ${window.start} 至 ${window.end}，期满后方可${nextStep}`;
}
