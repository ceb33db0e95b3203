import { can, type Principal } from '../../platform/access/permissions.ts';
import type { DiaryReach } from './diaries.repository.ts';

/**
 * A diary is personal: a team member reads his own. The team leader and the township or county
 * readers see the entries of their region, to know the village, never to count who writes most.
 */
export function diaryReach(principal: Principal): DiaryReach {
  const ownOnly = principal.roles.length > 0 && principal.roles.every((role) => role === 'team_member');
  return { scope: principal.scope, ownCadreId: principal.cadreId, ownOnly };
}

export function mayUpdateDiary(principal: Principal, entry: { cadreId: string }): boolean {
  return can(principal, 'diaries.write') && principal.cadreId !== null && principal.cadreId === entry.cadreId;
}
