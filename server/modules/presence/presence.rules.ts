import type { DutyRules } from '../../config.ts';
import type { FieldError } from '../../platform/errors/app-error.ts';
import { beijingDay } from '../../platform/time/beijing.ts';

/** The calendar day in China: a member in the village records the day he lives, not UTC's. */
export function todayInBeijing(now = new Date()): string {
  return beijingDay(now);
}

const dayMs = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromTime = (time: number) => new Date(time).toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  return fromTime(toTime(day) + days * dayMs);
}

/** Days from `from` to `to`, both included; 0 when the span is empty. */
export function daysBetween(from: string, to: string): number {
  return to < from ? 0 : Math.round((toTime(to) - toTime(from)) / dayMs) + 1;
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function previousMonth(month: string): string {
  return monthOf(addDays(`${month}-01`, -1));
}

export type MonthBounds = { month: string; first: string; last: string; days: number };

export function monthBounds(month: string): MonthBounds {
  const first = `${month}-01`;
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const last = fromTime(Date.UTC(year, mon, 0));
  return { month, first, last, days: Number(last.slice(8)) };
}

/** Monday to Friday; the county's holiday calendar is not in the system, so holidays count as working days. */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let time = toTime(from); time <= toTime(to); time += dayMs) {
    const weekday = new Date(time).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

/**
 * The full-month minimum: a fixed number of days (PRESENCE_MIN_DAYS, 20 by default), or, where the
 * county sets PRESENCE_MIN_SHARE, that share of the month's working days rounded up.
 */
export function baseRequiredDays(rules: Pick<DutyRules, 'presenceMinDays' | 'presenceMinShare'>, month: string): number {
  if (rules.presenceMinShare === null) return rules.presenceMinDays;
  const { first, last } = monthBounds(month);
  return Math.ceil(rules.presenceMinShare * workingDaysBetween(first, last));
}

export type Span = { from: string; to: string };

function intersect(a: Span, b: Span): Span | null {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : null;
}

/**
 * The days of a month that count, as of `today`: a past month counts whole; the running month counts
 * only the days already over (up to yesterday), because a member may still record today and may
 * record the past days later; a future month counts none.
 */
export function countedSpan(bounds: MonthBounds, today: string): Span | null {
  if (today <= bounds.first) return null;
  const yesterday = addDays(today, -1);
  return { from: bounds.first, to: yesterday < bounds.last ? yesterday : bounds.last };
}

/** Calendar days of approved leave inside the span; overlapping requests count a day once. */
export function leaveDaysWithin(leaves: readonly { startDate: string; endDate: string }[], span: Span | null): number {
  if (!span) return 0;
  const days = new Set<string>();
  for (const leave of leaves) {
    const part = intersect({ from: leave.startDate, to: leave.endDate }, span);
    if (!part) continue;
    for (let day = part.from; day <= part.to; day = addDays(day, 1)) days.add(day);
  }
  return days.size;
}

export type RequirementInput = {
  bounds: MonthBounds;
  baseRequired: number;
  /** The counted days of the month (countedSpan). */
  counted: Span | null;
  /** The member's time in the team: from joining to leaving (null while in post). */
  membership: { joinedOn: string; leftOn: string | null };
  leaves: readonly { startDate: string; endDate: string }[];
};

/**
 * The days a member should have spent in the village in the counted part of the month.
 *
 * The minimum applies to a whole month in post; a member who joined or left during the month, and the
 * running month, owe it in proportion to the calendar days that count, rounded down so the member gets
 * the benefit of a fraction. Approved leave then reduces the requirement day for day: under the county's
 * 请销假 rules (会泽县驻村扶贫工作队管理办法, seeds/003: "驻村工作队员实行请销假制度") a day on approved
 * leave is an excused day, not an absence, so it can neither count against the member nor be demanded
 * back on another day.
 */
export function requiredDays(input: RequirementInput): { required: number; leaveDays: number } {
  const membershipSpan = { from: input.membership.joinedOn, to: input.membership.leftOn ?? input.bounds.last };
  const span = input.counted ? intersect(input.counted, membershipSpan) : null;
  if (!span) return { required: 0, leaveDays: 0 };
  const share = Math.floor((input.baseRequired * daysBetween(span.from, span.to)) / input.bounds.days);
  const leaveDays = leaveDaysWithin(input.leaves, span);
  return { required: Math.max(0, share - leaveDays), leaveDays };
}

/** Below the minimum only when something was required: a month on leave throughout flags nobody. */
export function isBelowMinimum(daysInVillage: number, required: number): boolean {
  return required > 0 && daysInVillage < required;
}

/** Great-circle distance (haversine, mean Earth radius 6371 km), rounded to 0.1 km. */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLng = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h))) * 10) / 10;
}

export function isFar(distance: number | null, farKm: number): boolean {
  return distance !== null && distance > farKm;
}

/** The first day that may still be recorded: the first of the previous month. */
export function earliestRecordableDay(today: string): string {
  return `${previousMonth(monthOf(today))}-01`;
}

/**
 * A day may be recorded late (there is no daily punch-in), but only for the current and the previous
 * month, never in the future, and not before the member joined the team.
 */
export function checkRecordableDay(day: string, today: string, joinedOn: string): FieldError[] {
  if (Number.isNaN(toTime(day)) || fromTime(toTime(day)) !== day) return [{ path: 'day', message: '日期无效' }];
  if (day > today) return [{ path: 'day', message: '不能登记今天以后的日期' }];
  if (day < earliestRecordableDay(today)) return [{ path: 'day', message: '只能补记本月和上月的在村日' }];
  if (day < joinedOn) return [{ path: 'day', message: '该日早于队员入队日期' }];
  return [];
}
