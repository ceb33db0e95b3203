import { and, asc, count, desc, eq, ilike, inArray, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, type ListResult, type Window } from '../../platform/db/paging.ts';
import type {
  CooperativeExportQuery,
  CoreFarmerExportQuery,
  DemoBaseExportQuery,
  DemoHouseholdExportQuery,
  PioneerPostExportQuery,
} from '../../../contracts/industry.ts';
import { households } from '../households/index.ts';
import { cooperatives, coreFarmers, demoBases, demoHouseholds, pioneerPosts } from './industry.schema.ts';

export type CooperativeRow = typeof cooperatives.$inferSelect;
export type DemoBaseRow = typeof demoBases.$inferSelect;
export type DemoHouseholdRow = typeof demoHouseholds.$inferSelect;
export type PioneerPostRow = typeof pioneerPosts.$inferSelect;
export type CoreFarmerRow = typeof coreFarmers.$inferSelect;

type Common = { divisionCode?: string | undefined; q?: string | undefined; order: 'asc' | 'desc' };

/** Scope, the division filter and the search, the parts every list of the module shares. */
function shared(scope: Scope, division: AnyColumn, query: Common, search: (pattern: string) => SQL[]): SQL[] {
  const filters: SQL[] = [scopeCondition(scope, { division: [division] })];
  if (query.divisionCode) filters.push(withinDivision(division, divisionPrefix(query.divisionCode)));
  if (query.q) filters.push(or(...search(likePattern(query.q)))!);
  return filters;
}

/** The chosen column, then the newest first and the id, so windows of an export never overlap. */
function ordered(query: Common, column: AnyColumn, createdAt: AnyColumn, id: AnyColumn): SQL[] {
  return [query.order === 'asc' ? sql`${column} asc nulls last` : sql`${column} desc nulls last`, desc(createdAt), asc(id)];
}

function householdNamed(pattern: string, column: AnyColumn): SQL {
  return inArray(column, sql`(select ${households.id} from ${households} where ${ilike(households.householderName, pattern)})`);
}

async function totalOf(executor: Executor, table: PgTable, where: SQL | undefined): Promise<number> {
  const [row] = await executor.select({ total: count() }).from(table).where(where);
  return row?.total ?? 0;
}

// ---- cooperatives ----
function cooperativeWhere(scope: Scope, query: CooperativeExportQuery) {
  const c = cooperatives;
  return and(...shared(scope, c.divisionCode, query, (p) => [ilike(c.name, p), ilike(c.product, p), ilike(c.leaderName, p)]));
}
export function readCooperatives(executor: Executor, scope: Scope, query: CooperativeExportQuery, window: Window): Promise<CooperativeRow[]> {
  const c = cooperatives;
  return executor
    .select()
    .from(c)
    .where(cooperativeWhere(scope, query))
    .orderBy(...ordered(query, c[query.sort], c.createdAt, c.id))
    .limit(window.limit)
    .offset(window.offset);
}
export async function listCooperatives(executor: Executor, scope: Scope, query: CooperativeExportQuery, window: Window): Promise<ListResult<CooperativeRow>> {
  const items = await readCooperatives(executor, scope, query, window);
  return { items, total: await totalOf(executor, cooperatives, cooperativeWhere(scope, query)) };
}
export async function findCooperative(executor: Executor, scope: Scope, id: string, forUpdate = false): Promise<CooperativeRow | undefined> {
  const q = executor.select().from(cooperatives).where(and(eq(cooperatives.id, id), scopeCondition(scope, { division: [cooperatives.divisionCode] })));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}
export async function insertCooperative(executor: Executor, values: typeof cooperatives.$inferInsert): Promise<CooperativeRow> {
  const [row] = await executor.insert(cooperatives).values(values).returning();
  return row!;
}
export async function updateCooperative(executor: Executor, id: string, values: Partial<typeof cooperatives.$inferInsert>): Promise<CooperativeRow> {
  const [row] = await executor.update(cooperatives).set({ ...values, updatedAt: new Date() }).where(eq(cooperatives.id, id)).returning();
  return row!;
}
export async function deleteCooperative(executor: Executor, id: string): Promise<void> {
  await executor.delete(cooperatives).where(eq(cooperatives.id, id));
}
export async function basesOfCooperative(executor: Executor, id: string): Promise<number> {
  return totalOf(executor, demoBases, eq(demoBases.cooperativeId, id));
}

// ---- demo bases, gardens ----
function demoBaseWhere(scope: Scope, query: DemoBaseExportQuery) {
  const b = demoBases;
  const filters = shared(scope, b.divisionCode, query, (p) => [ilike(b.name, p), ilike(b.product, p)]);
  if (query.kind) filters.push(eq(b.kind, query.kind));
  return and(...filters);
}
export function readDemoBases(executor: Executor, scope: Scope, query: DemoBaseExportQuery, window: Window): Promise<DemoBaseRow[]> {
  const b = demoBases;
  return executor
    .select()
    .from(b)
    .where(demoBaseWhere(scope, query))
    .orderBy(...ordered(query, b[query.sort], b.createdAt, b.id))
    .limit(window.limit)
    .offset(window.offset);
}
export async function listDemoBases(executor: Executor, scope: Scope, query: DemoBaseExportQuery, window: Window): Promise<ListResult<DemoBaseRow>> {
  const items = await readDemoBases(executor, scope, query, window);
  return { items, total: await totalOf(executor, demoBases, demoBaseWhere(scope, query)) };
}
export async function findDemoBase(executor: Executor, scope: Scope, id: string, forUpdate = false): Promise<DemoBaseRow | undefined> {
  const q = executor.select().from(demoBases).where(and(eq(demoBases.id, id), scopeCondition(scope, { division: [demoBases.divisionCode] })));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}
export async function insertDemoBase(executor: Executor, values: typeof demoBases.$inferInsert): Promise<DemoBaseRow> {
  const [row] = await executor.insert(demoBases).values(values).returning();
  return row!;
}
export async function updateDemoBase(executor: Executor, id: string, values: Partial<typeof demoBases.$inferInsert>): Promise<DemoBaseRow> {
  const [row] = await executor.update(demoBases).set({ ...values, updatedAt: new Date() }).where(eq(demoBases.id, id)).returning();
  return row!;
}
export async function deleteDemoBase(executor: Executor, id: string): Promise<void> {
  await executor.delete(demoBases).where(eq(demoBases.id, id));
}

// ---- demo households ----
function demoHouseholdWhere(scope: Scope, query: DemoHouseholdExportQuery) {
  const h = demoHouseholds;
  const filters = shared(scope, h.divisionCode, query, (p) => [ilike(h.product, p), householdNamed(p, h.householdId)]);
  if (query.cadreId) filters.push(eq(h.cadreId, query.cadreId));
  return and(...filters);
}
export function readDemoHouseholds(executor: Executor, scope: Scope, query: DemoHouseholdExportQuery, window: Window): Promise<DemoHouseholdRow[]> {
  const h = demoHouseholds;
  return executor
    .select()
    .from(h)
    .where(demoHouseholdWhere(scope, query))
    .orderBy(...ordered(query, h[query.sort], h.createdAt, h.id))
    .limit(window.limit)
    .offset(window.offset);
}
export async function listDemoHouseholds(executor: Executor, scope: Scope, query: DemoHouseholdExportQuery, window: Window): Promise<ListResult<DemoHouseholdRow>> {
  const items = await readDemoHouseholds(executor, scope, query, window);
  return { items, total: await totalOf(executor, demoHouseholds, demoHouseholdWhere(scope, query)) };
}
export async function findDemoHousehold(executor: Executor, scope: Scope, id: string, forUpdate = false): Promise<DemoHouseholdRow | undefined> {
  const q = executor.select().from(demoHouseholds).where(and(eq(demoHouseholds.id, id), scopeCondition(scope, { division: [demoHouseholds.divisionCode] })));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}
/** Serializes writes of one cadre's demonstration households, so two at once cannot both pass the one-per-household check. */
export async function lockCadreDemoHouseholds(executor: Executor, cadreId: string): Promise<void> {
  await executor.execute(sql`select pg_advisory_xact_lock(hashtext(${`demo_households:${cadreId}`}))`);
}
export async function findDemoHouseholdPair(executor: Executor, cadreId: string, householdId: string): Promise<DemoHouseholdRow | undefined> {
  const [row] = await executor.select().from(demoHouseholds).where(and(eq(demoHouseholds.cadreId, cadreId), eq(demoHouseholds.householdId, householdId)));
  return row;
}
export async function insertDemoHousehold(executor: Executor, values: typeof demoHouseholds.$inferInsert): Promise<DemoHouseholdRow> {
  const [row] = await executor.insert(demoHouseholds).values(values).returning();
  return row!;
}
export async function updateDemoHousehold(executor: Executor, id: string, values: Partial<typeof demoHouseholds.$inferInsert>): Promise<DemoHouseholdRow> {
  const [row] = await executor.update(demoHouseholds).set({ ...values, updatedAt: new Date() }).where(eq(demoHouseholds.id, id)).returning();
  return row!;
}
export async function deleteDemoHousehold(executor: Executor, id: string): Promise<void> {
  await executor.delete(demoHouseholds).where(eq(demoHouseholds.id, id));
}

// ---- pioneer posts ----
function pioneerPostWhere(scope: Scope, query: PioneerPostExportQuery) {
  const p = pioneerPosts;
  return and(...shared(scope, p.divisionCode, query, (pattern) => [ilike(p.name, pattern), ilike(p.holderName, pattern), ilike(p.duty, pattern)]));
}
export function readPioneerPosts(executor: Executor, scope: Scope, query: PioneerPostExportQuery, window: Window): Promise<PioneerPostRow[]> {
  const p = pioneerPosts;
  return executor
    .select()
    .from(p)
    .where(pioneerPostWhere(scope, query))
    .orderBy(...ordered(query, p[query.sort], p.createdAt, p.id))
    .limit(window.limit)
    .offset(window.offset);
}
export async function listPioneerPosts(executor: Executor, scope: Scope, query: PioneerPostExportQuery, window: Window): Promise<ListResult<PioneerPostRow>> {
  const items = await readPioneerPosts(executor, scope, query, window);
  return { items, total: await totalOf(executor, pioneerPosts, pioneerPostWhere(scope, query)) };
}
export async function findPioneerPost(executor: Executor, scope: Scope, id: string, forUpdate = false): Promise<PioneerPostRow | undefined> {
  const q = executor.select().from(pioneerPosts).where(and(eq(pioneerPosts.id, id), scopeCondition(scope, { division: [pioneerPosts.divisionCode] })));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}
export async function insertPioneerPost(executor: Executor, values: typeof pioneerPosts.$inferInsert): Promise<PioneerPostRow> {
  const [row] = await executor.insert(pioneerPosts).values(values).returning();
  return row!;
}
export async function updatePioneerPost(executor: Executor, id: string, values: Partial<typeof pioneerPosts.$inferInsert>): Promise<PioneerPostRow> {
  const [row] = await executor.update(pioneerPosts).set({ ...values, updatedAt: new Date() }).where(eq(pioneerPosts.id, id)).returning();
  return row!;
}
export async function deletePioneerPost(executor: Executor, id: string): Promise<void> {
  await executor.delete(pioneerPosts).where(eq(pioneerPosts.id, id));
}

// ---- core farmers ----
function coreFarmerWhere(scope: Scope, query: CoreFarmerExportQuery) {
  const f = coreFarmers;
  return and(...shared(scope, f.divisionCode, query, (p) => [ilike(f.name, p), ilike(f.skill, p)]));
}
export function readCoreFarmers(executor: Executor, scope: Scope, query: CoreFarmerExportQuery, window: Window): Promise<CoreFarmerRow[]> {
  const f = coreFarmers;
  return executor
    .select()
    .from(f)
    .where(coreFarmerWhere(scope, query))
    .orderBy(...ordered(query, f[query.sort], f.createdAt, f.id))
    .limit(window.limit)
    .offset(window.offset);
}
export async function listCoreFarmers(executor: Executor, scope: Scope, query: CoreFarmerExportQuery, window: Window): Promise<ListResult<CoreFarmerRow>> {
  const items = await readCoreFarmers(executor, scope, query, window);
  return { items, total: await totalOf(executor, coreFarmers, coreFarmerWhere(scope, query)) };
}
export async function findCoreFarmer(executor: Executor, scope: Scope, id: string, forUpdate = false): Promise<CoreFarmerRow | undefined> {
  const q = executor.select().from(coreFarmers).where(and(eq(coreFarmers.id, id), scopeCondition(scope, { division: [coreFarmers.divisionCode] })));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}
export async function insertCoreFarmer(executor: Executor, values: typeof coreFarmers.$inferInsert): Promise<CoreFarmerRow> {
  const [row] = await executor.insert(coreFarmers).values(values).returning();
  return row!;
}
export async function updateCoreFarmer(executor: Executor, id: string, values: Partial<typeof coreFarmers.$inferInsert>): Promise<CoreFarmerRow> {
  const [row] = await executor.update(coreFarmers).set({ ...values, updatedAt: new Date() }).where(eq(coreFarmers.id, id)).returning();
  return row!;
}
export async function deleteCoreFarmer(executor: Executor, id: string): Promise<void> {
  await executor.delete(coreFarmers).where(eq(coreFarmers.id, id));
}
