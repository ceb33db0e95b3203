import type { ModuleDefinition } from '../../platform/http/module.ts';
import type { Executor, Tx } from '../../platform/db/client.ts';
import type { FieldError } from '../../platform/errors/app-error.ts';
import type { Scope } from '../../platform/access/scope.ts';
import { teamPermissions } from './teams.policy.ts';
import { teamRoutes } from './teams.routes.ts';
import * as repo from './teams.repository.ts';
import { setCadrePosting } from '../cadres/index.ts';
import { checkJoinedOn, checkLeftOn, checkMemberChange } from './teams.rules.ts';
import { guardCadreTaken } from './teams.checks.ts';
import type { TeamRole } from './teams.schema.ts';

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

/**
 * Selection's dispatch and recall move a cadre into or out of a team inside its own transaction,
 * under the members routes' rules (open team, term, one leader, one team at a time); answers the
 * rule failures (paths `effectiveDate`, `role`, `cadreId`) for the caller to report. A recall takes
 * a leader out even before a successor is named: the replacement is dispatched next.
 */
export async function moveCadreForSelection(
  tx: Tx,
  change: { kind: 'join'; teamId: string; cadreId: string; role: TeamRole; on: string } | { kind: 'leave'; teamId: string; cadreId: string; on: string },
): Promise<{ errors: FieldError[]; member?: repo.TeamMemberRow }> {
  await repo.lockTeam(tx, change.teamId);
  const team = await repo.findTeamById(tx, change.teamId);
  const active = team ? await repo.membersOf(tx, change.teamId, { activeOnly: true }) : [];
  if (change.kind === 'leave') {
    const member = active.find((m) => m.cadreId === change.cadreId);
    if (!member) return { errors: [] };
    const errors = checkLeftOn(change.on, member.joinedOn).map((e) => ({ ...e, path: 'effectiveDate' }));
    if (errors.length > 0) return { errors };
    await setCadrePosting(tx, change.cadreId, null);
    return { errors: [], member: await repo.updateMember(tx, member.id, { leftOn: change.on }) };
  }
  if (!team || team.status === 'ended') return { errors: [{ path: 'teamId', message: '岗位所属工作队已结束或不存在' }] };
  const [busy] = await repo.activeMembershipsOf(tx, [change.cadreId]);
  const errors: FieldError[] = [
    ...(busy ? [{ path: 'cadreId', message: `该干部已在「${busy.teamName}」驻村` }] : []),
    ...checkJoinedOn('effectiveDate', change.on, team),
    ...checkMemberChange(active, { kind: 'join', role: change.role }),
  ];
  if (errors.length > 0) return { errors };
  const [member] = await guardCadreTaken(() =>
    repo.insertMembers(tx, [{ teamId: team.id, cadreId: change.cadreId, role: change.role, joinedOn: change.on, divisionCode: team.divisionCode }]),
  );
  await setCadrePosting(tx, change.cadreId, team.divisionCode);
  return { errors: [], member: member! };
}
