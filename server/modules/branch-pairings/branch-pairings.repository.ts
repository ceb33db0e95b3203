import { and, asc, count, desc, eq, inArray, isNull, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, type Window } from '../../platform/db/paging.ts';
import { accounts } from '../../platform/auth/auth.schema.ts';
import type { PairingExportQuery } from '../../../contracts/branch-pairings.ts';
import { redFlagSteps, type PairingActivityKind, type RedFlagStep } from '../../../contracts/party-codes.ts';
import { partyMemberships, partyOrgs } from '../party-orgs/index.ts';
import { units } from '../units/index.ts';
import { branchPairingActivities, branchPairings, redFlagProgress } from './branch-pairings.schema.ts';

export type PairingRow = typeof branchPairings.$inferSelect;
export type NewPairingRow = typeof branchPairings.$inferInsert;
export type ActivityRow = typeof branchPairingActivities.$inferSelect;
export type NewActivityRow = typeof branchPairingActivities.$inferInsert;
export type RedFlagRow = typeof redFlagProgress.$inferSelect;
export type PartyOrgRow = typeof partyOrgs.$inferSelect;

const organ = alias(partyOrgs, 'organ');
const village = alias(partyOrgs, 'village');
// Drizzle writes a column unqualified in a one-table query; correlated subqueries spell out the outer table.
const outerId = sql`${branchPairings}.${sql.identifier('id')}`;
const outerOrgan = sql`${branchPairings}.${sql.identifier('organ_branch_id')}`;
const outerVillage = sql`${branchPairings}.${sql.identifier('village_branch_id')}`;

const memberCount = (orgId: SQL) =>
  sql<number>`(select count(*) from ${partyMemberships} m where m.party_org_id = ${orgId} and m.left_on is null)`.mapWith(Number);
const stepOrder = sql.raw(`array[${redFlagSteps.codes.map((c) => `'${c}'`).join(',')}]::text[]`);
const furthestStep = sql<RedFlagStep | null>`(select r.step from ${redFlagProgress} r where r.pairing_id = ${outerId} order by array_position(${stepOrder}, r.step) desc limit 1)`;
const activityCount = sql<number>`(select count(*) from ${branchPairingActivities} a where a.pairing_id = ${outerId})`.mapWith(Number);
const amountSum = sql<string>`(select coalesce(sum(a.amount), 0)::numeric(14,2)::text from ${branchPairingActivities} a where a.pairing_id = ${outerId})`;

const listColumns = {
  pairing: branchPairings,
  organName: organ.name,
  organDivision: organ.divisionCode,
  organUnitId: organ.unitId,
  unitName: units.name,
  villageName: village.name,
  villageDivision: village.divisionCode,
  organMembers: memberCount(outerOrgan),
  villageMembers: memberCount(outerVillage),
  redFlagStep: furthestStep,
  activityCount,
  amount: amountSum,
};
export type PairingListRow = {
  pairing: PairingRow;
  organName: string;
  organDivision: string;
  organUnitId: string | null;
  unitName: string | null;
  villageName: string;
  villageDivision: string;
  organMembers: number;
  villageMembers: number;
  redFlagStep: RedFlagStep | null;
  activityCount: number;
  amount: string;
};

/**
 * Visible pairings: the village in the region, the organ branch of the unit, or — for a signed-in
 * cadre — a pairing of a branch he is secretary of.
 */
export function pairingScopeCondition(scope: Scope, cadreId: string | null): SQL {
  const led = cadreId
    ? [
        sql`exists (select 1 from ${partyMemberships} pm where pm.cadre_id = ${cadreId} and pm.role = 'secretary' and pm.left_on is null and pm.party_org_id in (${outerOrgan}, ${outerVillage}))`,
      ]
    : [];
  return scopeCondition(scope, { division: [branchPairings.divisionCode], unit: [branchPairings.unitId], extra: led });
}

function filtersOf(visible: SQL, query: Partial<PairingExportQuery>): SQL | undefined {
  const filters: SQL[] = [visible];
  if (query.unitId) filters.push(eq(branchPairings.unitId, query.unitId));
  if (query.divisionCode) filters.push(withinDivision(branchPairings.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.active === 'true') filters.push(isNull(branchPairings.endedOn));
  if (query.active === 'false') filters.push(isNotNull(branchPairings.endedOn));
  if (query.redFlagStep === 'none') filters.push(sql`${furthestStep} is null`);
  else if (query.redFlagStep) filters.push(sql`${furthestStep} = ${query.redFlagStep}`);
  if (query.q) {
    const pattern = likePattern(query.q);
    filters.push(or(sql`${organ.name} ilike ${pattern}`, sql`${village.name} ilike ${pattern}`)!);
  }
  return and(...filters);
}

function orderOf(query: PairingExportQuery): SQL[] {
  const column = { startedOn: sql`${branchPairings.startedOn}`, divisionCode: sql`${branchPairings.divisionCode}`, activityCount }[query.sort];
  return [query.order === 'asc' ? asc(column) : desc(column), desc(branchPairings.createdAt), asc(branchPairings.id)];
}

function baseSelect(executor: Executor) {
  return executor
    .select(listColumns)
    .from(branchPairings)
    .innerJoin(organ, eq(organ.id, branchPairings.organBranchId))
    .innerJoin(village, eq(village.id, branchPairings.villageBranchId))
    .leftJoin(units, eq(units.id, branchPairings.unitId));
}

/** One window of the list without its count: an export reads window after window. */
export async function readPairings(executor: Executor, visible: SQL, query: PairingExportQuery, window: Window): Promise<PairingListRow[]> {
  return baseSelect(executor).where(filtersOf(visible, query)).orderBy(...orderOf(query)).limit(window.limit).offset(window.offset);
}

export async function countPairings(executor: Executor, visible: SQL, query: PairingExportQuery): Promise<number> {
  const [row] = await executor
    .select({ total: count() })
    .from(branchPairings)
    .innerJoin(organ, eq(organ.id, branchPairings.organBranchId))
    .innerJoin(village, eq(village.id, branchPairings.villageBranchId))
    .where(filtersOf(visible, query));
  return row?.total ?? 0;
}

export async function findPairing(executor: Executor, visible: SQL, id: string): Promise<PairingListRow | undefined> {
  const [row] = await baseSelect(executor).where(and(eq(branchPairings.id, id), visible));
  return row;
}

/** The row locked for a change, so two steps or an end and an activity do not cross. */
export async function lockPairing(executor: Executor, visible: SQL, id: string): Promise<PairingRow | undefined> {
  const [row] = await executor.select().from(branchPairings).where(and(eq(branchPairings.id, id), visible)).for('update');
  return row;
}

export async function findPartyOrg(executor: Executor, id: string): Promise<PartyOrgRow | undefined> {
  const [row] = await executor.select().from(partyOrgs).where(eq(partyOrgs.id, id));
  return row;
}

/** Whether the cadre is the secretary of either branch now. */
export async function leadsEither(executor: Executor, cadreId: string | null, orgIds: readonly string[]): Promise<boolean> {
  if (!cadreId) return false;
  const [row] = await executor
    .select({ id: partyMemberships.id })
    .from(partyMemberships)
    .where(and(eq(partyMemberships.cadreId, cadreId), eq(partyMemberships.role, 'secretary'), isNull(partyMemberships.leftOn), inArray(partyMemberships.partyOrgId, [...orgIds])))
    .limit(1);
  return !!row;
}

export async function findLivePairing(executor: Executor, organBranchId: string, villageBranchId: string): Promise<PairingRow | undefined> {
  const [row] = await executor
    .select()
    .from(branchPairings)
    .where(and(eq(branchPairings.organBranchId, organBranchId), eq(branchPairings.villageBranchId, villageBranchId), isNull(branchPairings.endedOn)));
  return row;
}

export async function insertPairing(executor: Executor, values: NewPairingRow): Promise<PairingRow> {
  const [row] = await executor.insert(branchPairings).values(values).returning();
  return row!;
}

export async function updatePairing(executor: Executor, id: string, values: Partial<NewPairingRow>): Promise<PairingRow> {
  const [row] = await executor.update(branchPairings).set({ ...values, updatedAt: new Date() }).where(eq(branchPairings.id, id)).returning();
  return row!;
}

/** The first and last dates recorded under a pairing (activities and steps), to keep its span around them. */
export async function recordedSpan(executor: Executor, pairingId: string): Promise<{ earliest: string | null; latest: string | null }> {
  const result = await executor.execute<{ earliest: string | null; latest: string | null }>(sql`
    select min(d)::text as earliest, max(d)::text as latest from (
      select happened_on as d from ${branchPairingActivities} where pairing_id = ${pairingId}
      union all
      select reached_on as d from ${redFlagProgress} where pairing_id = ${pairingId}
    ) dates`);
  const row = result.rows[0];
  return { earliest: row?.earliest ?? null, latest: row?.latest ?? null };
}

export async function listActivities(executor: Executor, pairingId: string): Promise<ActivityRow[]> {
  return executor
    .select()
    .from(branchPairingActivities)
    .where(eq(branchPairingActivities.pairingId, pairingId))
    .orderBy(desc(branchPairingActivities.happenedOn), desc(branchPairingActivities.createdAt), asc(branchPairingActivities.id));
}

export async function findActivity(executor: Executor, pairingId: string, activityId: string): Promise<ActivityRow | undefined> {
  const [row] = await executor
    .select()
    .from(branchPairingActivities)
    .where(and(eq(branchPairingActivities.id, activityId), eq(branchPairingActivities.pairingId, pairingId)));
  return row;
}

export async function insertActivity(executor: Executor, values: NewActivityRow): Promise<ActivityRow> {
  const [row] = await executor.insert(branchPairingActivities).values(values).returning();
  return row!;
}

export async function deleteActivity(executor: Executor, activityId: string): Promise<void> {
  await executor.delete(branchPairingActivities).where(eq(branchPairingActivities.id, activityId));
}

export type RedFlagWithName = RedFlagRow & { recordedByName: string | null };

export async function listRedFlag(executor: Executor, pairingId: string): Promise<RedFlagWithName[]> {
  const rows = await executor
    .select({ progress: redFlagProgress, recordedByName: accounts.displayName })
    .from(redFlagProgress)
    .leftJoin(accounts, eq(accounts.id, redFlagProgress.recordedBy))
    .where(eq(redFlagProgress.pairingId, pairingId))
    .orderBy(sql`array_position(${stepOrder}, ${redFlagProgress.step})`);
  return rows.map((r) => ({ ...r.progress, recordedByName: r.recordedByName }));
}

export async function insertRedFlag(executor: Executor, values: typeof redFlagProgress.$inferInsert): Promise<RedFlagRow> {
  const [row] = await executor.insert(redFlagProgress).values(values).returning();
  return row!;
}

/** The figures of the list header: pairings, live ones, activities by kind, money, steps reached. */
export async function summaryFigures(executor: Executor, visible: SQL, divisionCode: string | undefined) {
  const where = filtersOf(visible, { divisionCode });
  const [pairs] = await executor
    .select({ pairs: sql<number>`count(*)::int`, active: sql<number>`(count(*) filter (where ${branchPairings.endedOn} is null))::int` })
    .from(branchPairings)
    .where(where);
  const kinds = await executor
    .select({ kind: branchPairingActivities.kind, count: sql<number>`count(*)::int`, amount: sql<string>`coalesce(sum(${branchPairingActivities.amount}), 0)::text` })
    .from(branchPairingActivities)
    .innerJoin(branchPairings, eq(branchPairings.id, branchPairingActivities.pairingId))
    .where(where)
    .groupBy(branchPairingActivities.kind);
  const steps = await executor
    .select({ step: redFlagProgress.step, count: sql<number>`count(*)::int` })
    .from(redFlagProgress)
    .innerJoin(branchPairings, eq(branchPairings.id, redFlagProgress.pairingId))
    .where(where)
    .groupBy(redFlagProgress.step);
  return {
    pairs: pairs?.pairs ?? 0,
    active: pairs?.active ?? 0,
    kinds: kinds as { kind: PairingActivityKind; count: number; amount: string }[],
    steps: steps as { step: RedFlagStep; count: number }[],
  };
}

/**
 * Branches to pair. Organ branches: a unit's branches in the caller's unit or region. Village
 * branches: any branch sitting in a village, since a provincial unit pairs with villages far from it.
 */
export async function searchBranches(executor: Executor, scope: Scope, side: 'organ' | 'village', q: string | undefined, limit: number) {
  const filters: SQL[] = [eq(partyOrgs.kind, 'branch')];
  if (side === 'organ') {
    filters.push(isNotNull(partyOrgs.unitId), scopeCondition(scope, { division: [partyOrgs.divisionCode], unit: [partyOrgs.unitId] }));
  } else {
    filters.push(sql`right(${partyOrgs.divisionCode}, 3) <> '000'`);
  }
  if (q) filters.push(sql`${partyOrgs.name} ilike ${likePattern(q)}`);
  return executor
    .select({ id: partyOrgs.id, name: partyOrgs.name, divisionCode: partyOrgs.divisionCode, unitName: units.name })
    .from(partyOrgs)
    .leftJoin(units, eq(units.id, partyOrgs.unitId))
    .where(and(...filters))
    .orderBy(asc(partyOrgs.name), asc(partyOrgs.id))
    .limit(limit);
}
