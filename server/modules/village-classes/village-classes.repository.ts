import { and, asc, count, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { Window } from '../../platform/db/paging.ts';
import { accounts } from '../../platform/auth/auth.schema.ts';
import type { VillageClassCode } from '../../../contracts/evaluation-codes.ts';
import type { VillageClassExportQuery } from '../../../contracts/village-classes.ts';
import { divisions } from '../divisions/index.ts';
import { units } from '../units/index.ts';
import { villageClasses } from './village-classes.schema.ts';

export type ClassRow = typeof villageClasses.$inferSelect;
export type NewClassRow = typeof villageClasses.$inferInsert;
export type ClassListRow = { row: ClassRow; villageName: string | null; decidedByName: string | null };

/** Visible classes: the village in the caller's region, or — for a unit's account — a class its unit answers for. */
export function classScopeCondition(scope: Scope): SQL {
  const backed = scope.unitId ? [sql`${scope.unitId}::uuid = any(${villageClasses.backingUnitIds})`] : [];
  return scopeCondition(scope, { division: [villageClasses.divisionCode], extra: backed });
}

function filtersOf(visible: SQL, query: Partial<VillageClassExportQuery>): SQL | undefined {
  const filters: SQL[] = [visible];
  if (query.divisionCode) filters.push(withinDivision(villageClasses.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.year !== undefined) filters.push(eq(villageClasses.year, query.year));
  if (query.classCode) filters.push(eq(villageClasses.classCode, query.classCode));
  return and(...filters);
}

function orderOf(query: VillageClassExportQuery): SQL[] {
  const column = {
    year: sql`${villageClasses.year}`,
    divisionCode: sql`${villageClasses.divisionCode}`,
    classCode: sql`${villageClasses.classCode}`,
    updatedAt: sql`${villageClasses.updatedAt}`,
  }[query.sort];
  return [query.order === 'asc' ? asc(column) : desc(column), desc(villageClasses.year), asc(villageClasses.id)];
}

function baseSelect(executor: Executor) {
  return executor
    .select({ row: villageClasses, villageName: divisions.name, decidedByName: accounts.displayName })
    .from(villageClasses)
    .leftJoin(divisions, eq(divisions.code, villageClasses.divisionCode))
    .leftJoin(accounts, eq(accounts.id, villageClasses.decidedBy));
}

export async function readClasses(executor: Executor, visible: SQL, query: VillageClassExportQuery, window: Window): Promise<ClassListRow[]> {
  return baseSelect(executor).where(filtersOf(visible, query)).orderBy(...orderOf(query)).limit(window.limit).offset(window.offset);
}

export async function countClasses(executor: Executor, visible: SQL, query: VillageClassExportQuery): Promise<number> {
  const [row] = await executor.select({ total: count() }).from(villageClasses).where(filtersOf(visible, query));
  return row?.total ?? 0;
}

export async function findClass(executor: Executor, visible: SQL, id: string): Promise<ClassListRow | undefined> {
  const [row] = await baseSelect(executor).where(and(eq(villageClasses.id, id), visible));
  return row;
}

/** Every year's class of one village, latest first. */
export async function classesOfVillage(executor: Executor, code: string): Promise<ClassListRow[]> {
  return baseSelect(executor).where(eq(villageClasses.divisionCode, code)).orderBy(desc(villageClasses.year));
}

export async function lockClass(executor: Executor, visible: SQL, id: string): Promise<ClassRow | undefined> {
  const [row] = await executor.select().from(villageClasses).where(and(eq(villageClasses.id, id), visible)).for('update');
  return row;
}

export async function findClassOfYear(executor: Executor, code: string, year: number): Promise<ClassRow | undefined> {
  const [row] = await executor.select().from(villageClasses).where(and(eq(villageClasses.divisionCode, code), eq(villageClasses.year, year)));
  return row;
}

export async function insertClass(executor: Executor, values: NewClassRow): Promise<ClassRow> {
  const [row] = await executor.insert(villageClasses).values(values).returning();
  return row!;
}

export async function updateClass(executor: Executor, id: string, values: Partial<NewClassRow>): Promise<ClassRow> {
  const [row] = await executor.update(villageClasses).set({ ...values, updatedAt: new Date() }).where(eq(villageClasses.id, id)).returning();
  return row!;
}

export async function deleteClass(executor: Executor, id: string): Promise<void> {
  await executor.delete(villageClasses).where(eq(villageClasses.id, id));
}

export async function classCounts(executor: Executor, visible: SQL, divisionCode: string | undefined, year: number) {
  const rows = await executor
    .select({ classCode: villageClasses.classCode, count: sql<number>`count(*)::int` })
    .from(villageClasses)
    .where(filtersOf(visible, { divisionCode, year }))
    .groupBy(villageClasses.classCode);
  return rows as { classCode: VillageClassCode; count: number }[];
}

export async function unitNames(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await executor.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function findVillage(executor: Executor, code: string) {
  const [row] = await executor
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(and(eq(divisions.code, code), eq(divisions.level, 'village')));
  return row;
}

/** Whether the unit answers for any class of the village, so a unit's account may open its page. */
export async function unitBacksVillage(executor: Executor, unitId: string, code: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: villageClasses.id })
    .from(villageClasses)
    .where(and(eq(villageClasses.divisionCode, code), sql`${unitId}::uuid = any(${villageClasses.backingUnitIds})`))
    .limit(1);
  return !!row;
}

/** Each village's class for the year, or the latest before it when that year is not classed yet. */
export async function latestClasses(executor: Executor, codes: readonly string[], year: number): Promise<Map<string, ClassRow>> {
  if (codes.length === 0) return new Map();
  const rows = await executor
    .selectDistinctOn([villageClasses.divisionCode])
    .from(villageClasses)
    .where(and(inArray(villageClasses.divisionCode, [...new Set(codes)]), lte(villageClasses.year, year)))
    .orderBy(villageClasses.divisionCode, desc(villageClasses.year));
  return new Map(rows.map((r) => [r.divisionCode, r]));
}
