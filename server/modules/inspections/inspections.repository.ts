import { and, asc, count, desc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { ListResult, Window } from '../../platform/db/paging.ts';
import type { InspectionExportQuery } from '../../../contracts/inspections.ts';
import { teamMembers, teams } from '../teams/index.ts';
import { cadres } from '../cadres/index.ts';
import { leaveRequests } from '../leave/index.ts';
import { inspectionFindings, inspections, rectifications } from './inspections.schema.ts';

export type InspectionRow = typeof inspections.$inferSelect;
export type FindingRow = typeof inspectionFindings.$inferSelect;
export type InspectionListRow = InspectionRow & { checked: number; atPost: number; absent: number };

/**
 * An inspection belongs to its region; a township or a team leader also sees the inspections that
 * checked cadres in their place (and, in the detail, only those findings).
 */
export function inspectionScopeCondition(scope: Scope): SQL {
  const extra: SQL[] = [];
  if (scope.divisionPrefix) {
    const within = withinDivision(sql`f.division_code`, scope.divisionPrefix);
    extra.push(sql`exists (select 1 from ${inspectionFindings} f where f.inspection_id = ${inspections.id} and ${within})`);
  }
  return scopeCondition(scope, { division: [inspections.divisionCode], extra });
}

export function findingScopeCondition(scope: Scope): SQL {
  return scopeCondition(scope, { division: [inspectionFindings.divisionCode] });
}

function filtersOf(scope: Scope, query: InspectionExportQuery): SQL | undefined {
  const filters: SQL[] = [inspectionScopeCondition(scope)];
  if (query.method) filters.push(eq(inspections.method, query.method));
  if (query.from) filters.push(gte(inspections.inspectedOn, query.from));
  if (query.to) filters.push(lte(inspections.inspectedOn, query.to));
  if (query.divisionCode) {
    const prefix = divisionPrefix(query.divisionCode);
    // A township filter finds the county-wide inspections that checked cadres there too.
    filters.push(
      sql`(${withinDivision(inspections.divisionCode, prefix)} or exists (select 1 from ${inspectionFindings} f where f.inspection_id = ${inspections.id} and ${withinDivision(sql`f.division_code`, prefix)}))`,
    );
  }
  return and(...filters);
}

function tallies(scope: Scope) {
  const inScope = scope.national ? sql`true` : scope.divisionPrefix ? withinDivision(sql`f.division_code`, scope.divisionPrefix) : sql`false`;
  const tally = (condition: SQL) =>
    // Spelled out: in a select list drizzle writes the outer id unqualified, which would name f.id.
    sql<number>`(select count(*)::int from ${inspectionFindings} f where f.inspection_id = "inspections"."id" and ${inScope} and ${condition})`;
  return { checked: tally(sql`true`), atPost: tally(sql`f.at_post`), absent: tally(sql`f.absence_reason = 'absent'`) };
}

export function readInspections(executor: Executor, scope: Scope, query: InspectionExportQuery, window: Window): Promise<InspectionListRow[]> {
  const column = { inspectedOn: inspections.inspectedOn, createdAt: inspections.createdAt }[query.sort];
  return executor
    .select({ ...inspectionColumns, ...tallies(scope) })
    .from(inspections)
    .where(filtersOf(scope, query))
    .orderBy(query.order === 'desc' ? desc(column) : asc(column), desc(inspections.createdAt), asc(inspections.id))
    .limit(window.limit)
    .offset(window.offset);
}

const inspectionColumns = {
  id: inspections.id,
  divisionCode: inspections.divisionCode,
  method: inspections.method,
  inspectedOn: inspections.inspectedOn,
  leadUnit: inspections.leadUnit,
  participants: inspections.participants,
  note: inspections.note,
  createdBy: inspections.createdBy,
  createdAt: inspections.createdAt,
};

export async function listInspections(executor: Executor, scope: Scope, query: InspectionExportQuery, window: Window): Promise<ListResult<InspectionListRow>> {
  const items = await readInspections(executor, scope, query, window);
  const [row] = await executor.select({ total: count() }).from(inspections).where(filtersOf(scope, query));
  return { items, total: row?.total ?? 0 };
}

export async function findInspectionInScope(executor: Executor, scope: Scope, id: string): Promise<InspectionListRow | undefined> {
  const [row] = await executor
    .select({ ...inspectionColumns, ...tallies(scope) })
    .from(inspections)
    .where(and(eq(inspections.id, id), inspectionScopeCondition(scope)));
  return row;
}

export function findingsOf(executor: Executor, scope: Scope, inspectionId: string): Promise<FindingRow[]> {
  return executor
    .select()
    .from(inspectionFindings)
    .where(and(eq(inspectionFindings.inspectionId, inspectionId), findingScopeCondition(scope)))
    .orderBy(asc(inspectionFindings.divisionCode), asc(inspectionFindings.createdAt), asc(inspectionFindings.id));
}

export async function insertInspection(executor: Executor, values: typeof inspections.$inferInsert): Promise<InspectionRow> {
  const [row] = await executor.insert(inspections).values(values).returning();
  return row!;
}

export async function insertFinding(executor: Executor, values: typeof inspectionFindings.$inferInsert): Promise<FindingRow> {
  const [row] = await executor.insert(inspectionFindings).values(values).returning();
  return row!;
}

/** The team each cadre serves in now, with the team's main village (where its records live). */
export function activeMemberships(executor: Executor, cadreIds: readonly string[]) {
  if (cadreIds.length === 0) return Promise.resolve([]);
  return executor
    .select({ cadreId: teamMembers.cadreId, teamId: teams.id, teamName: teams.name, divisionCode: teams.divisionCode })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(inArray(teamMembers.cadreId, [...cadreIds]), isNull(teamMembers.leftOn), eq(teams.status, 'active')));
}

export function rectificationIdsOfFindings(executor: Executor, findingIds: readonly string[]) {
  if (findingIds.length === 0) return Promise.resolve([]);
  return executor
    .select({ id: rectifications.id, findingId: rectifications.findingId })
    .from(rectifications)
    .where(inArray(rectifications.findingId, [...findingIds]));
}

/** Members in post of the active teams whose main village lies in the region, team by team, leaders first. */
export function rosterIn(executor: Executor, regionPrefix: string) {
  return executor
    .select({ cadreId: teamMembers.cadreId, cadreName: cadres.name, teamId: teams.id, teamName: teams.name, role: teamMembers.role, villageCode: teams.divisionCode })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .innerJoin(cadres, eq(cadres.id, teamMembers.cadreId))
    .where(and(withinDivision(teams.divisionCode, regionPrefix), isNull(teamMembers.leftOn), eq(teams.status, 'active')))
    .orderBy(asc(teams.divisionCode), asc(teams.name), sql`case when ${teamMembers.role} in ('leader_first_secretary', 'leader') then 0 else 1 end`, asc(cadres.pinyin))
    .limit(2000);
}

export function leavesByIds(executor: Executor, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return executor
    .select({ id: leaveRequests.id, startDate: leaveRequests.startDate, endDate: leaveRequests.endDate })
    .from(leaveRequests)
    .where(inArray(leaveRequests.id, [...ids]));
}

export function cadreAndTeamNames(executor: Executor, cadreIds: readonly string[], teamIds: readonly string[]) {
  return Promise.all([
    cadreIds.length ? executor.select({ id: cadres.id, name: cadres.name }).from(cadres).where(inArray(cadres.id, [...new Set(cadreIds)])) : [],
    teamIds.length ? executor.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, [...new Set(teamIds)])) : [],
  ]).then(([c, t]) => ({ cadres: new Map(c.map((r) => [r.id, r.name])), teams: new Map(t.map((r) => [r.id, r.name])) }));
}
