import type { FieldError } from '../../platform/errors/app-error.ts';
import { teamLevelKinds, trainingOrganizerLevel, type MaterialKindCode, type TrainingLevelCode } from '../../../contracts/trainings.ts';

type DivisionLevel = 'province' | 'city' | 'county' | 'township' | 'village' | 'group';

const organizerNames: Record<DivisionLevel, string> = {
  province: '省',
  city: '市',
  county: '县（市、区）',
  township: '乡（镇、街道）',
  village: '村（社区）',
  group: '村民小组',
};

/** The organizer's region matches the session's level and lies in the caller's region. */
export function checkOrganizer(level: TrainingLevelCode, division: { level: DivisionLevel } | undefined, inScope: boolean): FieldError[] {
  if (!division) return [{ path: 'divisionCode', message: '行政区划不存在' }];
  if (!inScope) return [{ path: 'divisionCode', message: '举办地区须在本辖区内' }];
  const expected = trainingOrganizerLevel[level];
  if (division.level !== expected) return [{ path: 'divisionCode', message: `该层级的培训须由${organizerNames[expected]}举办` }];
  return [];
}

export function checkDateRange(from: string | undefined, to: string | undefined): FieldError[] {
  return from && to && from > to ? [{ path: 'to', message: '结束日期不能早于开始日期' }] : [];
}

/**
 * Hours a cadre earned: only sessions he attended count. Summed in tenths of an hour, the unit the
 * database keeps, so 0.1 + 0.2 stays 0.3.
 */
export function sumHours(sessions: readonly { hours: number; heldOn: string; attended: boolean }[], year: number): { yearHours: number; totalHours: number } {
  let total = 0;
  let inYear = 0;
  for (const session of sessions) {
    if (!session.attended) continue;
    const tenths = Math.round(session.hours * 10);
    total += tenths;
    if (session.heldOn.startsWith(`${year}-`)) inYear += tenths;
  }
  return { yearHours: inYear / 10, totalHours: total / 10 };
}

export type IssuePlan =
  | { kind: 'team' }
  | { kind: 'members'; cadreIds: string[]; skipped: number }
  | { kind: 'error'; error: 'plate_with_member' | 'not_a_member' | 'plate_issued' | 'all_issued' | 'no_members' };

/**
 * Who receives an issue: a plate goes to the team, once; a chosen member receives his (a replacement
 * is allowed); the whole team means each member in post who does not yet hold one, so issuing again
 * after new members joined tops up rather than doubles.
 */
export function planIssue(
  kind: MaterialKindCode,
  input: { cadreId?: string | null; activeMemberIds: readonly string[]; holderIds: readonly string[]; teamHasPlate: boolean },
): IssuePlan {
  if (teamLevelKinds.includes(kind)) {
    if (input.cadreId) return { kind: 'error', error: 'plate_with_member' };
    return input.teamHasPlate ? { kind: 'error', error: 'plate_issued' } : { kind: 'team' };
  }
  if (input.cadreId) {
    return input.activeMemberIds.includes(input.cadreId) ? { kind: 'members', cadreIds: [input.cadreId], skipped: 0 } : { kind: 'error', error: 'not_a_member' };
  }
  if (input.activeMemberIds.length === 0) return { kind: 'error', error: 'no_members' };
  const holders = new Set(input.holderIds);
  const cadreIds = input.activeMemberIds.filter((id) => !holders.has(id));
  if (cadreIds.length === 0) return { kind: 'error', error: 'all_issued' };
  return { kind: 'members', cadreIds, skipped: input.activeMemberIds.length - cadreIds.length };
}

/** The calendar year of an ISO day. */
export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}
