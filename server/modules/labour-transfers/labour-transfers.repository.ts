import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, type ListResult, type Window } from '../../platform/db/paging.ts';
import type { LabourExportQuery } from '../../../contracts/labour-transfers.ts';
import { householdPersons, households } from '../households/index.ts';
import { labourTransfers } from './labour-transfers.schema.ts';

export type LabourRow = typeof labourTransfers.$inferSelect;

function inScope(scope: Scope): SQL {
  return scopeCondition(scope, { division: [labourTransfers.divisionCode] });
}

function currentOn(today: string): SQL {
  return and(lte(labourTransfers.startedOn, today), or(isNull(labourTransfers.endedOn), gte(labourTransfers.endedOn, today)))!;
}

function filtersOf(scope: Scope, query: LabourExportQuery, today: string): SQL | undefined {
  const filters: SQL[] = [inScope(scope)];
  if (query.divisionCode) filters.push(withinDivision(labourTransfers.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.householdId) filters.push(eq(labourTransfers.householdId, query.householdId));
  if (query.organized) filters.push(eq(labourTransfers.organized, query.organized));
  if (query.destination) filters.push(ilike(labourTransfers.destination, likePattern(query.destination)));
  if (query.current === true) filters.push(currentOn(today));
  if (query.current === false) filters.push(sql`not ${currentOn(today)}`);
  return and(...filters);
}

export function readTransfers(executor: Executor, scope: Scope, query: LabourExportQuery, today: string, window: Window): Promise<LabourRow[]> {
  const column = { startedOn: labourTransfers.startedOn, monthlyIncome: labourTransfers.monthlyIncome, createdAt: labourTransfers.createdAt }[query.sort];
  return executor
    .select()
    .from(labourTransfers)
    .where(filtersOf(scope, query, today))
    .orderBy(query.order === 'desc' ? desc(column) : asc(column), desc(labourTransfers.createdAt), asc(labourTransfers.id))
    .limit(window.limit)
    .offset(window.offset);
}

export async function listTransfers(executor: Executor, scope: Scope, query: LabourExportQuery, today: string, window: Window): Promise<ListResult<LabourRow>> {
  const items = await readTransfers(executor, scope, query, today, window);
  const [row] = await executor.select({ total: count() }).from(labourTransfers).where(filtersOf(scope, query, today));
  return { items, total: row?.total ?? 0 };
}

export async function findTransferInScope(executor: Executor, scope: Scope, id: string): Promise<LabourRow | undefined> {
  const [row] = await executor.select().from(labourTransfers).where(and(eq(labourTransfers.id, id), inScope(scope)));
  return row;
}

export async function lockTransfer(executor: Executor, scope: Scope, id: string): Promise<LabourRow | undefined> {
  const [row] = await executor.select().from(labourTransfers).where(and(eq(labourTransfers.id, id), inScope(scope))).for('update');
  return row;
}

/** Another record of the same person whose period meets [startedOn, endedOn] (open ends run on). */
export async function overlapping(executor: Executor, personId: string, startedOn: string, endedOn: string | null, exceptId: string | null): Promise<boolean> {
  const conditions: SQL[] = [
    eq(labourTransfers.personId, personId),
    or(isNull(labourTransfers.endedOn), gte(labourTransfers.endedOn, startedOn))!,
  ];
  if (endedOn) conditions.push(lte(labourTransfers.startedOn, endedOn));
  if (exceptId) conditions.push(ne(labourTransfers.id, exceptId));
  const [row] = await executor.select({ id: labourTransfers.id }).from(labourTransfers).where(and(...conditions)).limit(1);
  return row !== undefined;
}

export async function insertTransfer(executor: Executor, values: typeof labourTransfers.$inferInsert): Promise<LabourRow> {
  const [row] = await executor.insert(labourTransfers).values(values).returning();
  return row!;
}

export async function updateTransfer(executor: Executor, id: string, values: Partial<typeof labourTransfers.$inferInsert>): Promise<LabourRow> {
  const [row] = await executor
    .update(labourTransfers)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(labourTransfers.id, id))
    .returning();
  return row!;
}

export async function deleteTransfer(executor: Executor, id: string): Promise<void> {
  await executor.delete(labourTransfers).where(eq(labourTransfers.id, id));
}

/** Who is away today, per destination as written; the rules fold destinations into provinces. */
export function currentByDestination(executor: Executor, scope: Scope, regionCode: string | null, today: string) {
  const filters: SQL[] = [inScope(scope), currentOn(today)];
  if (regionCode) filters.push(withinDivision(labourTransfers.divisionCode, divisionPrefix(regionCode)));
  return executor
    .select({
      destination: labourTransfers.destination,
      people: sql<number>`count(*)::int`,
      organized: sql<number>`(count(*) filter (where ${labourTransfers.organized} = 'organized'))::int`,
      incomeSum: sql<number>`coalesce(sum(${labourTransfers.monthlyIncome}), 0)::float8`,
    })
    .from(labourTransfers)
    .where(and(...filters))
    .groupBy(labourTransfers.destination);
}

export async function personAndHouseholdNames(executor: Executor, personIds: readonly string[], householdIds: readonly string[]) {
  const [persons, families] = await Promise.all([
    personIds.length
      ? executor.select({ id: householdPersons.id, name: householdPersons.name }).from(householdPersons).where(inArray(householdPersons.id, [...new Set(personIds)]))
      : [],
    householdIds.length
      ? executor.select({ id: households.id, name: households.householderName }).from(households).where(inArray(households.id, [...new Set(householdIds)]))
      : [],
  ]);
  return { persons: new Map(persons.map((p) => [p.id, p.name])), households: new Map(families.map((h) => [h.id, h.name])) };
}
