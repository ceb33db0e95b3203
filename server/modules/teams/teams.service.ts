import type { Ctx } from '../../platform/http/context.ts';
import type { Tx } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type { TeamCreateBody, TeamEndBody, TeamListItem, TeamListQuery, TeamUpdateBody, TeamView } from '../../../contracts/teams.ts';
import { recordUnitPresence } from '../units/index.ts';
import { setCadrePosting } from '../cadres/index.ts';
import * as repo from './teams.repository.ts';
import { mayUpdateTeam } from './teams.policy.ts';
import { teamErrors } from './teams.errors.ts';
import { checkJoinedOn, checkMembers, checkTerm } from './teams.rules.ts';
import { checkCadresFree, checkCadresInScope, checkTeamFields, failOn, guardCadreTaken } from './teams.checks.ts';
import { presentTeam, presentTeamList } from './teams.present.ts';

export async function listTeams(ctx: Ctx, query: TeamListQuery): Promise<ListResult<TeamListItem>> {
  requirePermission(ctx.principal, 'teams.read');
  const result = await repo.listTeams(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentTeamList(ctx.db, result.items), total: result.total };
}

export async function getTeam(ctx: Ctx, teamId: string): Promise<TeamView> {
  requirePermission(ctx.principal, 'teams.read');
  const row = await repo.findTeamInScope(ctx.db, ctx.principal.scope, teamId);
  if (!row) throw commonErrors.NOT_FOUND();
  return presentTeam(ctx, ctx.db, row);
}

/** What the audit trail keeps of a team: its record, places, units and who serves (cadre ids only). */
async function snapshot(tx: Tx, teamId: string) {
  const team = await repo.findTeamById(tx, teamId);
  const villages = await repo.villagesOf(tx, [teamId]);
  const unitRows = await repo.unitsOf(tx, [teamId]);
  const members = await repo.membersOf(tx, teamId);
  return {
    ...team,
    villageCodes: villages.map((v) => v.divisionCode),
    units: unitRows.map((u) => ({ unitId: u.unitId, isLead: u.isLead })),
    members: members.map((m) => ({ id: m.id, cadreId: m.cadreId, role: m.role, joinedOn: m.joinedOn, leftOn: m.leftOn })),
  };
}

/** The county sees the units that serve in its villages though they sit elsewhere. */
async function recordPresence(tx: Tx, body: TeamUpdateBody): Promise<void> {
  await recordUnitPresence(
    tx,
    body.units.flatMap((u) => body.villageCodes.map((divisionCode) => ({ unitId: u.unitId, divisionCode }))),
  );
}

export async function createTeam(ctx: Ctx, body: TeamCreateBody): Promise<TeamView> {
  requirePermission(ctx.principal, 'teams.manage');
  const members = body.members.map((m) => ({ ...m, joinedOn: m.joinedOn ?? body.termStart }));
  await checkTeamFields(ctx.db, ctx.principal, body);
  failOn([
    ...checkMembers(members),
    ...members.flatMap((m, index) => checkJoinedOn(`members.${index}.joinedOn`, m.joinedOn, { termStart: body.termStart, termEnd: body.termEnd ?? null })),
  ]);
  const cadreIds = members.map((m) => m.cadreId);
  const memberPath = (index: number) => `members.${index}.cadreId`;
  await checkCadresInScope(ctx.db, ctx.principal, cadreIds, memberPath);
  const mainVillage = body.villageCodes[0]!;
  const teamId = await ctx.db.transaction(async (tx) => {
    await checkCadresFree(tx, cadreIds, memberPath);
    const team = await repo.insertTeam(tx, {
      name: body.name,
      divisionCode: mainVillage,
      termStart: body.termStart,
      termEnd: body.termEnd ?? null,
      note: body.note ?? null,
    });
    await repo.replaceVillages(tx, team.id, body.villageCodes);
    await repo.replaceUnits(tx, team.id, mainVillage, body.units);
    await guardCadreTaken(() =>
      repo.insertMembers(tx, members.map((m) => ({ teamId: team.id, cadreId: m.cadreId, role: m.role, joinedOn: m.joinedOn, divisionCode: mainVillage }))),
    );
    for (const cadreId of cadreIds) await setCadrePosting(tx, cadreId, mainVillage);
    await recordPresence(tx, body);
    await recordAudit(tx, ctx.actor, { action: 'teams.create', entityType: 'team', entityId: team.id, divisionCode: mainVillage, after: await snapshot(tx, team.id) });
    return team.id;
  });
  return getTeam(ctx, teamId);
}

/** Loads a team the caller may change, inside the transaction, or answers 404 / 403. */
export async function teamForUpdate(ctx: Ctx, tx: Tx, teamId: string): Promise<repo.TeamRow> {
  await repo.lockTeam(tx, teamId);
  const team = await repo.findTeamInScope(tx, ctx.principal.scope, teamId);
  if (!team) throw commonErrors.NOT_FOUND();
  if (!mayUpdateTeam(ctx.principal, team)) throw commonErrors.FORBIDDEN();
  return team;
}

export async function updateTeam(ctx: Ctx, teamId: string, body: TeamUpdateBody): Promise<TeamView> {
  requirePermission(ctx.principal, 'teams.manage');
  await ctx.db.transaction(async (tx) => {
    const team = await teamForUpdate(ctx, tx, teamId);
    await checkTeamFields(tx, ctx.principal, body);
    const active = await repo.membersOf(tx, teamId, { activeOnly: true });
    failOn(
      active.some((m) => m.joinedOn < body.termStart) ? [{ path: 'termStart', message: '任期开始日期不能晚于在队队员的入队日期' }] : [],
    );
    const before = await snapshot(tx, teamId);
    const mainVillage = body.villageCodes[0]!;
    await repo.updateTeam(tx, teamId, {
      name: body.name,
      divisionCode: mainVillage,
      termStart: body.termStart,
      termEnd: body.termEnd ?? null,
      note: body.note ?? null,
    });
    await repo.replaceVillages(tx, teamId, body.villageCodes);
    await repo.replaceUnits(tx, teamId, mainVillage, body.units);
    if (mainVillage !== team.divisionCode) {
      await repo.moveTeamRows(tx, teamId, mainVillage);
      for (const member of active) await setCadrePosting(tx, member.cadreId, mainVillage);
    }
    await recordPresence(tx, body);
    await recordAudit(tx, ctx.actor, { action: 'teams.update', entityType: 'team', entityId: teamId, divisionCode: mainVillage, before, after: await snapshot(tx, teamId) });
  });
  return getTeam(ctx, teamId);
}

/** The term ends (期满): the team is closed and everyone in post leaves on that day. */
export async function endTeam(ctx: Ctx, teamId: string, body: TeamEndBody): Promise<TeamView> {
  requirePermission(ctx.principal, 'teams.manage');
  await ctx.db.transaction(async (tx) => {
    const team = await teamForUpdate(ctx, tx, teamId);
    if (team.status === 'ended') throw teamErrors.TEAM_ENDED();
    const active = await repo.membersOf(tx, teamId, { activeOnly: true });
    const latestJoin = active.reduce((latest, m) => (m.joinedOn > latest ? m.joinedOn : latest), team.termStart);
    const termErrors = checkTerm(team.termStart, body.termEnd);
    if (termErrors.length === 0 && body.termEnd < latestJoin) termErrors.push({ path: 'termEnd', message: '任期结束日期不能早于队员的入队日期' });
    failOn(termErrors);
    const before = await snapshot(tx, teamId);
    const left = await repo.endMemberships(tx, teamId, body.termEnd);
    for (const member of left) await setCadrePosting(tx, member.cadreId, null);
    await repo.updateTeam(tx, teamId, { status: 'ended', termEnd: body.termEnd });
    await recordAudit(tx, ctx.actor, { action: 'teams.end', entityType: 'team', entityId: teamId, divisionCode: team.divisionCode, before, after: await snapshot(tx, teamId) });
  });
  return getTeam(ctx, teamId);
}
