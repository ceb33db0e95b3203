import { and, asc, count, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, type ListResult, type Window } from '../../platform/db/paging.ts';
import type { ShareExportQuery } from '../../../contracts/assets.ts';
import { households } from '../households/index.ts';
import { dividends, shares } from './assets.schema.ts';

export type ShareRow = typeof shares.$inferSelect;
export type DividendRow = typeof dividends.$inferSelect;

function inScope(scope: Scope): SQL {
  return scopeCondition(scope, { division: [shares.divisionCode] });
}

function filtersOf(scope: Scope, query: ShareExportQuery): SQL | undefined {
  const filters: SQL[] = [inScope(scope)];
  if (query.divisionCode) filters.push(withinDivision(shares.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.cooperative) filters.push(ilike(shares.cooperative, likePattern(query.cooperative)));
  if (query.householdId) filters.push(eq(shares.householdId, query.householdId));
  return and(...filters);
}

export function readShares(executor: Executor, scope: Scope, query: ShareExportQuery, window: Window): Promise<ShareRow[]> {
  const column = { cooperative: shares.cooperative, amount: shares.amount, since: shares.since }[query.sort];
  return executor
    .select()
    .from(shares)
    .where(filtersOf(scope, query))
    .orderBy(query.order === 'desc' ? desc(column) : asc(column), asc(shares.since), asc(shares.id))
    .limit(window.limit)
    .offset(window.offset);
}

export async function listShares(executor: Executor, scope: Scope, query: ShareExportQuery, window: Window): Promise<ListResult<ShareRow>> {
  const items = await readShares(executor, scope, query, window);
  const [row] = await executor.select({ total: count() }).from(shares).where(filtersOf(scope, query));
  return { items, total: row?.total ?? 0 };
}

export async function findShareInScope(executor: Executor, scope: Scope, id: string, lock = false): Promise<ShareRow | undefined> {
  const query = executor.select().from(shares).where(and(eq(shares.id, id), inScope(scope)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertShare(executor: Executor, values: typeof shares.$inferInsert): Promise<ShareRow> {
  const [row] = await executor.insert(shares).values(values).returning();
  return row!;
}

export async function dividendsOf(executor: Executor, shareIds: readonly string[]): Promise<DividendRow[]> {
  if (shareIds.length === 0) return [];
  return executor.select().from(dividends).where(inArray(dividends.shareId, [...shareIds])).orderBy(desc(dividends.year));
}

export async function dividendForYear(executor: Executor, shareId: string, year: number): Promise<DividendRow | undefined> {
  const [row] = await executor.select().from(dividends).where(and(eq(dividends.shareId, shareId), eq(dividends.year, year)));
  return row;
}

export async function insertDividend(executor: Executor, values: typeof dividends.$inferInsert): Promise<DividendRow> {
  const [row] = await executor.insert(dividends).values(values).returning();
  return row!;
}

export async function householderNames(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: households.id, name: households.householderName }).from(households).where(inArray(households.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

function regionFilters(scope: Scope, column: typeof shares.divisionCode | typeof dividends.divisionCode, regionCode: string | null): SQL[] {
  const filters: SQL[] = [scopeCondition(scope, { division: [column] })];
  if (regionCode) filters.push(withinDivision(column, divisionPrefix(regionCode)));
  return filters;
}

/** Shares held in a region, one row per share, for the per-cooperative summary. */
export function sharesIn(executor: Executor, scope: Scope, regionCode: string | null) {
  return executor
    .select({ cooperative: shares.cooperative, householdId: shares.householdId, amount: shares.amount })
    .from(shares)
    .where(and(...regionFilters(scope, shares.divisionCode, regionCode)));
}

/** Dividends paid in a region for a year, summed per cooperative. */
export function dividendsByCooperative(executor: Executor, scope: Scope, regionCode: string | null, year: number) {
  return executor
    .select({ cooperative: shares.cooperative, amount: sql<string>`sum(${dividends.amount})::numeric(14,2)::text` })
    .from(dividends)
    .innerJoin(shares, eq(shares.id, dividends.shareId))
    .where(and(eq(dividends.year, year), ...regionFilters(scope, dividends.divisionCode, regionCode)))
    .groupBy(shares.cooperative);
}

/** Dividends paid per village for a year: how many households and how much, for the area's statistics. */
export function dividendTotals(executor: Executor, scope: Scope, regionCode: string | null, year: number) {
  return executor
    .select({
      divisionCode: dividends.divisionCode,
      households: sql<number>`count(distinct ${dividends.householdId})::int`,
      amount: sql<string>`coalesce(sum(${dividends.amount}), 0)::numeric(14,2)::text`,
    })
    .from(dividends)
    .where(and(eq(dividends.year, year), ...regionFilters(scope, dividends.divisionCode, regionCode)))
    .groupBy(dividends.divisionCode);
}
