import { can, type Principal } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';

type TeamLike = { divisionCode: string; status: 'active' | 'ended' };

export const teamPermissions = ['teams.read', 'teams.manage', 'teams.export'] as const;

/**
 * A team is kept by the region of its main village: a unit's party committee sees the teams
 * its unit sends, and a township those in its villages, but the county (or city) dispatches them.
 */
export function mayUpdateTeam(principal: Principal, team: TeamLike): boolean {
  return can(principal, 'teams.manage') && codeInScope(principal.scope, team.divisionCode);
}

/** Members change only while the team is in post. */
export function mayManageMembers(principal: Principal, team: TeamLike): boolean {
  return mayUpdateTeam(principal, team) && team.status === 'active';
}

export function mayExportTeams(principal: Principal): boolean {
  return can(principal, 'teams.export');
}

/** Every village of a team lies where the account governs. */
export function mayPlaceTeamIn(principal: Principal, villageCode: string): boolean {
  return codeInScope(principal.scope, villageCode);
}
