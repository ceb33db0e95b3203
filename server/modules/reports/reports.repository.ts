import { and, asc, count, desc, eq, getTableColumns, inArray, isNull, lte, gte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { ListResult, Window } from '../../platform/db/paging.ts';
import { accounts } from '../../platform/auth/auth.schema.ts';
import { storedFiles } from '../../platform/files/files.schema.ts';
import { leaderRoles } from '../../../contracts/teams.ts';
import type { ReportExportQuery, ReportStatusExportQuery } from '../../../contracts/reports.ts';
import { teamMembers, teams, teamScopeCondition, teamVillages } from '../teams/index.ts';
import { cadres } from '../cadres/index.ts';
import { teamReports } from './reports.schema.ts';

export type ReportRow = typeof teamReports.$inferSelect & { teamName: string };
export type NewReportRow = typeof teamReports.$inferInsert;
export type TeamRow = typeof teams.$inferSelect;

/** Who reads: a region or unit (through the team), and for a team's own accounts, their own team only. */
export type Reader = { scope: Scope; ownCadreId: string | null };

export const REPORT_FILE_OWNER = 'team_report';

function teamVisible(reader: Reader): SQL {
  const parts = [teamScopeCondition(reader.scope)];
  if (reader.ownCadreId) {
    parts.push(
      sql`exists (select 1 from ${teamMembers} tm where tm.team_id = ${teams.id} and tm.cadre_id = ${reader.ownCadreId} and tm.left_on is null)`,
    );
  }
  return and(...parts)!;
}

const reportColumns = { ...getTableColumns(teamReports), teamName: teams.name };

function filtersOf(reader: Reader, query: Partial<ReportExportQuery>): SQL {
  const filters: SQL[] = [teamVisible(reader)];
  if (query.kind) filters.push(eq(teamReports.kind, query.kind));
  if (query.period) filters.push(eq(teamReports.period, query.period));
  if (query.teamId) filters.push(eq(teamReports.teamId, query.teamId));
  if (query.divisionCode) filters.push(withinDivision(teamReports.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.late !== undefined) filters.push(eq(teamReports.late, query.late));
  if (query.unread !== undefined) filters.push(query.unread ? isNull(teamReports.readAt) : sql`${teamReports.readAt} is not null`);
  return and(...filters)!;
}

function orderOf(query: Pick<ReportExportQuery, 'sort' | 'order'>): SQL[] {
  const column = { submittedAt: teamReports.submittedAt, period: teamReports.period, dueOn: teamReports.dueOn }[query.sort];
  return [query.order === 'asc' ? asc(column) : desc(column), desc(teamReports.submittedAt), asc(teamReports.id)];
}

export async function listReports(executor: Executor, reader: Reader, query: ReportExportQuery, window: Window): Promise<ListResult<ReportRow>> {
  const [items, [totalRow]] = await Promise.all([
    readReports(executor, reader, query, window),
    executor.select({ total: count() }).from(teamReports).innerJoin(teams, eq(teams.id, teamReports.teamId)).where(filtersOf(reader, query)),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

export function readReports(executor: Executor, reader: Reader, query: ReportExportQuery, window: Window): Promise<ReportRow[]> {
  return executor
    .select(reportColumns)
    .from(teamReports)
    .innerJoin(teams, eq(teams.id, teamReports.teamId))
    .where(filtersOf(reader, query))
    .orderBy(...orderOf(query))
    .limit(window.limit)
    .offset(window.offset);
}

export async function findReportInScope(executor: Executor, reader: Reader, reportId: string): Promise<ReportRow | undefined> {
  const [row] = await executor
    .select(reportColumns)
    .from(teamReports)
    .innerJoin(teams, eq(teams.id, teamReports.teamId))
    .where(and(eq(teamReports.id, reportId), teamVisible(reader)));
  return row;
}

/** Locks the report, so an edit and the township's "read" do not cross. */
export async function lockReport(executor: Executor, reportId: string): Promise<void> {
  await executor.select({ id: teamReports.id }).from(teamReports).where(eq(teamReports.id, reportId)).for('update');
}

export async function findTeamInScope(executor: Executor, reader: Reader, teamId: string): Promise<TeamRow | undefined> {
  const [row] = await executor.select().from(teams).where(and(eq(teams.id, teamId), teamVisible(reader)));
  return row;
}

export async function findMonthly(executor: Executor, teamId: string, kind: string, period: string) {
  const [row] = await executor
    .select({ id: teamReports.id })
    .from(teamReports)
    .where(and(eq(teamReports.teamId, teamId), eq(teamReports.kind, kind as NewReportRow['kind']), eq(teamReports.period, period)));
  return row;
}

export async function insertReport(executor: Executor, values: NewReportRow) {
  const [row] = await executor.insert(teamReports).values(values).returning();
  return row!;
}

export async function updateReport(executor: Executor, reportId: string, values: Partial<NewReportRow>) {
  const [row] = await executor.update(teamReports).set(values).where(eq(teamReports.id, reportId)).returning();
  return row!;
}

export async function attachmentCounts(executor: Executor, reportIds: readonly string[]): Promise<Map<string, number>> {
  if (reportIds.length === 0) return new Map();
  const rows = await executor
    .select({ ownerId: storedFiles.ownerId, files: count() })
    .from(storedFiles)
    .where(and(eq(storedFiles.ownerType, REPORT_FILE_OWNER), inArray(storedFiles.ownerId, [...reportIds])))
    .groupBy(storedFiles.ownerId);
  return new Map(rows.map((r) => [r.ownerId!, r.files]));
}

export async function accountNames(executor: Executor, accountIds: readonly (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(accountIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: accounts.id, name: accounts.displayName }).from(accounts).where(inArray(accounts.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The present leader of each team. */
export async function leaderNames(executor: Executor, teamIds: readonly string[]): Promise<Map<string, string>> {
  if (teamIds.length === 0) return new Map();
  const rows = await executor
    .select({ teamId: teamMembers.teamId, name: cadres.name })
    .from(teamMembers)
    .innerJoin(cadres, eq(cadres.id, teamMembers.cadreId))
    .where(and(inArray(teamMembers.teamId, [...teamIds]), isNull(teamMembers.leftOn), inArray(teamMembers.role, [...leaderRoles])));
  return new Map(rows.map((r) => [r.teamId, r.name]));
}

// Spelled out: in a select list drizzle leaves columns unqualified, and inside the subquery "id" would be the report's.
const teamIdRef = sql`"teams"."id"`;
const submitted = (kind: string, period: string) =>
  sql`exists (select 1 from ${teamReports} r where r.team_id = ${teamIdRef} and r.period = ${period} and r.kind = ${kind})`;

/** Teams that served during the month, in the reader's region (and a place inside it). */
function statusFilters(reader: Reader, query: Pick<ReportStatusExportQuery, 'period' | 'divisionCode' | 'teamId' | 'onlyMissing'>, bounds: { first: string; last: string }): SQL {
  const filters: SQL[] = [teamVisible(reader), lte(teams.termStart, bounds.last), or(isNull(teams.termEnd), gte(teams.termEnd, bounds.first))!];
  if (query.divisionCode) {
    const within = withinDivision(sql`tv.division_code`, divisionPrefix(query.divisionCode));
    filters.push(sql`exists (select 1 from ${teamVillages} tv where tv.team_id = ${teams.id} and ${within})`);
  }
  if (query.teamId) filters.push(eq(teams.id, query.teamId));
  if (query.onlyMissing) filters.push(sql`(not ${submitted('monthly_report', query.period)} or not ${submitted('work_summary', query.period)})`);
  return and(...filters)!;
}

export function readStatusTeams(
  executor: Executor,
  reader: Reader,
  query: ReportStatusExportQuery,
  bounds: { first: string; last: string },
  window: Window,
): Promise<TeamRow[]> {
  return executor
    .select()
    .from(teams)
    .where(statusFilters(reader, query, bounds))
    .orderBy(asc(teams.divisionCode), asc(teams.name), asc(teams.id))
    .limit(window.limit)
    .offset(window.offset);
}

/** Counts over every team of the filter: how many, how many sent each monthly kind, how many late reports. */
export async function statusSummary(executor: Executor, reader: Reader, query: ReportStatusExportQuery, bounds: { first: string; last: string }) {
  const [row] = await executor
    .select({
      teams: count(),
      monthlyReportIn: sql<number>`count(*) filter (where ${submitted('monthly_report', query.period)})`.mapWith(Number),
      workSummaryIn: sql<number>`count(*) filter (where ${submitted('work_summary', query.period)})`.mapWith(Number),
      late: sql<number>`coalesce(sum((select count(*) from ${teamReports} r where r.team_id = ${teamIdRef} and r.period = ${query.period} and r.late)), 0)`.mapWith(Number),
    })
    .from(teams)
    .where(statusFilters(reader, query, bounds));
  return row!;
}

export async function reportsOfTeams(executor: Executor, teamIds: readonly string[], period: string) {
  if (teamIds.length === 0) return [];
  return executor
    .select({ id: teamReports.id, teamId: teamReports.teamId, kind: teamReports.kind, late: teamReports.late, submittedAt: teamReports.submittedAt })
    .from(teamReports)
    .where(and(inArray(teamReports.teamId, [...teamIds]), eq(teamReports.period, period)));
}

/** Teams the cadre serves in now (a leader's to-do list starts from them). */
export async function activeTeamsOfCadre(executor: Executor, cadreId: string): Promise<TeamRow[]> {
  return executor
    .select(getTableColumns(teams))
    .from(teams)
    .innerJoin(teamMembers, eq(teamMembers.teamId, teams.id))
    .where(and(eq(teamMembers.cadreId, cadreId), isNull(teamMembers.leftOn), eq(teams.status, 'active')));
}
