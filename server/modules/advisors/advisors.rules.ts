import type { DemandState } from '../../../contracts/household-codes.ts';
import { randomBytes } from 'node:crypto';

export type Quarter = { period: string; year: number; quarter: number; from: string; to: string };

const lastDay = ['03-31', '06-30', '09-30', '12-31'];

/** "2026-Q3" → the quarter's first and last day; null when it is not a quarter. */
export function parsePeriod(period: string): Quarter | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  const quarter = Number(match[2]);
  if (year < 2000) return null;
  const firstMonth = String((quarter - 1) * 3 + 1).padStart(2, '0');
  return { period, year, quarter, from: `${year}-${firstMonth}-01`, to: `${year}-${lastDay[quarter - 1]}` };
}

/** The quarter a day falls in. */
export function periodOf(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The last quarter that has ended by `today`: on 2026-12-06 that is 2026-Q3. */
export function lastFullQuarter(today: string): string {
  const current = parsePeriod(periodOf(today))!;
  return current.quarter === 1 ? `${current.year - 1}-Q4` : `${current.year}-Q${current.quarter - 1}`;
}

/**
 * A quarter is briefed once it has begun; the current one gives what is known so far. A quarter
 * still ahead has nothing of its own to tell.
 */
export function periodIssue(period: string, today: string): string | null {
  const quarter = parsePeriod(period);
  if (!quarter) return '季度格式应为 YYYY-Qn，如 2026-Q3';
  if (quarter.from > today) return '该季度尚未开始，不能生成通报';
  return null;
}

/** The day in China, which the village's quarters follow. */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A village code (not a township or county): the last three digits name the village. */
export function isVillageCode(code: string): boolean {
  return /^\d{12}$/.test(code) && !code.endsWith('000');
}

/** 24 random bytes (192 bits) in base64url, like a household's QR link: far beyond guessing. */
export function newBriefingToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Projects still to be built whose planned end has passed by the quarter's end: stalled, in the briefing's words. */
export const unfinishedProjectStates: readonly string[] = ['approved', 'in_progress'];
/** Records that ended without a project: left out of the village's project counts. */
export const deadProjectStates: readonly string[] = ['rejected', 'withdrawn'];
export const openDemandStates: DemandState[] = ['open', 'assigned'];

export function isStalled(project: { state: string; plannedEnd: string | null }, quarterEnd: string): boolean {
  return unfinishedProjectStates.includes(project.state) && project.plannedEnd !== null && project.plannedEnd < quarterEnd;
}
