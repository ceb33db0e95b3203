import { and, asc, count, desc, eq, gte, ilike, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, type ListResult, type Window } from '../../platform/db/paging.ts';
import type { DonationExportQuery } from '../../../contracts/donations.ts';
import { cadres } from '../cadres/index.ts';
import { divisions } from '../divisions/index.ts';
import { projects, projectVillages } from '../projects/index.ts';
import { donations } from './donations.schema.ts';

export type DonationRow = typeof donations.$inferSelect;
export type NewDonationRow = typeof donations.$inferInsert;
export type DonationListRow = DonationRow & { arrangedByName: string | null; projectName: string | null };
/** Sums as the database gives them: numeric text, counts as integers. */
export type RawFigures = { money: string; goods: string; count: number; donors: number };

function inScope(scope: Scope): SQL {
  return scopeCondition(scope, { division: [donations.divisionCode] });
}

function receivedIn(year: number): SQL {
  return and(gte(donations.receivedOn, `${year}-01-01`), lt(donations.receivedOn, `${year + 1}-01-01`))!;
}

function filtersOf(scope: Scope, query: DonationExportQuery): SQL | undefined {
  const filters: SQL[] = [inScope(scope)];
  if (query.divisionCode) filters.push(withinDivision(donations.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.projectId) filters.push(eq(donations.projectId, query.projectId));
  if (query.donorKind) filters.push(eq(donations.donorKind, query.donorKind));
  if (query.form) filters.push(eq(donations.form, query.form));
  if (query.year) filters.push(receivedIn(query.year));
  if (query.q) filters.push(ilike(donations.donor, likePattern(query.q)));
  return and(...filters);
}

function orderOf(query: DonationExportQuery): SQL[] {
  const column = { receivedOn: donations.receivedOn, value: donations.value }[query.sort];
  return [query.order === 'asc' ? asc(column) : desc(column), desc(donations.createdAt), asc(donations.id)];
}

function baseSelect(executor: Executor) {
  return executor
    .select({ donation: donations, arrangedByName: cadres.name, projectName: projects.name })
    .from(donations)
    .leftJoin(cadres, eq(cadres.id, donations.arrangedByCadreId))
    .leftJoin(projects, eq(projects.id, donations.projectId));
}

function flatten(rows: { donation: DonationRow; arrangedByName: string | null; projectName: string | null }[]): DonationListRow[] {
  return rows.map((r) => ({ ...r.donation, arrangedByName: r.arrangedByName, projectName: r.projectName }));
}

/** One window of the list without its count: an export reads window after window. */
export async function readDonations(executor: Executor, scope: Scope, query: DonationExportQuery, window: Window): Promise<DonationListRow[]> {
  const rows = await baseSelect(executor).where(filtersOf(scope, query)).orderBy(...orderOf(query)).limit(window.limit).offset(window.offset);
  return flatten(rows);
}

const figures = {
  money: sql<string>`coalesce(sum(${donations.value}) filter (where ${donations.form} = 'money'), 0)::numeric(14,2)::text`,
  goods: sql<string>`coalesce(sum(${donations.value}) filter (where ${donations.form} = 'goods'), 0)::numeric(14,2)::text`,
  count: sql<number>`count(*)::int`,
  donors: sql<number>`count(distinct ${donations.donor})::int`,
};

export async function listDonations(
  executor: Executor,
  scope: Scope,
  query: DonationExportQuery,
  window: Window,
): Promise<ListResult<DonationListRow> & { totals: RawFigures }> {
  const items = await readDonations(executor, scope, query, window);
  const [totals] = await executor.select(figures).from(donations).where(filtersOf(scope, query));
  return { items, total: totals?.count ?? 0, totals: totals! };
}

export async function findDonationInScope(executor: Executor, scope: Scope, id: string): Promise<DonationListRow | undefined> {
  const rows = await baseSelect(executor).where(and(eq(donations.id, id), inScope(scope)));
  return flatten(rows)[0];
}

export async function lockDonationInScope(executor: Executor, scope: Scope, id: string): Promise<DonationRow | undefined> {
  const [row] = await executor
    .select()
    .from(donations)
    .where(and(eq(donations.id, id), inScope(scope)))
    .for('update');
  return row;
}

export async function insertDonation(executor: Executor, values: NewDonationRow): Promise<DonationRow> {
  const [row] = await executor.insert(donations).values(values).returning();
  return row!;
}

export async function updateDonation(executor: Executor, id: string, values: Partial<NewDonationRow>): Promise<DonationRow> {
  const [row] = await executor.update(donations).set({ ...values, updatedAt: new Date() }).where(eq(donations.id, id)).returning();
  return row!;
}

export async function deleteDonation(executor: Executor, id: string): Promise<void> {
  await executor.delete(donations).where(eq(donations.id, id));
}

/**
 * Whether a village already holds a receipt number, other than on `exceptId`. The caller holds the
 * lock of receiptLock first, so two clerks typing the same number cannot both pass.
 */
export async function receiptTaken(executor: Executor, divisionCode: string, receiptNo: string, exceptId: string | null): Promise<boolean> {
  const filters = [eq(donations.divisionCode, divisionCode), eq(donations.receiptNo, receiptNo)];
  if (exceptId) filters.push(ne(donations.id, exceptId));
  const [row] = await executor.select({ n: count() }).from(donations).where(and(...filters));
  return (row?.n ?? 0) > 0;
}

export async function receiptLock(executor: Executor, divisionCode: string, receiptNo: string): Promise<void> {
  await executor.execute(sql`select pg_advisory_xact_lock(hashtext(${`donation-receipt:${divisionCode}:${receiptNo}`}))`);
}

/** Whether a project serves a village (project_villages lists every village it serves). */
export async function projectServes(executor: Executor, projectId: string, divisionCode: string): Promise<boolean> {
  const [row] = await executor
    .select({ n: count() })
    .from(projectVillages)
    .where(and(eq(projectVillages.projectId, projectId), eq(projectVillages.divisionCode, divisionCode)));
  return (row?.n ?? 0) > 0;
}

export type DonationArea = { scope: Scope; prefix: string | null; year: number | null };

function areaFilters(area: DonationArea): SQL | undefined {
  const filters: SQL[] = [inScope(area.scope)];
  if (area.prefix) filters.push(withinDivision(donations.divisionCode, area.prefix));
  if (area.year) filters.push(receivedIn(area.year));
  return and(...filters);
}

/** The figures of an area grouped by the first `keyLength` digits of the village code: one group per child region. */
export async function figuresByChild(executor: Executor, area: DonationArea, keyLength: number): Promise<Map<string, RawFigures>> {
  const key = sql<string>`substring(${donations.divisionCode}, 1, ${sql.raw(String(keyLength))})`;
  const rows = await executor
    .select({ key, ...figures })
    .from(donations)
    .where(areaFilters(area))
    .groupBy(key);
  return new Map(rows.map(({ key: k, ...raw }) => [k, raw]));
}

export function figuresByKind(executor: Executor, area: DonationArea) {
  return executor.select({ donorKind: donations.donorKind, ...figures }).from(donations).where(areaFilters(area)).groupBy(donations.donorKind);
}

/** Donors counted once over the whole area, not once per child. */
export async function figuresOfArea(executor: Executor, area: DonationArea): Promise<RawFigures> {
  const [row] = await executor.select(figures).from(donations).where(areaFilters(area));
  return row!;
}

/** The child regions as the divisions table knows them, in code order. */
export function childRegions(executor: Executor, parentCode: string) {
  return executor.select({ code: divisions.code, name: divisions.name }).from(divisions).where(eq(divisions.parentCode, parentCode)).orderBy(asc(divisions.code));
}

/** Per village, for the statistics of an area: money, goods, gifts and donors. */
export function donationTotalsByVillage(executor: Executor, scope: Scope, regionCode: string | null, year: number | null) {
  return executor
    .select({ divisionCode: donations.divisionCode, ...figures })
    .from(donations)
    .where(areaFilters({ scope, prefix: regionCode ? divisionPrefix(regionCode) : null, year }))
    .groupBy(donations.divisionCode);
}
