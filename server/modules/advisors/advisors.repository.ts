import { and, asc, count, desc, eq, gte, ilike, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, type ListResult, type Window } from '../../platform/db/paging.ts';
import type { AdvisorExportQuery, SupportExportQuery } from '../../../contracts/advisors.ts';
import { projects } from '../projects/index.ts';
import { advisorBriefings, advisorSupports, advisors } from './advisors.schema.ts';

export type AdvisorRow = typeof advisors.$inferSelect;
export type NewAdvisorRow = typeof advisors.$inferInsert;
export type SupportRow = typeof advisorSupports.$inferSelect;
export type BriefingRow = typeof advisorBriefings.$inferSelect;
export type NewBriefingRow = typeof advisorBriefings.$inferInsert;
export type AdvisorListRow = AdvisorRow & { supportCount: number; supportValue: string; lastPeriod: string | null };
export type SupportListRow = SupportRow & { advisorName: string; projectName: string | null };
export type BriefingListRow = BriefingRow & { generatedByName: string | null; sentByName: string | null };

function inScope(scope: Scope): SQL {
  return scopeCondition(scope, { division: [advisors.divisionCode] });
}

function filtersOf(scope: Scope, query: AdvisorExportQuery): SQL | undefined {
  const filters: SQL[] = [inScope(scope)];
  if (query.divisionCode) filters.push(withinDivision(advisors.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.active !== undefined) filters.push(eq(advisors.active, query.active));
  if (query.q) {
    const pattern = likePattern(query.q);
    filters.push(or(ilike(advisors.name, pattern), ilike(advisors.occupation, pattern), ilike(advisors.workplace, pattern))!);
  }
  return and(...filters);
}

function orderOf(query: AdvisorExportQuery): SQL[] {
  const column = { appointedOn: advisors.appointedOn, name: advisors.name, createdAt: advisors.createdAt }[query.sort];
  return [query.order === 'asc' ? asc(column) : desc(column), asc(advisors.name), asc(advisors.id)];
}

// Written out in full: in a one-table select drizzle leaves column names unqualified, which inside
// these subqueries would name the subquery's own columns.
const listColumns = {
  advisor: advisors,
  supportCount: sql<number>`(select count(*)::int from advisor_supports s where s.advisor_id = "advisors"."id")`,
  supportValue: sql<string>`(select coalesce(sum(s.value), 0)::text from advisor_supports s where s.advisor_id = "advisors"."id")`,
  lastPeriod: sql<string | null>`(select max(b.period) from advisor_briefings b where b.advisor_id = "advisors"."id")`,
};

function flatten(rows: { advisor: AdvisorRow; supportCount: number; supportValue: string; lastPeriod: string | null }[]): AdvisorListRow[] {
  return rows.map((r) => ({ ...r.advisor, supportCount: Number(r.supportCount), supportValue: r.supportValue, lastPeriod: r.lastPeriod }));
}

/** One window of the list without its count: an export reads window after window. */
export async function readAdvisors(executor: Executor, scope: Scope, query: AdvisorExportQuery, window: Window): Promise<AdvisorListRow[]> {
  const rows = await executor.select(listColumns).from(advisors).where(filtersOf(scope, query)).orderBy(...orderOf(query)).limit(window.limit).offset(window.offset);
  return flatten(rows);
}

export async function listAdvisors(executor: Executor, scope: Scope, query: AdvisorExportQuery, window: Window): Promise<ListResult<AdvisorListRow>> {
  const items = await readAdvisors(executor, scope, query, window);
  const [totalRow] = await executor.select({ total: count() }).from(advisors).where(filtersOf(scope, query));
  return { items, total: totalRow?.total ?? 0 };
}

export async function findAdvisorInScope(executor: Executor, scope: Scope, id: string): Promise<AdvisorListRow | undefined> {
  const rows = await executor.select(listColumns).from(advisors).where(and(eq(advisors.id, id), inScope(scope)));
  return flatten(rows)[0];
}

/** Locked for the change being made; only after the caller has been shown to see it. */
export async function lockAdvisor(executor: Executor, scope: Scope, id: string): Promise<AdvisorRow | undefined> {
  const [row] = await executor.select().from(advisors).where(and(eq(advisors.id, id), inScope(scope))).for('update');
  return row;
}

export async function insertAdvisor(executor: Executor, values: NewAdvisorRow): Promise<AdvisorRow> {
  const [row] = await executor.insert(advisors).values(values).returning();
  return row!;
}

export async function updateAdvisor(executor: Executor, id: string, values: Partial<NewAdvisorRow>): Promise<AdvisorRow> {
  const [row] = await executor.update(advisors).set({ ...values, updatedAt: new Date() }).where(eq(advisors.id, id)).returning();
  return row!;
}

export async function deleteAdvisor(executor: Executor, id: string): Promise<void> {
  await executor.delete(advisors).where(eq(advisors.id, id));
}

/** Active advisors of an area, for the quarter's round of briefings. */
export function activeAdvisorsIn(executor: Executor, scope: Scope, divisionCode: string | undefined): Promise<AdvisorRow[]> {
  const filters: SQL[] = [inScope(scope), eq(advisors.active, true)];
  if (divisionCode) filters.push(withinDivision(advisors.divisionCode, divisionPrefix(divisionCode)));
  return executor.select().from(advisors).where(and(...filters)).orderBy(asc(advisors.divisionCode), asc(advisors.name));
}

function supportFilters(scope: Scope, query: SupportExportQuery): SQL | undefined {
  const filters: SQL[] = [scopeCondition(scope, { division: [advisorSupports.divisionCode] })];
  if (query.divisionCode) filters.push(withinDivision(advisorSupports.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.kind) filters.push(eq(advisorSupports.kind, query.kind));
  if (query.from) filters.push(gte(advisorSupports.givenOn, query.from));
  if (query.to) filters.push(lte(advisorSupports.givenOn, query.to));
  return and(...filters);
}

function supportSelect(executor: Executor) {
  return executor
    .select({ support: advisorSupports, advisorName: advisors.name, projectName: projects.name })
    .from(advisorSupports)
    .innerJoin(advisors, eq(advisors.id, advisorSupports.advisorId))
    .leftJoin(projects, eq(projects.id, advisorSupports.projectId));
}

function flattenSupports(rows: { support: SupportRow; advisorName: string; projectName: string | null }[]): SupportListRow[] {
  return rows.map((r) => ({ ...r.support, advisorName: r.advisorName, projectName: r.projectName }));
}

export async function readSupports(executor: Executor, scope: Scope, query: SupportExportQuery, window: Window): Promise<SupportListRow[]> {
  const column = { givenOn: advisorSupports.givenOn, value: advisorSupports.value }[query.sort];
  const rows = await supportSelect(executor)
    .where(supportFilters(scope, query))
    .orderBy(query.order === 'asc' ? sql`${column} asc nulls first` : sql`${column} desc nulls last`, desc(advisorSupports.givenOn), asc(advisorSupports.id))
    .limit(window.limit)
    .offset(window.offset);
  return flattenSupports(rows);
}

/** Count and value by kind over the same filters as the list. */
export function supportTotalsByKind(executor: Executor, scope: Scope, query: SupportExportQuery) {
  return executor
    .select({ kind: advisorSupports.kind, count: count(), value: sql<string>`coalesce(sum(${advisorSupports.value}), 0)::text` })
    .from(advisorSupports)
    .where(supportFilters(scope, query))
    .groupBy(advisorSupports.kind);
}

export async function supportsOf(executor: Executor, advisorId: string): Promise<SupportListRow[]> {
  const rows = await supportSelect(executor).where(eq(advisorSupports.advisorId, advisorId)).orderBy(desc(advisorSupports.givenOn), asc(advisorSupports.id));
  return flattenSupports(rows);
}

export async function insertSupport(executor: Executor, values: typeof advisorSupports.$inferInsert): Promise<SupportRow> {
  const [row] = await executor.insert(advisorSupports).values(values).returning();
  return row!;
}

export async function findSupportRow(executor: Executor, id: string): Promise<SupportListRow | undefined> {
  return flattenSupports(await supportSelect(executor).where(eq(advisorSupports.id, id)))[0];
}

const generator = sql<string | null>`(select a.display_name from accounts a where a.id = "advisor_briefings"."generated_by")`;
const sender = sql<string | null>`(select a.display_name from accounts a where a.id = "advisor_briefings"."sent_by")`;

export async function briefingsOf(executor: Executor, advisorId: string): Promise<BriefingListRow[]> {
  const rows = await executor
    .select({ briefing: advisorBriefings, generatedByName: generator, sentByName: sender })
    .from(advisorBriefings)
    .where(eq(advisorBriefings.advisorId, advisorId))
    .orderBy(desc(advisorBriefings.period));
  return rows.map((r) => ({ ...r.briefing, generatedByName: r.generatedByName, sentByName: r.sentByName }));
}

export async function findBriefing(executor: Executor, advisorId: string, briefingId: string): Promise<BriefingListRow | undefined> {
  return (await briefingsOf(executor, advisorId)).find((row) => row.id === briefingId);
}

export async function lockBriefing(executor: Executor, advisorId: string, where: { id: string } | { period: string }): Promise<BriefingRow | undefined> {
  const match = 'id' in where ? eq(advisorBriefings.id, where.id) : eq(advisorBriefings.period, where.period);
  const [row] = await executor
    .select()
    .from(advisorBriefings)
    .where(and(eq(advisorBriefings.advisorId, advisorId), match))
    .for('update');
  return row;
}

export async function insertBriefing(executor: Executor, values: NewBriefingRow): Promise<BriefingRow> {
  const [row] = await executor.insert(advisorBriefings).values(values).returning();
  return row!;
}

export async function updateBriefing(executor: Executor, id: string, values: Partial<NewBriefingRow>): Promise<BriefingRow> {
  const [row] = await executor.update(advisorBriefings).set(values).where(eq(advisorBriefings.id, id)).returning();
  return row!;
}

export async function countBriefings(executor: Executor, advisorId: string): Promise<number> {
  const [row] = await executor.select({ total: count() }).from(advisorBriefings).where(eq(advisorBriefings.advisorId, advisorId));
  return row?.total ?? 0;
}

/** The briefing a public link opens: only while the link is not revoked. */
export async function findBriefingByToken(executor: Executor, token: string): Promise<BriefingRow | undefined> {
  const [row] = await executor
    .select()
    .from(advisorBriefings)
    .where(and(eq(advisorBriefings.token, token), isNull(advisorBriefings.revokedAt)));
  return row;
}

/** The first opening only: a second reader leaves the first time as it was. */
export async function markOpened(executor: Executor, id: string, at: Date): Promise<void> {
  await executor
    .update(advisorBriefings)
    .set({ openedAt: at })
    .where(and(eq(advisorBriefings.id, id), isNull(advisorBriefings.openedAt)));
}
