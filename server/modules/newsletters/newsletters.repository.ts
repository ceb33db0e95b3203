import { and, asc, count, desc, eq, gte, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, type Window } from '../../platform/db/paging.ts';
import { accounts } from '../../platform/auth/auth.schema.ts';
import type { NewsletterExportQuery, NewsletterKind } from '../../../contracts/newsletters.ts';
import { teams } from '../teams/index.ts';
import { newsletters } from './newsletters.schema.ts';

export type NewsletterRow = typeof newsletters.$inferSelect;
export type NewNewsletterRow = typeof newsletters.$inferInsert;
export type NewsletterListRow = { newsletter: NewsletterRow; authorName: string | null; teamName: string | null };

/** A draft is its author's alone; once submitted the region's readers see it. */
export function newsletterScope(scope: Scope, accountId: string): SQL {
  return or(and(ne(newsletters.state, 'draft'), scopeCondition(scope, { division: [newsletters.divisionCode] })), eq(newsletters.authorId, accountId))!;
}

function filtersOf(visible: SQL, query: Partial<NewsletterExportQuery>): SQL | undefined {
  const filters: SQL[] = [visible];
  if (query.kind) filters.push(eq(newsletters.kind, query.kind));
  if (query.state) filters.push(eq(newsletters.state, query.state));
  if (query.divisionCode) filters.push(withinDivision(newsletters.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.q) filters.push(sql`${newsletters.title} ilike ${likePattern(query.q)}`);
  return and(...filters);
}

function orderOf(query: NewsletterExportQuery): SQL[] {
  const column = { updatedAt: sql`${newsletters.updatedAt}`, publishedAt: sql`${newsletters.publishedAt}`, issueNo: sql`${newsletters.issueNo}` }[query.sort];
  return [query.order === 'asc' ? sql`${column} asc nulls last` : sql`${column} desc nulls last`, asc(newsletters.id)];
}

function baseSelect(executor: Executor) {
  return executor
    .select({ newsletter: newsletters, authorName: accounts.displayName, teamName: teams.name })
    .from(newsletters)
    .leftJoin(accounts, eq(accounts.id, newsletters.authorId))
    .leftJoin(teams, eq(teams.id, newsletters.teamId));
}

export async function readNewsletters(executor: Executor, visible: SQL, query: NewsletterExportQuery, window: Window): Promise<NewsletterListRow[]> {
  return baseSelect(executor).where(filtersOf(visible, query)).orderBy(...orderOf(query)).limit(window.limit).offset(window.offset);
}

export async function countNewsletters(executor: Executor, visible: SQL, query: NewsletterExportQuery): Promise<number> {
  const [row] = await executor.select({ total: count() }).from(newsletters).where(filtersOf(visible, query));
  return row?.total ?? 0;
}

export async function findNewsletter(executor: Executor, visible: SQL, id: string): Promise<NewsletterListRow | undefined> {
  const [row] = await baseSelect(executor).where(and(eq(newsletters.id, id), visible));
  return row;
}

export async function lockNewsletter(executor: Executor, visible: SQL, id: string): Promise<NewsletterRow | undefined> {
  const [row] = await executor.select().from(newsletters).where(and(eq(newsletters.id, id), visible)).for('update');
  return row;
}

export async function insertNewsletter(executor: Executor, values: NewNewsletterRow): Promise<NewsletterRow> {
  const [row] = await executor.insert(newsletters).values(values).returning();
  return row!;
}

export async function updateNewsletter(executor: Executor, id: string, values: Partial<NewNewsletterRow>): Promise<NewsletterRow> {
  const [row] = await executor.update(newsletters).set({ ...values, updatedAt: new Date() }).where(eq(newsletters.id, id)).returning();
  return row!;
}

/** Two publications of one series at once would take the same number: the series is locked for the transaction. */
export async function lockSeries(executor: Executor, issuer: string, kind: NewsletterKind, year: number): Promise<void> {
  await executor.execute(sql`select pg_advisory_xact_lock(hashtext(${`newsletter:${issuer}:${kind}:${year}`}))`);
}

/** Published newsletters of a kind in a region and year, with their places (the caller keeps its own series). */
export async function publishedInYear(executor: Executor, issuer: string, kind: NewsletterKind, year: number): Promise<{ divisionCode: string; issueNo: number | null }[]> {
  const start = new Date(`${year}-01-01T00:00:00+08:00`);
  const end = new Date(`${year + 1}-01-01T00:00:00+08:00`);
  return executor
    .select({ divisionCode: newsletters.divisionCode, issueNo: newsletters.issueNo })
    .from(newsletters)
    .where(and(eq(newsletters.kind, kind), eq(newsletters.state, 'published'), withinDivision(newsletters.divisionCode, divisionPrefix(issuer)), gte(newsletters.publishedAt, start), lt(newsletters.publishedAt, end)));
}

export async function findPublishedByToken(executor: Executor, token: string): Promise<NewsletterRow | undefined> {
  const [row] = await executor
    .select()
    .from(newsletters)
    .where(and(eq(newsletters.publicToken, token), eq(newsletters.state, 'published')));
  return row;
}

export async function readPublished(executor: Executor, regionCode: string, kind: NewsletterKind | undefined, window: Window): Promise<{ rows: NewsletterRow[]; total: number }> {
  const where = and(eq(newsletters.state, 'published'), withinDivision(newsletters.divisionCode, divisionPrefix(regionCode)), kind ? eq(newsletters.kind, kind) : undefined);
  const rows = await executor.select().from(newsletters).where(where).orderBy(desc(newsletters.publishedAt), asc(newsletters.id)).limit(window.limit).offset(window.offset);
  const [total] = await executor.select({ total: count() }).from(newsletters).where(where);
  return { rows, total: total?.total ?? 0 };
}
