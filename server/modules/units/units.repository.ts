import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, offsetOf, type ListResult, type Window } from '../../platform/db/paging.ts';
import { unitDivisions, units } from './units.schema.ts';
import type { UnitExportQuery, UnitListQuery } from '../../../contracts/units.ts';

export type UnitRow = typeof units.$inferSelect;
export type NewUnitRow = typeof units.$inferInsert;

export function unitScopeCondition(scope: Scope): SQL {
  return scopeCondition(scope, {
    division: [units.divisionCode],
    unit: [units.id],
    extra: scope.divisionPrefix
      ? [sql`exists (select 1 from ${unitDivisions} ud where ud.unit_id = ${units.id} and ${withinDivision(sql`ud.division_code`, scope.divisionPrefix)})`]
      : [],
  });
}

function filtersOf(scope: Scope, query: UnitExportQuery & { mode: UnitListQuery['mode'] }): SQL | undefined {
  const filters: SQL[] = [];
  if (query.mode === 'scope') filters.push(unitScopeCondition(scope));
  if (query.q) {
    const pattern = likePattern(query.q);
    filters.push(or(ilike(units.name, pattern), ilike(units.initials, pattern), ilike(units.pinyin, pattern))!);
  }
  if (query.type) filters.push(eq(units.type, query.type));
  if (query.divisionCode) filters.push(eq(units.divisionCode, query.divisionCode));
  return and(...filters);
}

function orderOf(query: UnitExportQuery): SQL[] {
  const sortColumn = { name: units.pinyin, type: units.type, createdAt: units.createdAt }[query.sort];
  return [query.order === 'desc' ? desc(sortColumn) : asc(sortColumn), asc(units.id)];
}

export async function listUnits(executor: Executor, scope: Scope, query: UnitListQuery): Promise<ListResult<UnitRow>> {
  const where = filtersOf(scope, query);
  const [items, [totalRow]] = await Promise.all([
    executor.select().from(units).where(where).orderBy(...orderOf(query)).limit(query.pageSize).offset(offsetOf(query)),
    executor.select({ total: count() }).from(units).where(where),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

/** One window of the caller's own units, for an export. */
export function readUnitsInScope(executor: Executor, scope: Scope, query: UnitExportQuery, window: Window): Promise<UnitRow[]> {
  const where = filtersOf(scope, { ...query, mode: 'scope' });
  return executor.select().from(units).where(where).orderBy(...orderOf(query)).limit(window.limit).offset(window.offset);
}

export async function findUnitInScope(executor: Executor, scope: Scope, unitId: string): Promise<UnitRow | undefined> {
  const [row] = await executor.select().from(units).where(and(eq(units.id, unitId), unitScopeCondition(scope)));
  return row;
}

export async function findUnitById(executor: Executor, unitId: string): Promise<UnitRow | undefined> {
  const [row] = await executor.select().from(units).where(eq(units.id, unitId));
  return row;
}

export async function findUnitByName(executor: Executor, name: string, divisionCode: string): Promise<UnitRow | undefined> {
  const [row] = await executor
    .select()
    .from(units)
    .where(and(eq(units.name, name), eq(units.divisionCode, divisionCode)));
  return row;
}

export async function insertUnit(executor: Executor, values: NewUnitRow): Promise<UnitRow> {
  const [row] = await executor.insert(units).values(values).returning();
  return row!;
}

export async function updateUnit(executor: Executor, unitId: string, values: Partial<NewUnitRow>): Promise<UnitRow> {
  const [row] = await executor.update(units).set({ ...values, updatedAt: new Date() }).where(eq(units.id, unitId)).returning();
  return row!;
}

export async function insertUnitDivisions(executor: Executor, rows: { unitId: string; divisionCode: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await executor.insert(unitDivisions).values(rows).onConflictDoNothing();
}
