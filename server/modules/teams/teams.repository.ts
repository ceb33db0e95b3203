import { and, asc, count, desc, eq, ilike, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, type ListResult, type Window } from '../../platform/db/paging.ts';
import { leaderRoles, type TeamExportQuery } from '../../../contracts/teams.ts';
import { units } from '../units/index.ts';
import { cadres } from '../cadres/index.ts';
import { teamMembers, teams, teamUnits, teamVillages, type TeamRole } from './teams.schema.ts';

export type TeamRow = typeof teams.$inferSelect;
export type NewTeamRow = typeof teams.$inferInsert;
export type TeamMemberRow = typeof teamMembers.$inferSelect;

/**
 * A team is visible where its main village or any of its villages lies in the scope's subtree,
 * and to the party committee of any unit that sends it.
 */
export function teamScopeCondition(scope: Scope): SQL {
  const extra: SQL[] = [];
  if (scope.divisionPrefix) {
    extra.push(sql`exists (select 1 from ${teamVillages} tv where tv.team_id = ${teams.id} and ${withinDivision(sql`tv.division_code`, scope.divisionPrefix)})`);
  }
  if (scope.unitId) {
    extra.push(sql`exists (select 1 from ${teamUnits} tu where tu.team_id = ${teams.id} and tu.unit_id = ${scope.unitId})`);
  }
  return scopeCondition(scope, { division: [teams.divisionCode], extra });
}

function filtersOf(scope: Scope, query: TeamExportQuery): SQL | undefined {
  const filters: SQL[] = [teamScopeCondition(scope)];
  if (query.divisionCode) {
    const within = withinDivision(sql`tv.division_code`, divisionPrefix(query.divisionCode));
    filters.push(sql`exists (select 1 from ${teamVillages} tv where tv.team_id = ${teams.id} and ${within})`);
  }
  if (query.q) filters.push(ilike(teams.name, likePattern(query.q)));
  if (query.status) filters.push(eq(teams.status, query.status));
  if (query.unitId) {
    filters.push(sql`exists (select 1 from ${teamUnits} tu where tu.team_id = ${teams.id} and tu.unit_id = ${query.unitId})`);
  }
  return and(...filters);
}

function orderOf(query: TeamExportQuery): SQL[] {
  const column = { name: teams.name, termStart: teams.termStart, createdAt: teams.createdAt }[query.sort];
  return [query.order === 'desc' ? desc(column) : asc(column), asc(teams.id)];
}

export async function listTeams(
  executor: Executor,
  scope: Scope,
  query: TeamExportQuery,
  window: Window,
): Promise<ListResult<TeamRow>> {
  const [items, [totalRow]] = await Promise.all([
    readTeams(executor, scope, query, window),
    executor.select({ total: count() }).from(teams).where(filtersOf(scope, query)),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

/** One window of the list without its count: an export reads window after window. */
export function readTeams(executor: Executor, scope: Scope, query: TeamExportQuery, window: Window): Promise<TeamRow[]> {
  return executor.select().from(teams).where(filtersOf(scope, query)).orderBy(...orderOf(query)).limit(window.limit).offset(window.offset);
}

export async function findTeamInScope(executor: Executor, scope: Scope, teamId: string): Promise<TeamRow | undefined> {
  const [row] = await executor.select().from(teams).where(and(eq(teams.id, teamId), teamScopeCondition(scope)));
  return row;
}

export async function findTeamById(executor: Executor, teamId: string): Promise<TeamRow | undefined> {
  const [row] = await executor.select().from(teams).where(eq(teams.id, teamId));
  return row;
}

/** Locks the team row, so two clerks changing one team's members take turns. */
export async function lockTeam(executor: Executor, teamId: string): Promise<void> {
  await executor.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId)).for('update');
}

export async function insertTeam(executor: Executor, values: NewTeamRow): Promise<TeamRow> {
  const [row] = await executor.insert(teams).values(values).returning();
  return row!;
}

export async function updateTeam(executor: Executor, teamId: string, values: Partial<NewTeamRow>): Promise<TeamRow> {
  const [row] = await executor.update(teams).set({ ...values, updatedAt: new Date() }).where(eq(teams.id, teamId)).returning();
  return row!;
}

export async function replaceVillages(executor: Executor, teamId: string, codes: readonly string[]): Promise<void> {
  await executor.delete(teamVillages).where(eq(teamVillages.teamId, teamId));
  await executor.insert(teamVillages).values(codes.map((divisionCode) => ({ teamId, divisionCode })));
}

export async function replaceUnits(
  executor: Executor,
  teamId: string,
  divisionCode: string,
  rows: readonly { unitId: string; isLead: boolean }[],
): Promise<void> {
  await executor.delete(teamUnits).where(eq(teamUnits.teamId, teamId));
  await executor.insert(teamUnits).values(rows.map((r) => ({ teamId, divisionCode, unitId: r.unitId, isLead: r.isLead })));
}

export async function villagesOf(executor: Executor, teamIds: readonly string[]) {
  if (teamIds.length === 0) return [];
  return executor
    .select()
    .from(teamVillages)
    .where(inArray(teamVillages.teamId, [...teamIds]))
    .orderBy(asc(teamVillages.divisionCode));
}

export async function unitsOf(executor: Executor, teamIds: readonly string[]) {
  if (teamIds.length === 0) return [];
  return executor
    .select({ teamId: teamUnits.teamId, unitId: teamUnits.unitId, isLead: teamUnits.isLead, name: units.name })
    .from(teamUnits)
    .innerJoin(units, eq(units.id, teamUnits.unitId))
    .where(inArray(teamUnits.teamId, [...teamIds]))
    .orderBy(desc(teamUnits.isLead), asc(units.pinyin));
}

/** The present leader's name and the number of members in post, per team. */
export async function rosterSummaries(executor: Executor, teamIds: readonly string[]) {
  if (teamIds.length === 0) return [];
  return executor
    .select({
      teamId: teamMembers.teamId,
      memberCount: count(),
      leaderName: sql<string | null>`max(case when ${inArray(teamMembers.role, [...leaderRoles])} then ${cadres.name} end)`,
    })
    .from(teamMembers)
    .innerJoin(cadres, eq(cadres.id, teamMembers.cadreId))
    .where(and(inArray(teamMembers.teamId, [...teamIds]), isNull(teamMembers.leftOn)))
    .groupBy(teamMembers.teamId);
}

/** Members in post first (leaders first), then those who left, latest first. */
export async function membersOf(executor: Executor, teamId: string, options: { activeOnly?: boolean } = {}): Promise<TeamMemberRow[]> {
  const filters = [eq(teamMembers.teamId, teamId)];
  if (options.activeOnly) filters.push(isNull(teamMembers.leftOn));
  return executor
    .select()
    .from(teamMembers)
    .where(and(...filters))
    .orderBy(
      sql`${teamMembers.leftOn} is not null`,
      sql`case when ${inArray(teamMembers.role, [...leaderRoles])} then 0 else 1 end`,
      asc(teamMembers.joinedOn),
      asc(teamMembers.createdAt),
    );
}

export async function findMember(executor: Executor, teamId: string, memberId: string): Promise<TeamMemberRow | undefined> {
  const [row] = await executor
    .select()
    .from(teamMembers)
    .where(and(eq(teamMembers.id, memberId), eq(teamMembers.teamId, teamId)));
  return row;
}

/** The team each of these cadres serves in now, if any. */
export async function activeMembershipsOf(executor: Executor, cadreIds: readonly string[]) {
  if (cadreIds.length === 0) return [];
  return executor
    .select({ cadreId: teamMembers.cadreId, teamId: teams.id, teamName: teams.name })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(inArray(teamMembers.cadreId, [...cadreIds]), isNull(teamMembers.leftOn)));
}

export async function insertMembers(
  executor: Executor,
  rows: readonly { teamId: string; cadreId: string; role: TeamRole; joinedOn: string; divisionCode: string }[],
): Promise<TeamMemberRow[]> {
  if (rows.length === 0) return [];
  return executor.insert(teamMembers).values([...rows]).returning();
}

export async function updateMember(
  executor: Executor,
  memberId: string,
  values: { role?: TeamRole; leftOn?: string; divisionCode?: string },
): Promise<TeamMemberRow> {
  const [row] = await executor.update(teamMembers).set(values).where(eq(teamMembers.id, memberId)).returning();
  return row!;
}

/** Everyone still in post leaves on the given day; answers who left. */
export async function endMemberships(executor: Executor, teamId: string, leftOn: string): Promise<TeamMemberRow[]> {
  return executor
    .update(teamMembers)
    .set({ leftOn })
    .where(and(eq(teamMembers.teamId, teamId), isNull(teamMembers.leftOn)))
    .returning();
}

/** The main village is the shard key of the team's rows; it follows when the main village changes. */
export async function moveTeamRows(executor: Executor, teamId: string, divisionCode: string): Promise<void> {
  await executor.update(teamMembers).set({ divisionCode }).where(eq(teamMembers.teamId, teamId));
}

export async function unitNames(executor: Executor, unitIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(unitIds)];
  if (unique.length === 0) return new Map();
  const rows = await executor.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}
