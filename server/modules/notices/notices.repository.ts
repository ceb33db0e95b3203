import { and, asc, count, desc, eq, gte, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, withinDivision } from '../../platform/access/scope.ts';
import { likePattern, type Window } from '../../platform/db/paging.ts';
import { accounts } from '../../platform/auth/auth.schema.ts';
import type { NoticeExportQuery } from '../../../contracts/notices.ts';
import { teams, teamVillages } from '../teams/index.ts';
import { noticeRecipients, notices } from './notices.schema.ts';

export type NoticeRow = typeof notices.$inferSelect;
export type NewNoticeRow = typeof notices.$inferInsert;

const outerId = sql`${notices}.${sql.identifier('id')}`;
const recipientCount = sql<number>`(select count(*) from ${noticeRecipients} r where r.notice_id = ${outerId})`.mapWith(Number);
const readCount = sql<number>`(select count(*) from ${noticeRecipients} r where r.notice_id = ${outerId} and r.read_at is not null)`.mapWith(Number);

/** Whose list it is: the senders of a region, or one team (a team member without a team sees nothing). */
export type Audience = { kind: 'region'; visible: SQL; drafts: boolean } | { kind: 'team'; teamId: string | null };

function audienceCondition(audience: Audience): SQL {
  if (audience.kind === 'region') return audience.drafts ? audience.visible : and(audience.visible, eq(notices.state, 'issued'))!;
  if (!audience.teamId) return sql`false`;
  return sql`exists (select 1 from ${noticeRecipients} r where r.notice_id = ${outerId} and r.team_id = ${audience.teamId})`;
}

function teamReadAt(audience: Audience) {
  if (audience.kind !== 'team' || !audience.teamId) return sql<Date | null>`null::timestamptz`;
  return sql<Date | null>`(select r.read_at from ${noticeRecipients} r where r.notice_id = ${outerId} and r.team_id = ${audience.teamId})`.mapWith(
    (v: unknown) => (v === null ? null : new Date(v as string)),
  );
}

function filtersOf(audience: Audience, query: Partial<NoticeExportQuery>): SQL | undefined {
  const filters: SQL[] = [audienceCondition(audience)];
  if (query.state) filters.push(eq(notices.state, query.state));
  if (query.divisionCode) filters.push(withinDivision(notices.divisionCode, divisionPrefix(query.divisionCode)));
  const day = sql`coalesce(${notices.issuedAt}, ${notices.createdAt})`;
  if (query.from) filters.push(gte(day, new Date(`${query.from}T00:00:00+08:00`)));
  if (query.to) filters.push(lt(day, new Date(new Date(`${query.to}T00:00:00+08:00`).getTime() + 86_400_000)));
  if (query.q) filters.push(sql`${notices.title} ilike ${likePattern(query.q)}`);
  if (query.read) {
    const unread =
      audience.kind === 'team'
        ? sql`exists (select 1 from ${noticeRecipients} r where r.notice_id = ${outerId} and r.team_id = ${audience.teamId} and r.read_at is null)`
        : sql`exists (select 1 from ${noticeRecipients} r where r.notice_id = ${outerId} and r.read_at is null)`;
    filters.push(query.read === 'unread' ? unread : and(eq(notices.state, 'issued'), sql`not ${unread}`)!);
  }
  return and(...filters);
}

function orderOf(query: NoticeExportQuery): SQL[] {
  const column = { issuedAt: sql`coalesce(${notices.issuedAt}, ${notices.createdAt})`, createdAt: sql`${notices.createdAt}`, title: sql`${notices.title}` }[query.sort];
  return [query.order === 'asc' ? asc(column) : desc(column), asc(notices.id)];
}

export type NoticeListRow = { notice: NoticeRow; issuedByName: string | null; recipientCount: number; readCount: number; myTeamReadAt: Date | null };

export async function readNotices(executor: Executor, audience: Audience, query: NoticeExportQuery, window: Window): Promise<NoticeListRow[]> {
  return executor
    .select({ notice: notices, issuedByName: accounts.displayName, recipientCount, readCount, myTeamReadAt: teamReadAt(audience) })
    .from(notices)
    .leftJoin(accounts, eq(accounts.id, notices.issuedBy))
    .where(filtersOf(audience, query))
    .orderBy(...orderOf(query))
    .limit(window.limit)
    .offset(window.offset);
}

export async function countNotices(executor: Executor, audience: Audience, query: NoticeExportQuery): Promise<number> {
  const [row] = await executor.select({ total: count() }).from(notices).where(filtersOf(audience, query));
  return row?.total ?? 0;
}

export async function findNotice(executor: Executor, audience: Audience, id: string): Promise<NoticeListRow | undefined> {
  const [row] = await executor
    .select({ notice: notices, issuedByName: accounts.displayName, recipientCount, readCount, myTeamReadAt: teamReadAt(audience) })
    .from(notices)
    .leftJoin(accounts, eq(accounts.id, notices.issuedBy))
    .where(and(eq(notices.id, id), audienceCondition(audience)));
  return row;
}

export async function lockNotice(executor: Executor, visible: SQL, id: string): Promise<NoticeRow | undefined> {
  const [row] = await executor.select().from(notices).where(and(eq(notices.id, id), visible)).for('update');
  return row;
}

export async function insertNotice(executor: Executor, values: NewNoticeRow): Promise<NoticeRow> {
  const [row] = await executor.insert(notices).values(values).returning();
  return row!;
}

export async function updateNotice(executor: Executor, id: string, values: Partial<NewNoticeRow>): Promise<NoticeRow> {
  const [row] = await executor.update(notices).set({ ...values, updatedAt: new Date() }).where(eq(notices.id, id)).returning();
  return row!;
}

export async function deleteNotice(executor: Executor, id: string): Promise<void> {
  await executor.delete(notices).where(eq(notices.id, id));
}

/** Active teams with their main village or any of their villages in the region. */
export async function activeTeamsIn(executor: Executor, regionCode: string): Promise<{ id: string; divisionCode: string }[]> {
  const prefix = divisionPrefix(regionCode);
  const inVillages = sql`exists (select 1 from ${teamVillages} tv where tv.team_id = ${teams.id} and ${withinDivision(sql`tv.division_code`, prefix)})`;
  return executor
    .select({ id: teams.id, divisionCode: teams.divisionCode })
    .from(teams)
    .where(and(eq(teams.status, 'active'), or(withinDivision(teams.divisionCode, prefix), inVillages)))
    .orderBy(asc(teams.divisionCode), asc(teams.id));
}

export async function insertRecipients(executor: Executor, rows: (typeof noticeRecipients.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await executor.insert(noticeRecipients).values(rows);
}

/** Marks the team's receipt read if it is not yet; answers whether this call was the first read. */
export async function markRead(executor: Executor, noticeId: string, teamId: string, accountId: string): Promise<boolean> {
  const rows = await executor
    .update(noticeRecipients)
    .set({ readAt: new Date(), readBy: accountId })
    .where(and(eq(noticeRecipients.noticeId, noticeId), eq(noticeRecipients.teamId, teamId), isNull(noticeRecipients.readAt)))
    .returning({ teamId: noticeRecipients.teamId });
  return rows.length > 0;
}

export type ReceiptRow = { teamId: string; teamName: string; divisionCode: string; readAt: Date | null; readByName: string | null };

export async function readReceipts(executor: Executor, noticeId: string, unreadOnly: boolean, window: Window): Promise<ReceiptRow[]> {
  const filters: SQL[] = [eq(noticeRecipients.noticeId, noticeId)];
  if (unreadOnly) filters.push(isNull(noticeRecipients.readAt));
  return executor
    .select({ teamId: noticeRecipients.teamId, teamName: teams.name, divisionCode: noticeRecipients.divisionCode, readAt: noticeRecipients.readAt, readByName: accounts.displayName })
    .from(noticeRecipients)
    .innerJoin(teams, eq(teams.id, noticeRecipients.teamId))
    .leftJoin(accounts, eq(accounts.id, noticeRecipients.readBy))
    .where(and(...filters))
    .orderBy(sql`${noticeRecipients.readAt} is not null`, asc(noticeRecipients.divisionCode), asc(noticeRecipients.teamId))
    .limit(window.limit)
    .offset(window.offset);
}

/** Issued notices a team has not read, for its members' to-do list. */
export async function unreadForTeam(executor: Executor, teamId: string): Promise<{ id: string; title: string; issuedAt: Date | null }[]> {
  return executor
    .select({ id: notices.id, title: notices.title, issuedAt: notices.issuedAt })
    .from(noticeRecipients)
    .innerJoin(notices, eq(notices.id, noticeRecipients.noticeId))
    .where(and(eq(noticeRecipients.teamId, teamId), isNull(noticeRecipients.readAt), isNotNull(notices.issuedAt)))
    .orderBy(desc(notices.issuedAt))
    .limit(100);
}
