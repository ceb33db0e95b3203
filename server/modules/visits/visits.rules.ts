import type { FieldError } from '../../platform/errors/app-error.ts';
import type { HouseholdStatus, MonitoringState } from '../../../contracts/household-codes.ts';

export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4 };
export type DayRange = { from: string; to: string };

const beijingOffsetMs = 8 * 60 * 60 * 1000;

/** The calendar day in Beijing: a visit at 7 a.m. local time is still "today" while UTC says yesterday. */
export function beijingDay(now: Date = new Date()): string {
  return new Date(now.getTime() + beijingOffsetMs).toISOString().slice(0, 10);
}

export function parseQuarter(text: string): Quarter | null {
  const match = /^(\d{4})Q([1-4])$/.exec(text);
  if (!match) return null;
  return { year: Number(match[1]), quarter: Number(match[2]) as Quarter['quarter'] };
}

/** The quarter a day (YYYY-MM-DD) falls in, written as 2026Q4. */
export function quarterOf(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}Q${Math.floor((month - 1) / 3) + 1}`;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day of a quarter such as 2026Q4; throws on anything else (the contract checks the shape first). */
export function quarterRange(text: string): DayRange {
  const parsed = parseQuarter(text);
  if (!parsed) throw new RangeError(`not a quarter: ${text}`);
  const firstMonth = (parsed.quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    from: `${parsed.year}-${pad(firstMonth)}-01`,
    to: `${parsed.year}-${pad(lastMonth)}-${pad(lastDayOfMonth(parsed.year, lastMonth))}`,
  };
}

function isRealDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
}

/** A visit is recorded after it happened: a real day, not after today. */
export function checkVisitedOn(day: string, today: string, path = 'visitedOn'): FieldError[] {
  if (!isRealDay(day)) return [{ path, message: '日期无效' }];
  if (day > today) return [{ path, message: '走访日期不能晚于今天' }];
  return [];
}

/** A follow-up is done on or after the visit, and not in the future. */
export function checkFollowUpDone(done: string | null | undefined, visitedOn: string, today: string): FieldError[] {
  if (!done) return [];
  if (!isRealDay(done)) return [{ path: 'followUpDone', message: '日期无效' }];
  if (done < visitedOn) return [{ path: 'followUpDone', message: '跟进完成日期不能早于走访日期' }];
  if (done > today) return [{ path: 'followUpDone', message: '跟进完成日期不能晚于今天' }];
  return [];
}

/**
 * Which households the quarterly coverage counts. A household refused at identification is nobody's
 * to visit; an ordinary (non-poor) household only while it is under monitoring (防返贫动态监测), when
 * the cadres must keep visiting it. Everything else (under identification, registered, exited) counts.
 */
export const coverageRule = {
  excluded: ['not_identified'] as const satisfies readonly HouseholdStatus[],
  onlyWhileMonitored: ['non_poor'] as const satisfies readonly HouseholdStatus[],
};
export type CoverageRule = typeof coverageRule;

export function countsForCoverage(household: { status: HouseholdStatus; monitoringState: MonitoringState | null }): boolean {
  if ((coverageRule.excluded as readonly HouseholdStatus[]).includes(household.status)) return false;
  if ((coverageRule.onlyWhileMonitored as readonly HouseholdStatus[]).includes(household.status)) return household.monitoringState === 'monitoring';
  return true;
}

/** visited / households, to three decimals; an empty village has nothing to cover and shows 0. */
export function coverageShare(visited: number, households: number): number {
  if (households <= 0) return 0;
  return Math.round((visited / households) * 1000) / 1000;
}

/** The span a list asks for: a quarter narrows from/to (both apply when given together). */
export function visitSpan(query: { from?: string | undefined; to?: string | undefined; quarter?: string | undefined }): { from?: string; to?: string } {
  const span: { from?: string; to?: string } = {};
  if (query.from) span.from = query.from;
  if (query.to) span.to = query.to;
  if (query.quarter) {
    const range = quarterRange(query.quarter);
    if (!span.from || span.from < range.from) span.from = range.from;
    if (!span.to || span.to > range.to) span.to = range.to;
  }
  return span;
}
