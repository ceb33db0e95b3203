import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, offsetOf, type ListResult, type Window } from '../../platform/db/paging.ts';
import { partyMemberships, partyOrgs, partyOrgTeams } from './party-orgs.schema.ts';
import type { TemporaryBranchExportQuery, TemporaryBranchListQuery } from '../../../contracts/temporary-branches.ts';
import { cadres, cadreScopeCondition } from '../cadres/index.ts';
import { teamMembers, teams } from '../teams/index.ts';
import type { PartyOrgRow } from './party-orgs.repository.ts';

export type BranchRow = PartyOrgRow & { memberCount: number };

const outerOrgId = sql`${partyOrgs}.${sql.identifier('id')}`;
const memberCount = sql<number>`(select count(*) from ${partyMemberships} m where m.party_org_id = ${outerOrgId} and m.left_on is null)`.mapWith(Number);

function filtersOf(visible: SQL, query: TemporaryBranchExportQuery): SQL | undefined {
  const filters: SQL[] = [visible, eq(partyOrgs.kind, 'temporary_branch')];
  if (query.status) filters.push(eq(partyOrgs.status, query.status));
  if (query.divisionCode) filters.push(withinDivision(partyOrgs.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.q) filters.push(ilike(partyOrgs.name, likePattern(query.q)));
  return and(...filters);
}

const sortColumns = { createdAt: partyOrgs.createdAt, name: partyOrgs.name, establishedOn: partyOrgs.establishedOn };

export async function readBranches(executor: Executor, visible: SQL, query: TemporaryBranchExportQuery, window: Window): Promise<BranchRow[]> {
  const direction = query.order === 'asc' ? asc : desc;
  const rows = await executor
    .select({ org: partyOrgs, memberCount })
    .from(partyOrgs)
    .where(filtersOf(visible, query))
    .orderBy(direction(sortColumns[query.sort]), asc(partyOrgs.id))
    .limit(window.limit)
    .offset(window.offset);
  return rows.map((r) => ({ ...r.org, memberCount: r.memberCount }));
}

export async function listBranches(executor: Executor, visible: SQL, query: TemporaryBranchListQuery): Promise<ListResult<BranchRow>> {
  const [items, [totalRow]] = await Promise.all([
    readBranches(executor, visible, query, { limit: query.pageSize, offset: offsetOf(query) }),
    executor.select({ total: count() }).from(partyOrgs).where(filtersOf(visible, query)),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

export async function findBranch(executor: Executor, visible: SQL, id: string, lock = false): Promise<BranchRow | undefined> {
  const query = executor
    .select({ org: partyOrgs, memberCount })
    .from(partyOrgs)
    .where(and(eq(partyOrgs.id, id), eq(partyOrgs.kind, 'temporary_branch'), visible));
  const [row] = lock ? await query.for('update', { of: partyOrgs }) : await query;
  return row ? { ...row.org, memberCount: row.memberCount } : undefined;
}

export async function insertBranchTeams(executor: Executor, partyOrgId: string, teamIds: readonly string[]): Promise<void> {
  if (teamIds.length === 0) return;
  await executor.insert(partyOrgTeams).values(teamIds.map((teamId) => ({ partyOrgId, teamId })));
}

export async function teamsOfBranch(executor: Executor, partyOrgId: string): Promise<{ id: string; name: string }[]> {
  return executor
    .select({ id: teams.id, name: teams.name })
    .from(partyOrgTeams)
    .innerJoin(teams, eq(teams.id, partyOrgTeams.teamId))
    .where(eq(partyOrgTeams.partyOrgId, partyOrgId))
    .orderBy(asc(teams.name));
}

export async function findTeams(executor: Executor, teamIds: readonly string[]): Promise<{ id: string; name: string; divisionCode: string }[]> {
  if (teamIds.length === 0) return [];
  return executor.select({ id: teams.id, name: teams.name, divisionCode: teams.divisionCode }).from(teams).where(inArray(teams.id, [...teamIds]));
}

/** The teams this cadre leads now: a team leader asks for a branch on them. */
export async function teamIdsLedBy(executor: Executor, cadreId: string): Promise<Set<string>> {
  const rows = await executor
    .select({ teamId: teamMembers.teamId })
    .from(teamMembers)
    .where(and(eq(teamMembers.cadreId, cadreId), isNull(teamMembers.leftOn), inArray(teamMembers.role, ['leader_first_secretary', 'leader'])));
  return new Set(rows.map((r) => r.teamId));
}

/** Each cadre's formal organization now, where his relation stays while he serves in a branch [004]. */
export async function formalOrgsOf(executor: Executor, cadreIds: readonly string[]): Promise<Map<string, { id: string; name: string }>> {
  if (cadreIds.length === 0) return new Map();
  const rows = await executor
    .select({ cadreId: partyMemberships.cadreId, id: partyOrgs.id, name: partyOrgs.name })
    .from(partyMemberships)
    .innerJoin(partyOrgs, eq(partyOrgs.id, partyMemberships.partyOrgId))
    .where(and(inArray(partyMemberships.cadreId, [...new Set(cadreIds)]), eq(partyMemberships.kind, 'formal'), isNull(partyMemberships.leftOn)));
  return new Map(rows.map((r) => [r.cadreId, { id: r.id, name: r.name }]));
}

export type RollEntry = { membershipId: string; cadreId: string; name: string; partyStatus: string; role: string; joinedOn: string | null };

/** The members on the roll now, with the party standing of each. */
export async function activeRoll(executor: Executor, partyOrgId: string): Promise<RollEntry[]> {
  return executor
    .select({
      membershipId: partyMemberships.id,
      cadreId: partyMemberships.cadreId,
      name: cadres.name,
      partyStatus: cadres.partyStatus,
      role: partyMemberships.role,
      joinedOn: partyMemberships.joinedOn,
    })
    .from(partyMemberships)
    .innerJoin(cadres, eq(cadres.id, partyMemberships.cadreId))
    .where(and(eq(partyMemberships.partyOrgId, partyOrgId), isNull(partyMemberships.leftOn)));
}

export async function endAllMemberships(executor: Executor, partyOrgId: string, leftOn: string): Promise<number> {
  const rows = await executor
    .update(partyMemberships)
    .set({ leftOn })
    .where(and(eq(partyMemberships.partyOrgId, partyOrgId), isNull(partyMemberships.leftOn)))
    .returning({ id: partyMemberships.id });
  return rows.length;
}

/** Elected posts are set afresh: everyone back to member, then the officers named. */
export async function setOfficers(executor: Executor, partyOrgId: string, officers: readonly { cadreId: string; role: string }[]): Promise<void> {
  await executor
    .update(partyMemberships)
    .set({ role: 'member' })
    .where(and(eq(partyMemberships.partyOrgId, partyOrgId), isNull(partyMemberships.leftOn)));
  for (const officer of officers) {
    await executor
      .update(partyMemberships)
      .set({ role: officer.role as typeof partyMemberships.$inferInsert.role })
      .where(and(eq(partyMemberships.partyOrgId, partyOrgId), eq(partyMemberships.cadreId, officer.cadreId), isNull(partyMemberships.leftOn)));
  }
}

export type CandidateRow = { cadreId: string; name: string; partyStatus: string; teamName: string | null };

function onTeamsCondition(teamIds: readonly string[]): SQL | null {
  if (teamIds.length === 0) return null;
  const ids = sql.join(
    teamIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return sql`exists (select 1 from ${teamMembers} tm where tm.cadre_id = ${cadres}.${sql.identifier('id')} and tm.left_on is null and tm.team_id in (${ids}))`;
}

/** Of these cadres, the ones the caller may put on a roll: in his scope, or serving on the chosen teams. */
export async function reachableCadreIds(executor: Executor, scope: Scope, teamIds: readonly string[], cadreIds: readonly string[]): Promise<Set<string>> {
  if (cadreIds.length === 0) return new Set();
  const onTeams = onTeamsCondition(teamIds);
  const rows = await executor
    .select({ id: cadres.id })
    .from(cadres)
    .where(and(inArray(cadres.id, [...cadreIds]), onTeams ? or(cadreScopeCondition(scope), onTeams) : cadreScopeCondition(scope)));
  return new Set(rows.map((r) => r.id));
}

/** Party members in the caller's scope or serving on the chosen teams, for the member picker. */
export async function searchBranchCandidates(
  executor: Executor,
  scope: Scope,
  filter: { divisionCode?: string | undefined; teamIds: readonly string[]; q?: string | undefined },
  limit: number,
): Promise<CandidateRow[]> {
  const onTeams = onTeamsCondition(filter.teamIds);
  const filters: SQL[] = [inArray(cadres.partyStatus, ['formal', 'probationary'])];
  filters.push(onTeams ? or(cadreScopeCondition(scope), onTeams)! : cadreScopeCondition(scope));
  if (filter.divisionCode && !onTeams) {
    const prefix = divisionPrefix(filter.divisionCode);
    filters.push(or(withinDivision(cadres.divisionCode, prefix), withinDivision(cadres.postedDivisionCode, prefix))!);
  }
  if (filter.q) {
    const pattern = likePattern(filter.q);
    filters.push(or(ilike(cadres.name, pattern), ilike(cadres.pinyin, pattern), ilike(cadres.initials, pattern))!);
  }
  const teamName = sql<string | null>`(select t.name from ${teamMembers} tm join ${teams} t on t.id = tm.team_id where tm.cadre_id = ${cadres}.${sql.identifier('id')} and tm.left_on is null limit 1)`;
  return executor
    .select({ cadreId: cadres.id, name: cadres.name, partyStatus: cadres.partyStatus, teamName })
    .from(cadres)
    .where(and(...filters))
    .orderBy(asc(cadres.pinyin), asc(cadres.id))
    .limit(limit);
}
