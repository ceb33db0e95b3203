import { and, asc, count, desc, eq, gte, ilike, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, type ListResult, type Window } from '../../platform/db/paging.ts';
import { workflowInstances } from '../../platform/workflow/workflow.schema.ts';
import type { Principal } from '../../platform/access/permissions.ts';
import type { LeaveExportQuery } from '../../../contracts/leave.ts';
import { cadres } from '../cadres/index.ts';
import { teams } from '../teams/index.ts';
import { leaveRequests } from './leave.schema.ts';

/**
 * Who a caller is within the teams: null for a regional reader; otherwise the caller's cadre, and
 * the team he leads when he is a team leader.
 */
export type PersonalView = { cadreId: string | null; ledTeamId: string | null } | null;

export type LeaveRow = typeof leaveRequests.$inferSelect;
export type NewLeaveRow = typeof leaveRequests.$inferInsert;
export type LeaveListRow = LeaveRow & { cadreName: string | null; teamName: string | null };

/** Leave that excuses absence: approved, whether or not the member has reported back yet. */
const excusing = ['approved', 'reported_back'] as const;

/** The last day away: reporting back early ends the leave the day before the return. */
const effectiveEnd = sql<string>`(least(${leaveRequests.endDate}, coalesce(${leaveRequests.reportedBackOn} - 1, ${leaveRequests.endDate})))::text`;

/**
 * Approved leave overlapping [from, to] (ISO dates), for the in-post figures. `endDate` is the last
 * day actually away, so days after an early report back count as in post.
 */
export function approvedLeaveBetween(executor: Executor, cadreIds: readonly string[], from: string, to: string) {
  if (cadreIds.length === 0) return Promise.resolve([]);
  return executor
    .select({ id: leaveRequests.id, cadreId: leaveRequests.cadreId, startDate: leaveRequests.startDate, endDate: effectiveEnd, reportedBackOn: leaveRequests.reportedBackOn })
    .from(leaveRequests)
    .where(and(inArray(leaveRequests.cadreId, [...cadreIds]), inArray(leaveRequests.state, [...excusing]), lte(leaveRequests.startDate, to), sql`${effectiveEnd} >= ${from}`, sql`${effectiveEnd} >= ${leaveRequests.startDate}::text`));
}

/** The approved leave covering `day`, if any: an inspection checks an absence against it. */
export async function findApprovedLeaveOn(executor: Executor, cadreId: string, day: string) {
  const [row] = await executor
    .select({ id: leaveRequests.id, startDate: leaveRequests.startDate, endDate: effectiveEnd })
    .from(leaveRequests)
    .where(and(eq(leaveRequests.cadreId, cadreId), inArray(leaveRequests.state, [...excusing]), lte(leaveRequests.startDate, day), sql`${effectiveEnd} >= ${day}`));
  return row;
}

/**
 * Leave lies where its team serves; a sending unit's party committee sees its own cadres' leave;
 * a team's own people see theirs only.
 */
export function leaveScopeCondition(scope: Scope, personal: PersonalView): SQL {
  const extra: SQL[] = [];
  if (scope.unitId) {
    extra.push(sql`exists (select 1 from ${cadres} c where c.id = ${leaveRequests.cadreId} and c.unit_id = ${scope.unitId})`);
  }
  if (!personal) return scopeCondition(scope, { division: [leaveRequests.divisionCode], extra });
  // His own leave and his team's, wherever the team's main village lies (a team may serve several).
  const own: SQL[] = [];
  if (personal.cadreId) own.push(eq(leaveRequests.cadreId, personal.cadreId));
  if (personal.ledTeamId) own.push(eq(leaveRequests.teamId, personal.ledTeamId));
  return own.length === 0 ? sql`false` : or(...own)!;
}

export type LeaveFilterContext = { scope: Scope; personal: PersonalView; today: string; principal: Principal };

function filtersOf(c: LeaveFilterContext, query: LeaveExportQuery): SQL | undefined {
  const filters: SQL[] = [leaveScopeCondition(c.scope, c.personal)];
  if (query.state) filters.push(eq(leaveRequests.state, query.state));
  if (query.type) filters.push(eq(leaveRequests.type, query.type));
  if (query.cadreId) filters.push(eq(leaveRequests.cadreId, query.cadreId));
  if (query.q) filters.push(ilike(cadres.name, likePattern(query.q)));
  if (query.from) filters.push(gte(leaveRequests.endDate, query.from));
  if (query.to) filters.push(lte(leaveRequests.startDate, query.to));
  if (query.divisionCode) filters.push(withinDivision(leaveRequests.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.overdueReportBack === true) filters.push(and(eq(leaveRequests.state, 'approved'), lt(leaveRequests.endDate, c.today))!);
  if (query.overdueReportBack === false) filters.push(sql`not (${leaveRequests.state} = 'approved' and ${leaveRequests.endDate} < ${c.today})`);
  if (query.awaitingMe) {
    const roles = c.principal.roles.length > 0 ? c.principal.roles : ['-'];
    filters.push(sql`exists (select 1 from ${workflowInstances} w where w.id = ${leaveRequests.workflowId} and w.closed_at is null
      and (w.assignee_account_id = ${c.principal.accountId} or w.assignee_role in (${sql.join(roles.map((r) => sql`${r}`), sql`, `)})))`);
  }
  return and(...filters);
}

function orderOf(query: LeaveExportQuery): SQL[] {
  const column = { startDate: leaveRequests.startDate, createdAt: leaveRequests.createdAt, days: leaveRequests.days }[query.sort];
  return [query.order === 'asc' ? asc(column) : desc(column), desc(leaveRequests.createdAt), asc(leaveRequests.id)];
}

function baseSelect(executor: Executor) {
  return executor
    .select({ leave: leaveRequests, cadreName: cadres.name, teamName: teams.name })
    .from(leaveRequests)
    .leftJoin(cadres, eq(cadres.id, leaveRequests.cadreId))
    .leftJoin(teams, eq(teams.id, leaveRequests.teamId));
}

function flatten(rows: { leave: LeaveRow; cadreName: string | null; teamName: string | null }[]): LeaveListRow[] {
  return rows.map((r) => ({ ...r.leave, cadreName: r.cadreName, teamName: r.teamName }));
}

export async function listLeave(executor: Executor, c: LeaveFilterContext, query: LeaveExportQuery, window: Window): Promise<ListResult<LeaveListRow>> {
  const items = await readLeave(executor, c, query, window);
  const [totalRow] = await executor
    .select({ total: count() })
    .from(leaveRequests)
    .leftJoin(cadres, eq(cadres.id, leaveRequests.cadreId))
    .where(filtersOf(c, query));
  return { items, total: totalRow?.total ?? 0 };
}

/** One window of the list without its count: an export reads window after window. */
export async function readLeave(executor: Executor, c: LeaveFilterContext, query: LeaveExportQuery, window: Window): Promise<LeaveListRow[]> {
  const rows = await baseSelect(executor).where(filtersOf(c, query)).orderBy(...orderOf(query)).limit(window.limit).offset(window.offset);
  return flatten(rows);
}

export async function findLeaveInScope(executor: Executor, scope: Scope, personal: PersonalView, id: string): Promise<LeaveListRow | undefined> {
  const rows = await baseSelect(executor).where(and(eq(leaveRequests.id, id), leaveScopeCondition(scope, personal)));
  return flatten(rows)[0];
}

export async function findLeaveForUpdate(executor: Executor, id: string): Promise<LeaveRow | undefined> {
  const [row] = await executor.select().from(leaveRequests).where(eq(leaveRequests.id, id)).for('update');
  return row;
}

/** One cadre's requests at a time: two requests for overlapping days cannot both pass the check. */
export async function lockCadreLeave(executor: Executor, cadreId: string): Promise<void> {
  await executor.execute(sql`select pg_advisory_xact_lock(hashtext(${`leave:${cadreId}`}))`);
}

export function leaveOfCadreBetween(executor: Executor, cadreId: string, from: string, to: string): Promise<LeaveRow[]> {
  return executor
    .select()
    .from(leaveRequests)
    .where(and(eq(leaveRequests.cadreId, cadreId), lte(leaveRequests.startDate, to), gte(leaveRequests.endDate, from)))
    .orderBy(asc(leaveRequests.startDate));
}

export async function insertLeave(executor: Executor, values: NewLeaveRow): Promise<LeaveRow> {
  const [row] = await executor.insert(leaveRequests).values(values).returning();
  return row!;
}

export async function updateLeave(executor: Executor, id: string, values: Partial<NewLeaveRow>): Promise<LeaveRow> {
  const [row] = await executor.update(leaveRequests).set({ ...values, updatedAt: new Date() }).where(eq(leaveRequests.id, id)).returning();
  return row!;
}

/** Approved leave past its end and not reported back, as far as the caller sees (its to-do list). */
export async function overdueReportBacks(executor: Executor, scope: Scope, personal: PersonalView, today: string, limit = 200): Promise<LeaveListRow[]> {
  const rows = await baseSelect(executor)
    .where(and(leaveScopeCondition(scope, personal), eq(leaveRequests.state, 'approved'), lt(leaveRequests.endDate, today)))
    .orderBy(asc(leaveRequests.endDate))
    .limit(limit);
  return flatten(rows);
}
