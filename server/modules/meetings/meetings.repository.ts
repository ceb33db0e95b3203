import { and, asc, count, desc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, type Window } from '../../platform/db/paging.ts';
import { accounts } from '../../platform/auth/auth.schema.ts';
import type { MeetingExportQuery } from '../../../contracts/meetings.ts';
import { teams, teamScopeCondition } from '../teams/index.ts';
import { meetings, meetingTeams } from './meetings.schema.ts';

export type MeetingRow = typeof meetings.$inferSelect;
export type NewMeetingRow = typeof meetings.$inferInsert;

const outerId = sql`${meetings}.${sql.identifier('id')}`;
const teamCount = sql<number>`(select count(*) from ${meetingTeams} mt where mt.meeting_id = ${outerId})`.mapWith(Number);
const outcomeCount = sql<number>`jsonb_array_length(${meetings.outcomes})`.mapWith(Number);

/**
 * Who may read a meeting: those whose region holds it, and those whose region holds a team that
 * attended (a village's team sees the city's meeting it was at).
 */
export function visibleCondition(scope: Scope): SQL {
  if (scope.national) return sql`true`;
  const attended = sql`exists (select 1 from ${meetingTeams} mt join ${teams} on ${teams.id} = mt.team_id where mt.meeting_id = ${outerId} and ${teamScopeCondition(scope)})`;
  return scopeCondition(scope, { division: [meetings.divisionCode], extra: [attended] });
}

/** Who may change a meeting: only those whose region holds the meeting itself. */
export function writableCondition(scope: Scope): SQL {
  return scopeCondition(scope, { division: [meetings.divisionCode] });
}

function filtersOf(scope: Scope, query: Partial<MeetingExportQuery>): SQL | undefined {
  const filters: SQL[] = [visibleCondition(scope)];
  if (query.kind) filters.push(eq(meetings.kind, query.kind));
  if (query.divisionCode) filters.push(withinDivision(meetings.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.teamId) filters.push(sql`exists (select 1 from ${meetingTeams} mt where mt.meeting_id = ${outerId} and mt.team_id = ${query.teamId})`);
  if (query.from) filters.push(gte(meetings.heldOn, query.from));
  if (query.to) filters.push(lte(meetings.heldOn, query.to));
  if (query.q) {
    const pattern = likePattern(query.q);
    filters.push(or(sql`${meetings.title} ilike ${pattern}`, sql`${meetings.place} ilike ${pattern}`, sql`${meetings.host} ilike ${pattern}`)!);
  }
  return and(...filters);
}

function orderOf(query: MeetingExportQuery): SQL[] {
  const column = { heldOn: meetings.heldOn, title: meetings.title, createdAt: meetings.createdAt }[query.sort];
  return [query.order === 'asc' ? asc(column) : desc(column), asc(meetings.id)];
}

export type MeetingListRow = { meeting: MeetingRow; teamCount: number; outcomeCount: number };

export async function readMeetings(executor: Executor, scope: Scope, query: MeetingExportQuery, window: Window): Promise<MeetingListRow[]> {
  return executor
    .select({ meeting: meetings, teamCount, outcomeCount })
    .from(meetings)
    .where(filtersOf(scope, query))
    .orderBy(...orderOf(query))
    .limit(window.limit)
    .offset(window.offset);
}

export async function countMeetings(executor: Executor, scope: Scope, query: MeetingExportQuery): Promise<number> {
  const [row] = await executor.select({ total: count() }).from(meetings).where(filtersOf(scope, query));
  return row?.total ?? 0;
}

export type MeetingDetailRow = MeetingListRow & { createdByName: string | null };

export async function findMeeting(executor: Executor, scope: Scope, id: string): Promise<MeetingDetailRow | undefined> {
  const [row] = await executor
    .select({ meeting: meetings, teamCount, outcomeCount, createdByName: accounts.displayName })
    .from(meetings)
    .leftJoin(accounts, eq(accounts.id, meetings.createdBy))
    .where(and(eq(meetings.id, id), visibleCondition(scope)));
  return row;
}

/** The short form other modules show (a liaison group's meeting), under the same visibility. */
export async function findMeetingInScope(executor: Executor, scope: Scope, id: string): Promise<{ id: string; title: string; heldOn: string } | undefined> {
  const [row] = await executor
    .select({ id: meetings.id, title: meetings.title, heldOn: meetings.heldOn })
    .from(meetings)
    .where(and(eq(meetings.id, id), visibleCondition(scope)));
  return row;
}

export async function lockMeeting(executor: Executor, scope: Scope, id: string): Promise<MeetingRow | undefined> {
  const [row] = await executor.select().from(meetings).where(and(eq(meetings.id, id), visibleCondition(scope))).for('update');
  return row;
}

export async function insertMeeting(executor: Executor, values: NewMeetingRow): Promise<MeetingRow> {
  const [row] = await executor.insert(meetings).values(values).returning();
  return row!;
}

export async function updateMeeting(executor: Executor, id: string, values: Partial<NewMeetingRow>): Promise<MeetingRow> {
  const [row] = await executor.update(meetings).set({ ...values, updatedAt: new Date() }).where(eq(meetings.id, id)).returning();
  return row!;
}

export async function deleteMeeting(executor: Executor, id: string): Promise<void> {
  await executor.delete(meetings).where(eq(meetings.id, id));
}

export type MeetingTeamRow = { teamId: string; teamName: string; divisionCode: string };

export async function teamsOfMeeting(executor: Executor, meetingId: string): Promise<MeetingTeamRow[]> {
  return executor
    .select({ teamId: meetingTeams.teamId, teamName: teams.name, divisionCode: meetingTeams.divisionCode })
    .from(meetingTeams)
    .innerJoin(teams, eq(teams.id, meetingTeams.teamId))
    .where(eq(meetingTeams.meetingId, meetingId))
    .orderBy(asc(meetingTeams.divisionCode), asc(teams.name), asc(meetingTeams.teamId));
}

/** The listed teams the scope can see, with the village each serves. */
export async function teamsInScope(executor: Executor, scope: Scope, ids: readonly string[]): Promise<{ id: string; divisionCode: string }[]> {
  if (ids.length === 0) return [];
  return executor
    .select({ id: teams.id, divisionCode: teams.divisionCode })
    .from(teams)
    .where(and(inArray(teams.id, [...ids]), teamScopeCondition(scope)));
}

export async function replaceMeetingTeams(executor: Executor, meetingId: string, rows: { teamId: string; divisionCode: string }[]): Promise<void> {
  await executor.delete(meetingTeams).where(eq(meetingTeams.meetingId, meetingId));
  if (rows.length > 0) await executor.insert(meetingTeams).values(rows.map((r) => ({ meetingId, ...r })));
}
