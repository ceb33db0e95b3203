import { and, asc, count, desc, eq, gte, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { ListResult, Window } from '../../platform/db/paging.ts';
import { storedFiles } from '../../platform/files/files.schema.ts';
import type { HouseholdStatus } from '../../../contracts/household-codes.ts';
import { households } from '../households/index.ts';
import { cadres } from '../cadres/index.ts';
import { divisions } from '../divisions/index.ts';
import { teamVillages } from '../teams/index.ts';
import { visits } from './visits.schema.ts';

export type VisitRow = typeof visits.$inferSelect;
export type NewVisitRow = typeof visits.$inferInsert;
export type VisitListRow = VisitRow & { householdCode: string; householderName: string; cadreName: string; villageName: string | null };

export const VISIT_PHOTO_OWNER = 'visit';

export type VisitFilters = {
  householdId?: string | undefined;
  cadreId?: string | undefined;
  divisionCode?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};
export type VisitOrder = { sort: 'visitedOn' | 'createdAt'; order: 'asc' | 'desc' };

/** The statuses the coverage leaves out, and those it counts only while the household is monitored. */
export type CoverageBasis = { excluded: readonly HouseholdStatus[]; onlyWhileMonitored: readonly HouseholdStatus[] };

function filtersOf(scope: Scope, filters: VisitFilters): SQL {
  const parts: SQL[] = [scopeCondition(scope, { division: [visits.divisionCode] })];
  if (filters.householdId) parts.push(eq(visits.householdId, filters.householdId));
  if (filters.cadreId) parts.push(eq(visits.cadreId, filters.cadreId));
  if (filters.divisionCode) parts.push(withinDivision(visits.divisionCode, divisionPrefix(filters.divisionCode)));
  if (filters.from) parts.push(gte(visits.visitedOn, filters.from));
  if (filters.to) parts.push(lte(visits.visitedOn, filters.to));
  return and(...parts)!;
}

const listColumns = {
  row: visits,
  householdCode: households.code,
  householderName: households.householderName,
  cadreName: cadres.name,
  villageName: divisions.name,
};

type Joined = { row: VisitRow; householdCode: string; householderName: string; cadreName: string; villageName: string | null };
const toListRow = (r: Joined): VisitListRow => ({ ...r.row, householdCode: r.householdCode, householderName: r.householderName, cadreName: r.cadreName, villageName: r.villageName });

function joined(executor: Executor) {
  return executor
    .select(listColumns)
    .from(visits)
    .innerJoin(households, eq(households.id, visits.householdId))
    .innerJoin(cadres, eq(cadres.id, visits.cadreId))
    .leftJoin(divisions, eq(divisions.code, visits.divisionCode));
}

/** One window of the list; ties broken by id so export windows never overlap. */
export async function readVisits(executor: Executor, scope: Scope, filters: VisitFilters, order: VisitOrder, window: Window): Promise<VisitListRow[]> {
  const direction = order.order === 'asc' ? asc : desc;
  const column = order.sort === 'createdAt' ? visits.createdAt : visits.visitedOn;
  const rows = await joined(executor)
    .where(filtersOf(scope, filters))
    .orderBy(direction(column), desc(visits.createdAt), asc(visits.id))
    .limit(window.limit)
    .offset(window.offset);
  return rows.map(toListRow);
}

export async function listVisits(executor: Executor, scope: Scope, filters: VisitFilters, order: VisitOrder, window: Window): Promise<ListResult<VisitListRow>> {
  const [items, [totalRow]] = await Promise.all([
    readVisits(executor, scope, filters, order, window),
    executor.select({ total: count() }).from(visits).where(filtersOf(scope, filters)),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

export async function findVisitInScope(executor: Executor, scope: Scope, visitId: string): Promise<VisitListRow | undefined> {
  const [row] = await joined(executor).where(and(eq(visits.id, visitId), filtersOf(scope, {})));
  return row ? toListRow(row) : undefined;
}

/** Locks the visit, so an edit, a photo and a removal do not cross. */
export async function lockVisit(executor: Executor, visitId: string): Promise<void> {
  await executor.select({ id: visits.id }).from(visits).where(eq(visits.id, visitId)).for('update');
}

export async function insertVisit(executor: Executor, values: NewVisitRow): Promise<VisitRow> {
  const [row] = await executor.insert(visits).values(values).returning();
  return row!;
}

export async function updateVisit(executor: Executor, visitId: string, values: Partial<NewVisitRow>): Promise<VisitRow> {
  const [row] = await executor
    .update(visits)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(visits.id, visitId))
    .returning();
  return row!;
}

export async function deleteVisit(executor: Executor, visitId: string): Promise<void> {
  await executor.delete(visits).where(eq(visits.id, visitId));
}

/** The photos go with the visit: files are owned by type and id, not by a foreign key. */
export async function deleteVisitPhotos(executor: Executor, visitId: string): Promise<number> {
  const rows = await executor
    .delete(storedFiles)
    .where(and(eq(storedFiles.ownerType, VISIT_PHOTO_OWNER), eq(storedFiles.ownerId, visitId)))
    .returning({ id: storedFiles.id });
  return rows.length;
}

function countedHouseholds(scope: Scope, basis: CoverageBasis, divisionCode: string | undefined): SQL {
  const parts: SQL[] = [scopeCondition(scope, { division: [households.divisionCode] })];
  if (basis.excluded.length > 0) parts.push(notInArray(households.status, [...basis.excluded]));
  if (basis.onlyWhileMonitored.length > 0) {
    parts.push(or(notInArray(households.status, [...basis.onlyWhileMonitored]), eq(households.monitoringState, 'monitoring'))!);
  }
  if (divisionCode) parts.push(withinDivision(households.divisionCode, divisionPrefix(divisionCode)));
  return and(...parts)!;
}

// Spelled out: inside the subquery an unqualified "id" would be the visit's.
const householdIdRef = sql`"households"."id"`;
const visitsWithin = (range: { from: string; to: string }) =>
  sql`(select count(*) from ${visits} v where v.household_id = ${householdIdRef} and v.visited_on >= ${range.from} and v.visited_on <= ${range.to})`;
const lastVisitWithin = (range: { from: string; to: string }) =>
  sql<string | null>`(select max(v.visited_on)::text from ${visits} v where v.household_id = ${householdIdRef} and v.visited_on >= ${range.from} and v.visited_on <= ${range.to})`;

export type VillageCoverage = { divisionCode: string; villageName: string | null; households: number; visited: number };

/** Per village: the households the coverage counts and how many of them had a visit in the range. */
export async function coverageByVillage(
  executor: Executor,
  scope: Scope,
  basis: CoverageBasis,
  range: { from: string; to: string },
  divisionCode?: string,
): Promise<VillageCoverage[]> {
  return executor
    .select({
      divisionCode: households.divisionCode,
      villageName: divisions.name,
      households: count(),
      visited: sql<number>`count(*) filter (where ${visitsWithin(range)} > 0)`.mapWith(Number),
    })
    .from(households)
    .leftJoin(divisions, eq(divisions.code, households.divisionCode))
    .where(countedHouseholds(scope, basis, divisionCode))
    .groupBy(households.divisionCode, divisions.name)
    .orderBy(asc(households.divisionCode));
}

export type HouseholdCoverageRow = {
  householdId: string;
  code: string;
  householderName: string;
  divisionCode: string;
  villageName: string | null;
  status: HouseholdStatus;
  visits: number;
  lastVisitedOn: string | null;
};

/** Each counted household with its visits in the range, those not visited first. */
export async function coverageHouseholds(
  executor: Executor,
  scope: Scope,
  basis: CoverageBasis,
  range: { from: string; to: string },
  divisionCode: string | undefined,
  window: Window,
): Promise<ListResult<HouseholdCoverageRow>> {
  const where = countedHouseholds(scope, basis, divisionCode);
  const visitCount = sql<number>`${visitsWithin(range)}`.mapWith(Number);
  const [items, [totalRow]] = await Promise.all([
    executor
      .select({
        householdId: households.id,
        code: households.code,
        householderName: households.householderName,
        divisionCode: households.divisionCode,
        villageName: divisions.name,
        status: households.status,
        visits: visitCount,
        lastVisitedOn: lastVisitWithin(range),
      })
      .from(households)
      .leftJoin(divisions, eq(divisions.code, households.divisionCode))
      .where(where)
      .orderBy(sql`${visitsWithin(range)} > 0`, asc(households.divisionCode), asc(households.pinyin), asc(households.id))
      .limit(window.limit)
      .offset(window.offset),
    executor.select({ total: count() }).from(households).where(where),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

/** The villages a team serves (a leader's "own village" may be several). */
export async function teamVillageCodes(executor: Executor, teamId: string): Promise<string[]> {
  const rows = await executor.select({ code: teamVillages.divisionCode }).from(teamVillages).where(eq(teamVillages.teamId, teamId));
  return rows.map((r) => r.code);
}
