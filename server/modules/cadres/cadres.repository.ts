import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { inChunks, likePattern, offsetOf, type ListResult, type Page } from '../../platform/db/paging.ts';
import type { CadreExportQuery } from '../../../contracts/cadres.ts';
import { units } from '../units/index.ts';
import { cadrePlaces, cadres } from './cadres.schema.ts';

export type CadreRow = typeof cadres.$inferSelect;
export type NewCadreRow = typeof cadres.$inferInsert;

/** A cadre is seen where he is managed, where he is posted now, and by his own unit. */
export function cadreScopeCondition(scope: Scope): SQL {
  return scopeCondition(scope, { division: [cadres.divisionCode, cadres.postedDivisionCode], unit: [cadres.unitId] });
}

function filtersOf(scope: Scope, query: CadreExportQuery): SQL | undefined {
  const filters: SQL[] = [cadreScopeCondition(scope)];
  if (query.q) {
    const pattern = likePattern(query.q);
    filters.push(or(ilike(cadres.name, pattern), ilike(cadres.pinyin, pattern), ilike(cadres.initials, pattern))!);
  }
  if (query.unitId) filters.push(eq(cadres.unitId, query.unitId));
  if (query.partyStatus) filters.push(eq(cadres.partyStatus, query.partyStatus));
  if (query.gender) filters.push(eq(cadres.gender, query.gender));
  if (query.speciality) filters.push(sql`${query.speciality} = any(${cadres.specialities})`);
  if (query.posted === 'true') filters.push(isNotNull(cadres.postedDivisionCode));
  if (query.posted === 'false') filters.push(isNull(cadres.postedDivisionCode));
  if (query.divisionCode) {
    const prefix = divisionPrefix(query.divisionCode);
    filters.push(or(withinDivision(cadres.divisionCode, prefix), withinDivision(cadres.postedDivisionCode, prefix))!);
  }
  return and(...filters);
}

function orderOf(query: CadreExportQuery): SQL[] {
  const column = { name: cadres.pinyin, birthDate: cadres.birthDate, createdAt: cadres.createdAt }[query.sort];
  return [query.order === 'desc' ? desc(column) : asc(column), asc(cadres.id)];
}

export async function listCadres(executor: Executor, scope: Scope, query: CadreExportQuery & Page): Promise<ListResult<CadreRow>> {
  const where = filtersOf(scope, query);
  const [items, [totalRow]] = await Promise.all([
    executor.select().from(cadres).where(where).orderBy(...orderOf(query)).limit(query.pageSize).offset(offsetOf(query)),
    executor.select({ total: count() }).from(cadres).where(where),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

/** The rows of an export, a page at a time, so a large region never sits in memory at once. */
export function streamCadres(executor: Executor, scope: Scope, query: CadreExportQuery): AsyncGenerator<CadreRow[]> {
  const where = filtersOf(scope, query);
  return inChunks((window) => executor.select().from(cadres).where(where).orderBy(...orderOf(query)).limit(window.limit).offset(window.offset));
}

export async function findCadreInScope(executor: Executor, scope: Scope, cadreId: string): Promise<CadreRow | undefined> {
  const [row] = await executor.select().from(cadres).where(and(eq(cadres.id, cadreId), or(cadreScopeCondition(scope), placedInScope(scope))));
  return row;
}

export async function findCadresByIds(executor: Executor, cadreIds: readonly string[]): Promise<CadreRow[]> {
  if (cadreIds.length === 0) return [];
  return executor.select().from(cadres).where(inArray(cadres.id, [...new Set(cadreIds)]));
}

export async function findCadreByHash(executor: Executor, idNumberHash: string): Promise<CadreRow | undefined> {
  const [row] = await executor.select().from(cadres).where(eq(cadres.idNumberHash, idNumberHash));
  return row;
}

/** Which of these ID fingerprints are already registered. */
export async function findExistingHashes(executor: Executor, hashes: readonly string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await executor.select({ hash: cadres.idNumberHash }).from(cadres).where(inArray(cadres.idNumberHash, [...hashes]));
  return new Set(rows.map((r) => r.hash));
}

export async function insertCadre(executor: Executor, values: NewCadreRow): Promise<CadreRow> {
  const [row] = await executor.insert(cadres).values(values).returning();
  return row!;
}

export async function insertCadres(executor: Executor, values: NewCadreRow[]): Promise<{ id: string }[]> {
  if (values.length === 0) return [];
  return executor.insert(cadres).values(values).returning({ id: cadres.id });
}

export async function updateCadre(executor: Executor, cadreId: string, values: Partial<NewCadreRow>): Promise<CadreRow> {
  const [row] = await executor.update(cadres).set({ ...values, updatedAt: new Date() }).where(eq(cadres.id, cadreId)).returning();
  return row!;
}

export async function setCadrePosting(executor: Executor, cadreId: string, divisionCode: string | null): Promise<void> {
  await executor.update(cadres).set({ postedDivisionCode: divisionCode, updatedAt: new Date() }).where(eq(cadres.id, cadreId));
  if (divisionCode) await recordCadrePlace(executor, cadreId, divisionCode);
}

export async function recordCadrePlace(executor: Executor, cadreId: string, divisionCode: string): Promise<void> {
  await executor.insert(cadrePlaces).values({ cadreId, divisionCode }).onConflictDoNothing();
}

/**
 * A cadre once nominated or posted in the scope stays visible there one by one (his page, his
 * history); lists keep to where cadres are now, so their index-friendly filter stays as it is.
 */
function placedInScope(scope: Scope): SQL {
  if (scope.national || !scope.divisionPrefix) return sql`false`;
  return sql`exists (select 1 from ${cadrePlaces} where ${cadrePlaces.cadreId} = ${cadres.id} and ${withinDivision(cadrePlaces.divisionCode, scope.divisionPrefix)})`;
}

export async function findUnitNames(executor: Executor, unitIds: readonly string[]): Promise<Map<string, string>> {
  if (unitIds.length === 0) return new Map();
  const rows = await executor.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, [...new Set(unitIds)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Units of exactly this name anywhere; the import decides which of them the importer may use. */
export async function findUnitsNamed(executor: Executor, name: string): Promise<{ id: string; name: string; divisionCode: string }[]> {
  return executor.select({ id: units.id, name: units.name, divisionCode: units.divisionCode }).from(units).where(eq(units.name, name));
}
