import { and, asc, count, desc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, type Window } from '../../platform/db/paging.ts';
import type { LiaisonGroupExportQuery, LiaisonRole } from '../../../contracts/liaison-groups.ts';
import { cadres } from '../cadres/index.ts';
import { teamMembers, teams, teamScopeCondition, teamVillages } from '../teams/index.ts';
import { liaisonGroupMembers, liaisonGroups } from './liaison-groups.schema.ts';

export type LiaisonGroupRow = typeof liaisonGroups.$inferSelect;
export type NewLiaisonGroupRow = typeof liaisonGroups.$inferInsert;
export type NewLiaisonMemberRow = typeof liaisonGroupMembers.$inferInsert;

const outerId = sql`${liaisonGroups}.${sql.identifier('id')}`;
const memberCount = sql<number>`(select count(*) from ${liaisonGroupMembers} m where m.group_id = ${outerId})`.mapWith(Number);
const leaderTeamName = sql<string | null>`(select t.name from ${liaisonGroupMembers} m join ${teams} t on t.id = m.team_id where m.group_id = ${outerId} and m.role = 'leader' limit 1)`;

/**
 * Who may read a group: those whose region holds it, and those whose region holds one of its
 * member teams (a village's team sees the city's group it belongs to).
 */
export function visibleCondition(scope: Scope): SQL {
  if (scope.national) return sql`true`;
  const member = sql`exists (select 1 from ${liaisonGroupMembers} m join ${teams} on ${teams.id} = m.team_id where m.group_id = ${outerId} and ${teamScopeCondition(scope)})`;
  return scopeCondition(scope, { division: [liaisonGroups.divisionCode], extra: [member] });
}

function filtersOf(scope: Scope, query: Partial<LiaisonGroupExportQuery>, today: string): SQL | undefined {
  const filters: SQL[] = [visibleCondition(scope)];
  if (query.kind) filters.push(eq(liaisonGroups.kind, query.kind));
  if (query.active === 'true') filters.push(or(isNull(liaisonGroups.dissolvedOn), sql`${liaisonGroups.dissolvedOn} > ${today}`)!);
  if (query.active === 'false') filters.push(and(isNotNull(liaisonGroups.dissolvedOn), sql`${liaisonGroups.dissolvedOn} <= ${today}`)!);
  if (query.divisionCode) filters.push(withinDivision(liaisonGroups.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.teamId) filters.push(sql`exists (select 1 from ${liaisonGroupMembers} m where m.group_id = ${outerId} and m.team_id = ${query.teamId})`);
  if (query.q) filters.push(sql`${liaisonGroups.name} ilike ${likePattern(query.q)}`);
  return and(...filters);
}

function orderOf(query: LiaisonGroupExportQuery): SQL[] {
  const column = { establishedOn: liaisonGroups.establishedOn, name: liaisonGroups.name, createdAt: liaisonGroups.createdAt }[query.sort];
  return [query.order === 'asc' ? asc(column) : desc(column), asc(liaisonGroups.id)];
}

export type LiaisonGroupListRow = { group: LiaisonGroupRow; memberCount: number; leaderTeamName: string | null };

export async function readGroups(executor: Executor, scope: Scope, query: LiaisonGroupExportQuery, today: string, window: Window): Promise<LiaisonGroupListRow[]> {
  return executor
    .select({ group: liaisonGroups, memberCount, leaderTeamName })
    .from(liaisonGroups)
    .where(filtersOf(scope, query, today))
    .orderBy(...orderOf(query))
    .limit(window.limit)
    .offset(window.offset);
}

export async function countGroups(executor: Executor, scope: Scope, query: LiaisonGroupExportQuery, today: string): Promise<number> {
  const [row] = await executor.select({ total: count() }).from(liaisonGroups).where(filtersOf(scope, query, today));
  return row?.total ?? 0;
}

export async function findGroup(executor: Executor, scope: Scope, id: string): Promise<LiaisonGroupListRow | undefined> {
  const [row] = await executor
    .select({ group: liaisonGroups, memberCount, leaderTeamName })
    .from(liaisonGroups)
    .where(and(eq(liaisonGroups.id, id), visibleCondition(scope)));
  return row;
}

/** Locks a visible group for a change; whether the caller may change it is the service's call. */
export async function lockGroup(executor: Executor, scope: Scope, id: string): Promise<LiaisonGroupRow | undefined> {
  const [row] = await executor.select().from(liaisonGroups).where(and(eq(liaisonGroups.id, id), visibleCondition(scope))).for('update');
  return row;
}

export async function insertGroup(executor: Executor, values: NewLiaisonGroupRow): Promise<LiaisonGroupRow> {
  const [row] = await executor.insert(liaisonGroups).values(values).returning();
  return row!;
}

export async function updateGroup(executor: Executor, id: string, values: Partial<NewLiaisonGroupRow>): Promise<LiaisonGroupRow> {
  const [row] = await executor.update(liaisonGroups).set({ ...values, updatedAt: new Date() }).where(eq(liaisonGroups.id, id)).returning();
  return row!;
}

export async function deleteGroup(executor: Executor, id: string): Promise<void> {
  await executor.delete(liaisonGroups).where(eq(liaisonGroups.id, id));
}

export async function replaceMembers(executor: Executor, groupId: string, members: NewLiaisonMemberRow[]): Promise<void> {
  await executor.delete(liaisonGroupMembers).where(eq(liaisonGroupMembers.groupId, groupId));
  if (members.length > 0) await executor.insert(liaisonGroupMembers).values(members);
}

export type MemberRow = {
  groupId: string;
  teamId: string;
  teamName: string;
  divisionCode: string;
  role: LiaisonRole;
  contactCadreId: string | null;
  contactName: string | null;
};

/** Members of some groups with their team's and contact's names (never a phone), leading team first. */
export async function membersOfGroups(executor: Executor, groupIds: readonly string[]): Promise<MemberRow[]> {
  if (groupIds.length === 0) return [];
  const roleOrder = sql`case ${liaisonGroupMembers.role} when 'leader' then 0 when 'deputy' then 1 else 2 end`;
  return executor
    .select({
      groupId: liaisonGroupMembers.groupId,
      teamId: liaisonGroupMembers.teamId,
      teamName: teams.name,
      divisionCode: liaisonGroupMembers.divisionCode,
      role: liaisonGroupMembers.role,
      contactCadreId: liaisonGroupMembers.contactCadreId,
      contactName: cadres.name,
    })
    .from(liaisonGroupMembers)
    .innerJoin(teams, eq(teams.id, liaisonGroupMembers.teamId))
    .leftJoin(cadres, eq(cadres.id, liaisonGroupMembers.contactCadreId))
    .where(inArray(liaisonGroupMembers.groupId, [...groupIds]))
    .orderBy(asc(liaisonGroupMembers.groupId), roleOrder, asc(teams.name), asc(teams.id));
}

/** Of the teams asked, those whose main village or any village lies in the region, with their main village. */
export async function teamsInRegion(executor: Executor, teamIds: readonly string[], regionCode: string): Promise<Map<string, string>> {
  if (teamIds.length === 0) return new Map();
  const prefix = divisionPrefix(regionCode);
  const rows = await executor
    .select({ id: teams.id, divisionCode: teams.divisionCode })
    .from(teams)
    .where(
      and(
        inArray(teams.id, [...teamIds]),
        or(withinDivision(teams.divisionCode, prefix), sql`exists (select 1 from ${teamVillages} tv where tv.team_id = ${teams.id} and ${withinDivision(sql`tv.division_code`, prefix)})`),
      ),
    );
  return new Map(rows.map((r) => [r.id, r.divisionCode]));
}

/** Pairs (team, cadre) where the cadre serves in the team now. */
export async function activeServing(executor: Executor, pairs: readonly { teamId: string; cadreId: string }[]): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const rows = await executor
    .select({ teamId: teamMembers.teamId, cadreId: teamMembers.cadreId })
    .from(teamMembers)
    .where(and(inArray(teamMembers.teamId, pairs.map((p) => p.teamId)), inArray(teamMembers.cadreId, pairs.map((p) => p.cadreId)), isNull(teamMembers.leftOn)));
  return new Set(rows.map((r) => `${r.teamId}:${r.cadreId}`));
}

/** Groups a meeting set up, for the meeting's page (the meetings module decides who sees it). */
export async function groupsOfMeeting(executor: Executor, meetingId: string): Promise<{ id: string; name: string }[]> {
  return executor
    .select({ id: liaisonGroups.id, name: liaisonGroups.name })
    .from(liaisonGroups)
    .where(eq(liaisonGroups.meetingId, meetingId))
    .orderBy(asc(liaisonGroups.name), asc(liaisonGroups.id));
}
