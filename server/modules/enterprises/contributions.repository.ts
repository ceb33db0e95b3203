import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { ListResult, Window } from '../../platform/db/paging.ts';
import type { ContributionExportQuery } from '../../../contracts/enterprises.ts';
import { divisions } from '../divisions/index.ts';
import { projects } from '../projects/index.ts';
import { enterpriseContributions as contributions, enterprisePairings as pairings, enterprises } from './enterprises.schema.ts';

export type ContributionRow = typeof contributions.$inferSelect;

/** A contribution is seen in its village's region and by the region that keeps its enterprise. */
function contributionInScope(scope: Scope): SQL {
  const kept = scope.divisionPrefix
    ? [sql`exists (select 1 from ${enterprises} where ${enterprises.id} = ${contributions.enterpriseId} and ${withinDivision(enterprises.divisionCode, scope.divisionPrefix)})`]
    : [];
  return scopeCondition(scope, { division: [contributions.divisionCode], extra: kept });
}

function yearRange(year: number): SQL[] {
  return [gte(contributions.givenOn, `${year}-01-01`), lte(contributions.givenOn, `${year}-12-31`)];
}

function filtersOf(scope: Scope, query: ContributionExportQuery): SQL | undefined {
  const filters: SQL[] = [contributionInScope(scope)];
  if (query.divisionCode) filters.push(withinDivision(contributions.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.kind) filters.push(eq(contributions.kind, query.kind));
  if (query.year) filters.push(...yearRange(query.year));
  if (query.enterpriseId) filters.push(eq(contributions.enterpriseId, query.enterpriseId));
  return and(...filters);
}

export function readContributions(executor: Executor, scope: Scope, query: ContributionExportQuery, window: Window): Promise<ContributionRow[]> {
  const column = { givenOn: contributions.givenOn, value: contributions.value }[query.sort];
  return executor
    .select()
    .from(contributions)
    .where(filtersOf(scope, query))
    .orderBy(query.order === 'desc' ? sql`${column} desc nulls last` : asc(column), desc(contributions.givenOn), asc(contributions.id))
    .limit(window.limit)
    .offset(window.offset);
}

export async function listContributions(executor: Executor, scope: Scope, query: ContributionExportQuery, window: Window): Promise<ListResult<ContributionRow>> {
  const items = await readContributions(executor, scope, query, window);
  const [row] = await executor.select({ total: count() }).from(contributions).where(filtersOf(scope, query));
  return { items, total: row?.total ?? 0 };
}

/** All contributions of the enterprise under the given pairings, newest first. */
export function contributionsUnder(executor: Executor, pairingIds: readonly string[]): Promise<ContributionRow[]> {
  if (pairingIds.length === 0) return Promise.resolve([]);
  return executor
    .select()
    .from(contributions)
    .where(inArray(contributions.pairingId, [...pairingIds]))
    .orderBy(desc(contributions.givenOn), desc(contributions.createdAt));
}

export async function findContribution(executor: Executor, enterpriseId: string, id: string): Promise<ContributionRow | undefined> {
  const [row] = await executor
    .select()
    .from(contributions)
    .where(and(eq(contributions.id, id), eq(contributions.enterpriseId, enterpriseId)));
  return row;
}

export async function insertContribution(executor: Executor, values: typeof contributions.$inferInsert): Promise<ContributionRow> {
  const [row] = await executor.insert(contributions).values(values).returning();
  return row!;
}

export async function deleteContribution(executor: Executor, id: string): Promise<void> {
  await executor.delete(contributions).where(eq(contributions.id, id));
}

export async function projectNames(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: projects.id, name: projects.name }).from(projects).where(inArray(projects.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export type GroupedFigures = { key: string; enterprises: number; villages: number; moneyAndGoods: string; purchases: string; jobs: number };

const moneySum = (filter: SQL) => sql<string>`coalesce(sum(${contributions.value}) filter (where ${filter}), 0)::numeric(14,2)::text`;
const jobsSum = sql<number>`coalesce(sum(${contributions.quantity}) filter (where ${contributions.kind} = 'jobs'), 0)::int`;

/**
 * What was given in a region, summed per key (the code's first `keyLength` digits), and who is paired
 * there now. keyLength 0 sums the whole region, so an enterprise paired in two townships counts once.
 */
export async function figuresByKey(executor: Executor, prefix: string, keyLength: number, year: number | null, today: string): Promise<Map<string, GroupedFigures>> {
  const keyOf = (column: typeof contributions.divisionCode | typeof pairings.divisionCode) =>
    keyLength === 0 ? sql<string>`''` : sql<string>`substring(${column}, 1, ${sql.raw(String(keyLength))})`;
  const given = await executor
    .select({
      key: keyOf(contributions.divisionCode),
      moneyAndGoods: moneySum(sql`${contributions.kind} in ('money', 'goods')`),
      purchases: moneySum(sql`${contributions.kind} = 'purchases'`),
      jobs: jobsSum,
    })
    .from(contributions)
    .where(and(withinDivision(contributions.divisionCode, prefix), ...(year ? yearRange(year) : [])))
    .groupBy(sql`1`);
  const paired = await executor
    .select({
      key: keyOf(pairings.divisionCode),
      enterprises: sql<number>`count(distinct ${pairings.enterpriseId})::int`,
      villages: sql<number>`count(distinct ${pairings.divisionCode})::int`,
    })
    .from(pairings)
    .where(and(withinDivision(pairings.divisionCode, prefix), lte(pairings.since, today), or(isNull(pairings.until), gte(pairings.until, today))))
    .groupBy(sql`1`);
  const out = new Map<string, GroupedFigures>();
  const entry = (key: string) => {
    let found = out.get(key);
    if (!found) out.set(key, (found = { key, enterprises: 0, villages: 0, moneyAndGoods: '0.00', purchases: '0.00', jobs: 0 }));
    return found;
  };
  for (const row of given) Object.assign(entry(row.key), { moneyAndGoods: row.moneyAndGoods, purchases: row.purchases, jobs: row.jobs });
  for (const row of paired) Object.assign(entry(row.key), { enterprises: row.enterprises, villages: row.villages });
  return out;
}

/**
 * Per village of a region (within the caller's scope): how many enterprises gave, money and goods,
 * purchases and jobs, for the area's statistics. `year` narrows the contributions to one year.
 */
export function enterpriseContributionTotals(executor: Executor, scope: Scope, regionCode: string | null, year: number | null = null) {
  const filters: SQL[] = [scopeCondition(scope, { division: [contributions.divisionCode] })];
  if (regionCode) filters.push(withinDivision(contributions.divisionCode, divisionPrefix(regionCode)));
  if (year) filters.push(...yearRange(year));
  return executor
    .select({
      divisionCode: contributions.divisionCode,
      enterprises: sql<number>`count(distinct ${contributions.enterpriseId})::int`,
      moneyAndGoods: moneySum(sql`${contributions.kind} in ('money', 'goods')`),
      purchases: moneySum(sql`${contributions.kind} = 'purchases'`),
      jobs: jobsSum,
    })
    .from(contributions)
    .where(and(...filters))
    .groupBy(contributions.divisionCode);
}

/** The child regions as the divisions table knows them, in code order. */
export function childRegions(executor: Executor, parentCode: string): Promise<{ code: string; name: string }[]> {
  return executor.select({ code: divisions.code, name: divisions.name }).from(divisions).where(eq(divisions.parentCode, parentCode)).orderBy(asc(divisions.code));
}
