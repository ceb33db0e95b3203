import type { ModuleDefinition } from '../../platform/http/module.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { Scope } from '../../platform/access/scope.ts';
import { teamPermissions } from './teams.policy.ts';
import { teamRoutes } from './teams.routes.ts';
import * as repo from './teams.repository.ts';

export { teams, teamVillages, teamUnits, teamMembers } from './teams.schema.ts';
export type { TeamRole, TeamStatus } from './teams.schema.ts';
export type { TeamRow, TeamMemberRow } from './teams.repository.ts';

const readers = ['teams.read'] as const;
const exporters = ['teams.read', 'teams.export'] as const;
const managers = ['teams.read', 'teams.manage', 'teams.export'] as const;

export const teamsModule: ModuleDefinition = {
  name: 'teams',
  permissions: teamPermissions,
  grants: {
    county_org: managers,
    city_org: managers,
    township_party: exporters,
    unit_party: exporters,
    discipline: exporters,
    rural_office: readers,
    team_leader: readers,
    team_member: readers,
    viewer: readers,
  },
  routes: teamRoutes,
};

/** The condition other modules add to see only the teams in a scope (a team's villages or its units). */
export function teamScopeCondition(scope: Scope) {
  return repo.teamScopeCondition(scope);
}

export function findTeamInScope(executor: Executor, scope: Scope, teamId: string) {
  return repo.findTeamInScope(executor, scope, teamId);
}

/** The team a cadre serves in now, if any (leave, check-in and reports start from it). */
export async function findActiveTeamOfCadre(executor: Executor, cadreId: string) {
  const [membership] = await repo.activeMembershipsOf(executor, [cadreId]);
  return membership ? repo.findTeamById(executor, membership.teamId) : undefined;
}

/** Members in post of a team, leaders first. */
export function findActiveMembers(executor: Executor, teamId: string) {
  return repo.membersOf(executor, teamId, { activeOnly: true });
}
