import { can, type Principal } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';

/**
 * Who a visit may be recorded for. Anyone with the permission records his own; a team leader also a
 * member of the team he serves in (a member without a phone, or a visit made together). A leader
 * account linked to no cadre acts for the teams of its region.
 */
export function mayRecordFor(
  principal: Principal,
  target: { cadreId: string; teamId: string | null; teamDivisionCode: string | null },
  ownTeamId: string | null,
): boolean {
  if (!can(principal, 'visits.write')) return false;
  if (principal.cadreId === target.cadreId) return true;
  if (!principal.roles.includes('team_leader') || !target.teamId) return false;
  if (principal.cadreId) return ownTeamId === target.teamId;
  return codeInScope(principal.scope, target.teamDivisionCode);
}

/**
 * A visit is corrected or removed by whoever recorded it, or by the team leader of its village
 * (his team's village, or for a leader account without a cadre, its region).
 */
export function mayChangeVisit(principal: Principal, visit: { createdBy: string | null; divisionCode: string }, leaderVillages: readonly string[]): boolean {
  if (!can(principal, 'visits.write')) return false;
  if (visit.createdBy !== null && visit.createdBy === principal.accountId) return true;
  if (!principal.roles.includes('team_leader')) return false;
  if (principal.cadreId) return leaderVillages.includes(visit.divisionCode);
  return codeInScope(principal.scope, visit.divisionCode);
}
