import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { inChunks, likePattern, offsetOf, type ListResult, type Page } from '../../platform/db/paging.ts';
import type { HouseholdExportQuery } from '../../../contracts/households.ts';
import { householdCadres, householdIncomes, householdIndicators, householdPersons, households } from './households.schema.ts';

export type HouseholdRow = typeof households.$inferSelect;
export type NewHouseholdRow = typeof households.$inferInsert;
export type PersonRow = typeof householdPersons.$inferSelect;

/**
 * Who may see which households: the scope's subtree, narrowed for a paired cadre to the households
 * he is paired with now (`paired` set; a null cadreId then sees nothing).
 */
export type HouseholdAccess = { scope: Scope; paired: { cadreId: string | null } | null };

export function visibleCondition(access: HouseholdAccess): SQL {
  const inScope = scopeCondition(access.scope, { division: [households.divisionCode] });
  if (!access.paired) return inScope;
  if (!access.paired.cadreId) return sql`false`;
  const pairing = sql`exists (select 1 from ${householdCadres} where ${householdCadres.householdId} = ${households.id} and ${householdCadres.cadreId} = ${access.paired.cadreId} and ${householdCadres.until} is null)`;
  return and(inScope, pairing)!;
}

/** A household the scope holds, or undefined (which the caller answers with 404). */
export async function findHouseholdInScope(executor: Executor, scope: Scope, householdId: string): Promise<HouseholdRow | undefined> {
  return findVisibleHousehold(executor, { scope, paired: null }, householdId);
}

export async function findVisibleHousehold(executor: Executor, access: HouseholdAccess, householdId: string, forUpdate = false): Promise<HouseholdRow | undefined> {
  const query = executor.select().from(households).where(and(eq(households.id, householdId), visibleCondition(access)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findPersonInScope(executor: Executor, scope: Scope, personId: string): Promise<PersonRow | undefined> {
  const [row] = await executor
    .select()
    .from(householdPersons)
    .where(and(eq(householdPersons.id, personId), scopeCondition(scope, { division: [householdPersons.divisionCode] })));
  return row;
}

export function listPersons(executor: Executor, householdId: string): Promise<PersonRow[]> {
  // The householder first, then in the order they were registered, elders first among those registered together.
  return executor
    .select()
    .from(householdPersons)
    .where(eq(householdPersons.householdId, householdId))
    .orderBy(sql`${householdPersons.relation} = 'householder' desc`, householdPersons.createdAt, householdPersons.birthDate, householdPersons.id);
}

/** What an approved identification, exit, entry into monitoring or risk removal changes on the household. */
export type HouseholdStatusPatch = Partial<
  Pick<HouseholdRow, 'status' | 'identifiedYear' | 'exitedYear' | 'monitoringType' | 'monitoringState' | 'monitoringSince' | 'riskRemovedOn'>
>;

export async function applyHouseholdStatus(executor: Executor, householdId: string, patch: HouseholdStatusPatch): Promise<HouseholdRow> {
  const [row] = await executor
    .update(households)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(households.id, householdId))
    .returning();
  if (!row) throw new Error(`household ${householdId} vanished`);
  return row;
}

// The latest year's per-head income, for sorting; the figure shown is computed by the rules from the same row.
const latestPerHead = sql<number | null>`(select round((i.wage + i.business + i.property + i.transfer) / nullif(i.members, 0)) from ${householdIncomes} i where i.household_id = ${households.id} order by i.year desc limit 1)`;

function filtersOf(access: HouseholdAccess, query: HouseholdExportQuery): SQL {
  const filters: SQL[] = [visibleCondition(access)];
  if (query.q) {
    const pattern = likePattern(query.q);
    filters.push(or(ilike(households.householderName, pattern), ilike(households.pinyin, pattern), ilike(households.code, pattern))!);
  }
  if (query.divisionCode) filters.push(withinDivision(households.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.status) filters.push(eq(households.status, query.status));
  if (query.attribute) filters.push(eq(households.attribute, query.attribute));
  if (query.monitoringType) filters.push(eq(households.monitoringType, query.monitoringType));
  if (query.mainCause) filters.push(eq(households.mainCause, query.mainCause));
  if (query.indicatorGap) {
    const gap = sql`exists (select 1 from ${householdIndicators} where ${householdIndicators.householdId} = ${households.id} and ${householdIndicators.status} = 'unmet')`;
    filters.push(query.indicatorGap === 'true' ? gap : sql`not ${gap}`);
  }
  if (query.pairedCadreId) {
    filters.push(
      sql`exists (select 1 from ${householdCadres} where ${householdCadres.householdId} = ${households.id} and ${householdCadres.cadreId} = ${query.pairedCadreId} and ${householdCadres.until} is null)`,
    );
  }
  return and(...filters)!;
}

function orderOf(query: HouseholdExportQuery): SQL[] {
  const column = {
    code: sql`${households.code}`,
    householderName: sql`${households.pinyin}`,
    memberCount: sql`${households.memberCount}`,
    perHeadIncome: latestPerHead,
    createdAt: sql`${households.createdAt}`,
  }[query.sort];
  const direction = query.order === 'desc' ? sql`desc nulls last` : sql`asc nulls last`;
  return [sql`${column} ${direction}`, asc(households.id)];
}

export async function listHouseholds(executor: Executor, access: HouseholdAccess, query: HouseholdExportQuery & Page): Promise<ListResult<HouseholdRow>> {
  const where = filtersOf(access, query);
  const [items, [totalRow]] = await Promise.all([
    executor.select().from(households).where(where).orderBy(...orderOf(query)).limit(query.pageSize).offset(offsetOf(query)),
    executor.select({ total: count() }).from(households).where(where),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

export function streamHouseholds(executor: Executor, access: HouseholdAccess, query: HouseholdExportQuery): AsyncGenerator<HouseholdRow[]> {
  const where = filtersOf(access, query);
  return inChunks((window) => executor.select().from(households).where(where).orderBy(...orderOf(query)).limit(window.limit).offset(window.offset));
}

export async function insertHouseholdRow(executor: Executor, values: NewHouseholdRow): Promise<HouseholdRow> {
  const [row] = await executor.insert(households).values(values).returning();
  return row!;
}

export async function updateHouseholdRow(executor: Executor, householdId: string, values: Partial<NewHouseholdRow>): Promise<HouseholdRow> {
  const [row] = await executor.update(households).set({ ...values, updatedAt: new Date() }).where(eq(households.id, householdId)).returning();
  return row!;
}

export async function findHouseholdByCode(executor: Executor, code: string): Promise<HouseholdRow | undefined> {
  const [row] = await executor.select().from(households).where(eq(households.code, code));
  return row;
}

export async function findHouseholdsByIds(executor: Executor, ids: readonly string[]): Promise<HouseholdRow[]> {
  if (ids.length === 0) return [];
  return executor.select().from(households).where(inArray(households.id, [...new Set(ids)]));
}

/** The latest income row of each household, for the list's per-head column. */
export async function latestIncomes(executor: Executor, householdIds: readonly string[]) {
  if (householdIds.length === 0) return [];
  return executor
    .selectDistinctOn([householdIncomes.householdId])
    .from(householdIncomes)
    .where(inArray(householdIncomes.householdId, [...householdIds]))
    .orderBy(householdIncomes.householdId, desc(householdIncomes.year));
}

/** The current pairings of these households (until not set). */
export async function currentPairings(executor: Executor, householdIds: readonly string[]) {
  if (householdIds.length === 0) return [];
  return executor
    .select()
    .from(householdCadres)
    .where(and(inArray(householdCadres.householdId, [...householdIds]), isNull(householdCadres.until)))
    .orderBy(householdCadres.since);
}
