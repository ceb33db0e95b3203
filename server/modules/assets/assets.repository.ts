import { and, asc, count, desc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { ListResult, Window } from '../../platform/db/paging.ts';
import type { AssetExportQuery } from '../../../contracts/assets.ts';
import { projects, projectVillages } from '../projects/index.ts';
import { assetChecks, assets } from './assets.schema.ts';

export type AssetRow = typeof assets.$inferSelect;
export type AssetCheckRow = typeof assetChecks.$inferSelect;

function inScope(scope: Scope): SQL {
  return scopeCondition(scope, { division: [assets.divisionCode] });
}

function filtersOf(scope: Scope, query: AssetExportQuery): SQL | undefined {
  const filters: SQL[] = [inScope(scope)];
  if (query.divisionCode) filters.push(withinDivision(assets.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.projectId) filters.push(eq(assets.projectId, query.projectId));
  if (query.kind) filters.push(eq(assets.kind, query.kind));
  if (query.condition) filters.push(eq(assets.condition, query.condition));
  return and(...filters);
}

export function readAssets(executor: Executor, scope: Scope, query: AssetExportQuery, window: Window): Promise<AssetRow[]> {
  const column = { handedOverOn: assets.handedOverOn, value: assets.value, name: assets.name }[query.sort];
  return executor
    .select()
    .from(assets)
    .where(filtersOf(scope, query))
    .orderBy(query.order === 'desc' ? desc(column) : asc(column), asc(assets.id))
    .limit(window.limit)
    .offset(window.offset);
}

export async function listAssets(executor: Executor, scope: Scope, query: AssetExportQuery, window: Window): Promise<ListResult<AssetRow>> {
  const items = await readAssets(executor, scope, query, window);
  const [row] = await executor.select({ total: count() }).from(assets).where(filtersOf(scope, query));
  return { items, total: row?.total ?? 0 };
}

export async function findAssetInScope(executor: Executor, scope: Scope, id: string, lock = false): Promise<AssetRow | undefined> {
  const query = executor.select().from(assets).where(and(eq(assets.id, id), inScope(scope)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertAsset(executor: Executor, values: typeof assets.$inferInsert): Promise<AssetRow> {
  const [row] = await executor.insert(assets).values(values).returning();
  return row!;
}

export async function updateAsset(executor: Executor, id: string, values: Partial<typeof assets.$inferInsert>): Promise<AssetRow> {
  const [row] = await executor
    .update(assets)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(assets.id, id))
    .returning();
  return row!;
}

export async function insertCheck(executor: Executor, values: typeof assetChecks.$inferInsert): Promise<AssetCheckRow> {
  const [row] = await executor.insert(assetChecks).values(values).returning();
  return row!;
}

export function checksOf(executor: Executor, assetId: string): Promise<AssetCheckRow[]> {
  return executor.select().from(assetChecks).where(eq(assetChecks.assetId, assetId)).orderBy(desc(assetChecks.checkedOn), desc(assetChecks.createdAt));
}

/** A project the account can see: by its own village or any village it serves. */
export async function findProjectInScope(executor: Executor, scope: Scope, id: string): Promise<{ id: string; name: string } | undefined> {
  const served = exists(
    executor
      .select({ one: sql`1` })
      .from(projectVillages)
      .where(and(eq(projectVillages.projectId, projects.id), scopeCondition(scope, { division: [projectVillages.divisionCode] }))),
  );
  const [row] = await executor
    .select({ id: projects.id, name: projects.name })
    .from(projects)
    .where(and(eq(projects.id, id), scopeCondition(scope, { division: [projects.divisionCode], extra: [served] })));
  return row;
}

export async function projectNames(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: projects.id, name: projects.name }).from(projects).where(inArray(projects.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function countProjectAssets(executor: Executor, projectId: string): Promise<number> {
  const [row] = await executor.select({ total: count() }).from(assets).where(eq(assets.projectId, projectId));
  return row?.total ?? 0;
}

/** Assets and their value per village, for the area's statistics. */
export function assetTotals(executor: Executor, scope: Scope, regionCode: string | null) {
  const filters: SQL[] = [inScope(scope)];
  if (regionCode) filters.push(withinDivision(assets.divisionCode, divisionPrefix(regionCode)));
  return executor
    .select({
      divisionCode: assets.divisionCode,
      assets: sql<number>`count(*)::int`,
      value: sql<string>`coalesce(sum(${assets.value}), 0)::numeric(14,2)::text`,
      needsCare: sql<number>`(count(*) filter (where ${assets.condition} in ('needs_repair', 'damaged')))::int`,
    })
    .from(assets)
    .where(and(...filters))
    .groupBy(assets.divisionCode);
}
