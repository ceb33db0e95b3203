import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { scopeCondition, type Scope } from '../../platform/access/scope.ts';
import { likePattern, offsetOf, type ListResult, type Window } from '../../platform/db/paging.ts';
import { partyMemberships, partyOrgs } from './party-orgs.schema.ts';
import type { PartyOrgExportQuery, PartyOrgListQuery } from '../../../contracts/party-orgs.ts';
import { cadres, cadreScopeCondition, type CadreRow } from '../cadres/index.ts';

export type PartyOrgRow = typeof partyOrgs.$inferSelect;
export type NewPartyOrgRow = typeof partyOrgs.$inferInsert;
export type PartyOrgWithCounts = PartyOrgRow & { childCount: number; memberCount: number };
export type MembershipRow = typeof partyMemberships.$inferSelect;
export type NewMembershipRow = typeof partyMemberships.$inferInsert;
export type MembershipWithOrg = MembershipRow & { partyOrgName: string; partyOrgKind: PartyOrgRow['kind'] };

/**
 * Organizations in the region or of the unit; and, for a signed-in cadre, the ones he belongs to
 * (a team member sees his temporary branch though it sits under another unit).
 */
// Drizzle writes a column unqualified in a one-table query; inside a subquery that name would
// bind to the subquery's own table, so correlated references spell out the outer table.
const outerOrgId = sql`${partyOrgs}.${sql.identifier('id')}`;

export function partyOrgScopeCondition(scope: Scope, cadreId: string | null): SQL {
  return scopeCondition(scope, {
    division: [partyOrgs.divisionCode],
    unit: [partyOrgs.unitId],
    extra: cadreId
      ? [sql`exists (select 1 from ${partyMemberships} pm where pm.party_org_id = ${outerOrgId} and pm.cadre_id = ${cadreId} and pm.left_on is null)`]
      : [],
  });
}

const counts = {
  childCount: sql<number>`(select count(*) from ${partyOrgs} c where c.parent_id = ${outerOrgId})`.mapWith(Number),
  memberCount: sql<number>`(select count(*) from ${partyMemberships} m where m.party_org_id = ${outerOrgId} and m.left_on is null)`.mapWith(Number),
};
const withCounts = { org: partyOrgs, ...counts };
const flatten = (r: { org: PartyOrgRow; childCount: number; memberCount: number }): PartyOrgWithCounts => ({
  ...r.org,
  childCount: r.childCount,
  memberCount: r.memberCount,
});

function filtersOf(visible: SQL, query: PartyOrgExportQuery): SQL | undefined {
  const filters: SQL[] = [visible];
  if (query.parent === 'root') filters.push(isNull(partyOrgs.parentId));
  else if (query.parent) filters.push(eq(partyOrgs.parentId, query.parent));
  if (query.kind) filters.push(eq(partyOrgs.kind, query.kind));
  if (query.q) filters.push(ilike(partyOrgs.name, likePattern(query.q)));
  if (query.divisionCode) filters.push(eq(partyOrgs.divisionCode, query.divisionCode));
  return and(...filters);
}

export async function listPartyOrgs(executor: Executor, visible: SQL, query: PartyOrgListQuery): Promise<ListResult<PartyOrgWithCounts>> {
  const [items, [totalRow]] = await Promise.all([
    readPartyOrgs(executor, visible, query, { limit: query.pageSize, offset: offsetOf(query) }),
    executor.select({ total: count() }).from(partyOrgs).where(filtersOf(visible, query)),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

/** One window of the list without its count: an export reads window after window. */
export async function readPartyOrgs(executor: Executor, visible: SQL, query: PartyOrgExportQuery, window: Window): Promise<PartyOrgWithCounts[]> {
  const rows = await executor
    .select(withCounts)
    .from(partyOrgs)
    .where(filtersOf(visible, query))
    .orderBy(asc(partyOrgs.divisionCode), asc(partyOrgs.name), asc(partyOrgs.id))
    .limit(window.limit)
    .offset(window.offset);
  return rows.map(flatten);
}

export async function findPartyOrg(executor: Executor, visible: SQL, partyOrgId: string): Promise<PartyOrgWithCounts | undefined> {
  const [row] = await executor.select(withCounts).from(partyOrgs).where(and(eq(partyOrgs.id, partyOrgId), visible));
  return row ? flatten(row) : undefined;
}

export async function findPartyOrgNames(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await executor.select({ id: partyOrgs.id, name: partyOrgs.name }).from(partyOrgs).where(inArray(partyOrgs.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The organization itself and everything under it, to refuse a parent that would close a loop. */
export async function findSubtreeIds(executor: Executor, partyOrgId: string): Promise<Set<string>> {
  const result = await executor.execute<{ id: string }>(sql`
    with recursive subtree(id) as (
      select ${partyOrgId}::uuid
      union
      select o.id from ${partyOrgs} o join subtree s on o.parent_id = s.id
    )
    select id from subtree`);
  return new Set(result.rows.map((r) => r.id));
}

export async function insertPartyOrg(executor: Executor, values: NewPartyOrgRow): Promise<PartyOrgRow> {
  const [row] = await executor.insert(partyOrgs).values(values).returning();
  return row!;
}

export async function updatePartyOrg(executor: Executor, partyOrgId: string, values: Partial<NewPartyOrgRow>): Promise<PartyOrgRow> {
  const [row] = await executor.update(partyOrgs).set({ ...values, updatedAt: new Date() }).where(eq(partyOrgs.id, partyOrgId)).returning();
  return row!;
}

const membershipWithOrg = { membership: partyMemberships, partyOrgName: partyOrgs.name, partyOrgKind: partyOrgs.kind };
const flattenMembership = (r: { membership: MembershipRow; partyOrgName: string; partyOrgKind: PartyOrgRow['kind'] }): MembershipWithOrg => ({
  ...r.membership,
  partyOrgName: r.partyOrgName,
  partyOrgKind: r.partyOrgKind,
});
// Office-holders first, in the order of the Party's own rolls, then members by joining date.
const roleOrder = sql`array_position(array['secretary','deputy_secretary','organization_member','propaganda_member','discipline_member','member']::text[], ${partyMemberships.role})`;

export async function listMembers(executor: Executor, partyOrgId: string): Promise<MembershipWithOrg[]> {
  const rows = await executor
    .select(membershipWithOrg)
    .from(partyMemberships)
    .innerJoin(partyOrgs, eq(partyOrgs.id, partyMemberships.partyOrgId))
    .where(eq(partyMemberships.partyOrgId, partyOrgId))
    .orderBy(sql`${partyMemberships.leftOn} is not null`, roleOrder, asc(partyMemberships.joinedOn), asc(partyMemberships.createdAt));
  return rows.map(flattenMembership);
}

export async function listMembershipsOfCadre(executor: Executor, cadreId: string): Promise<MembershipWithOrg[]> {
  const rows = await executor
    .select(membershipWithOrg)
    .from(partyMemberships)
    .innerJoin(partyOrgs, eq(partyOrgs.id, partyMemberships.partyOrgId))
    .where(eq(partyMemberships.cadreId, cadreId))
    .orderBy(desc(partyMemberships.joinedOn), desc(partyMemberships.createdAt));
  return rows.map(flattenMembership);
}

export async function findMembership(executor: Executor, partyOrgId: string, membershipId: string): Promise<MembershipWithOrg | undefined> {
  const [row] = await executor
    .select(membershipWithOrg)
    .from(partyMemberships)
    .innerJoin(partyOrgs, eq(partyOrgs.id, partyMemberships.partyOrgId))
    .where(and(eq(partyMemberships.id, membershipId), eq(partyMemberships.partyOrgId, partyOrgId)));
  return row ? flattenMembership(row) : undefined;
}

export async function findActiveFormal(executor: Executor, cadreId: string): Promise<MembershipWithOrg | undefined> {
  const [row] = await executor
    .select(membershipWithOrg)
    .from(partyMemberships)
    .innerJoin(partyOrgs, eq(partyOrgs.id, partyMemberships.partyOrgId))
    .where(and(eq(partyMemberships.cadreId, cadreId), eq(partyMemberships.kind, 'formal'), isNull(partyMemberships.leftOn)));
  return row ? flattenMembership(row) : undefined;
}

export async function findActiveMember(executor: Executor, partyOrgId: string, cadreId: string): Promise<MembershipRow | undefined> {
  const [row] = await executor
    .select()
    .from(partyMemberships)
    .where(and(eq(partyMemberships.partyOrgId, partyOrgId), eq(partyMemberships.cadreId, cadreId), isNull(partyMemberships.leftOn)));
  return row;
}

export async function findActiveSecretary(executor: Executor, partyOrgId: string): Promise<MembershipRow | undefined> {
  const [row] = await executor
    .select()
    .from(partyMemberships)
    .where(and(eq(partyMemberships.partyOrgId, partyOrgId), eq(partyMemberships.role, 'secretary'), isNull(partyMemberships.leftOn)));
  return row;
}

export async function insertMembership(executor: Executor, values: NewMembershipRow): Promise<MembershipRow> {
  const [row] = await executor.insert(partyMemberships).values(values).returning();
  return row!;
}

export async function updateMembership(executor: Executor, membershipId: string, values: Partial<NewMembershipRow>): Promise<MembershipRow> {
  const [row] = await executor.update(partyMemberships).set(values).where(eq(partyMemberships.id, membershipId)).returning();
  return row!;
}

/** The organizations whose active secretary is this cadre: the ones a branch secretary keeps the roll of. */
export async function findOrgIdsLedBy(executor: Executor, cadreId: string): Promise<Set<string>> {
  const rows = await executor
    .select({ id: partyMemberships.partyOrgId })
    .from(partyMemberships)
    .where(and(eq(partyMemberships.cadreId, cadreId), eq(partyMemberships.role, 'secretary'), isNull(partyMemberships.leftOn)));
  return new Set(rows.map((r) => r.id));
}

/** Party members (formal or probationary) in the scope who are not in this organization now. */
export async function searchCandidates(executor: Executor, scope: Scope, partyOrgId: string, q: string | undefined, limit: number): Promise<CadreRow[]> {
  const filters: SQL[] = [
    cadreScopeCondition(scope),
    inArray(cadres.partyStatus, ['formal', 'probationary']),
    sql`not exists (select 1 from ${partyMemberships} pm where pm.cadre_id = ${cadres}.${sql.identifier('id')} and pm.party_org_id = ${partyOrgId} and pm.left_on is null)`,
  ];
  if (q) {
    const pattern = likePattern(q);
    filters.push(or(ilike(cadres.name, pattern), ilike(cadres.pinyin, pattern), ilike(cadres.initials, pattern))!);
  }
  return executor.select().from(cadres).where(and(...filters)).orderBy(asc(cadres.pinyin), asc(cadres.id)).limit(limit);
}
