import { and, asc, count, countDistinct, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, withinDivision } from '../../platform/access/scope.ts';
import type { Satisfaction } from '../../../contracts/evaluation-codes.ts';
import { visits } from '../visits/index.ts';
import { diaries } from '../diaries/index.ts';
import { teamReports } from '../reports/index.ts';
import { massRatings } from '../mass-ratings/index.ts';
import { demands } from '../demands/index.ts';
import { orgLifeRecords } from '../org-life/index.ts';
import { projects, projectVillages } from '../projects/index.ts';
import { criticisms, inspectionFindings, inspections } from '../inspections/index.ts';
import { teamMembers, teams, teamScopeCondition } from '../teams/index.ts';
import { cadres } from '../cadres/index.ts';
import { divisions } from '../divisions/index.ts';
import { units } from '../units/index.ts';
import { ledgerCommitments } from './ledgers.schema.ts';
import { firstSecretaryRoles } from './ledgers.repository.ts';
import type { Scope } from '../../platform/access/scope.ts';

export type MonthCount = { month: number; total: number };

const monthOf = (column: SQL) => sql<number>`extract(month from ${column})::int`.mapWith(Number);

async function byMonth(executor: Executor, table: PgTable, dateColumn: SQL, where: SQL): Promise<MonthCount[]> {
  return executor.select({ month: monthOf(dateColumn), total: count() }).from(table).where(where).groupBy(monthOf(dateColumn));
}

const yearRange = (column: SQL, year: number) => sql`${column} >= ${`${year}-01-01`} and ${column} <= ${`${year}-12-31`}`;

export function visitsByMonth(executor: Executor, cadreId: string, year: number): Promise<MonthCount[]> {
  const day = sql`${visits.visitedOn}`;
  return byMonth(executor, visits, day, and(eq(visits.cadreId, cadreId), yearRange(day, year))!);
}

export function diariesByMonth(executor: Executor, cadreId: string, year: number): Promise<MonthCount[]> {
  const day = sql`${diaries.entryDate}`;
  return byMonth(executor, diaries, day, and(eq(diaries.cadreId, cadreId), yearRange(day, year))!);
}

/** 群众诉求 assigned to him and solved, by the day solved. */
export function demandsSolvedByMonth(executor: Executor, cadreId: string, year: number): Promise<MonthCount[]> {
  const day = sql`${demands.solvedOn}`;
  return byMonth(executor, demands, day, and(eq(demands.assignedCadreId, cadreId), eq(demands.state, 'solved'), yearRange(day, year))!);
}

/** Organizational life he attended, in whichever branch held it. */
export function orgLifeByMonth(executor: Executor, cadreId: string, year: number): Promise<MonthCount[]> {
  const day = sql`${orgLifeRecords.heldOn}`;
  return byMonth(executor, orgLifeRecords, day, and(sql`${cadreId}::uuid = any(${orgLifeRecords.attendeeIds})`, yearRange(day, year))!);
}

/** Projects serving the team's village that broke ground, by the day work started. */
export async function projectsStartedByMonth(executor: Executor, villageCode: string, year: number): Promise<MonthCount[]> {
  const day = sql`${projects.startedOn}`;
  return executor
    .select({ month: monthOf(day), total: countDistinct(projects.id) })
    .from(projects)
    .innerJoin(projectVillages, eq(projectVillages.projectId, projects.id))
    .where(and(eq(projectVillages.divisionCode, villageCode), yearRange(day, year)))
    .groupBy(monthOf(day));
}

/** Reports the team submitted, by the month they came in (Beijing time). */
export async function reportsByMonth(executor: Executor, teamId: string, year: number): Promise<MonthCount[]> {
  const local = sql`(${teamReports.submittedAt} at time zone 'Asia/Shanghai')`;
  return executor
    .select({ month: monthOf(local), total: count() })
    .from(teamReports)
    .where(and(eq(teamReports.teamId, teamId), sql`extract(year from ${local}) = ${year}`))
    .groupBy(monthOf(local));
}

export async function massRatingCounts(executor: Executor, teamId: string, year: number): Promise<Map<Satisfaction, number>> {
  const rows = await executor
    .select({ satisfaction: massRatings.satisfaction, total: count() })
    .from(massRatings)
    .where(and(eq(massRatings.teamId, teamId), eq(massRatings.year, year)))
    .groupBy(massRatings.satisfaction);
  return new Map(rows.map((r) => [r.satisfaction, r.total]));
}

export async function inspectionCounts(executor: Executor, cadreId: string, year: number): Promise<{ checks: number; absent: number; criticisms: number }> {
  const [findings] = await executor
    .select({ checks: count(), absent: sql<number>`count(*) filter (where not ${inspectionFindings.atPost})`.mapWith(Number) })
    .from(inspectionFindings)
    .innerJoin(inspections, eq(inspections.id, inspectionFindings.inspectionId))
    .where(and(eq(inspectionFindings.cadreId, cadreId), yearRange(sql`${inspections.inspectedOn}`, year)));
  const [notices] = await executor.select({ total: count() }).from(criticisms).where(and(eq(criticisms.cadreId, cadreId), eq(criticisms.year, year)));
  return { checks: findings?.checks ?? 0, absent: findings?.absent ?? 0, criticisms: notices?.total ?? 0 };
}

export async function cadreHeader(executor: Executor, cadreId: string) {
  const [row] = await executor.select({ id: cadres.id, name: cadres.name, unitName: units.name }).from(cadres).leftJoin(units, eq(units.id, cadres.unitId)).where(eq(cadres.id, cadreId));
  return row;
}

export async function villageName(executor: Executor, code: string): Promise<string | null> {
  const [row] = await executor.select({ name: divisions.name }).from(divisions).where(eq(divisions.code, code));
  return row?.name ?? null;
}

/** First secretaries who served in the year in teams within reach, with their commitment counts. */
function secretariesWhere(scope: Scope, year: number, divisionCode: string | undefined): SQL {
  const filters: SQL[] = [
    teamScopeCondition(scope),
    inArray(teamMembers.role, [...firstSecretaryRoles]),
    lte(teamMembers.joinedOn, `${year}-12-31`),
    or(isNull(teamMembers.leftOn), gte(teamMembers.leftOn, `${year}-01-01`))!,
  ];
  if (divisionCode) filters.push(withinDivision(teams.divisionCode, divisionPrefix(divisionCode)));
  return and(...filters)!;
}

export async function firstSecretaries(executor: Executor, scope: Scope, year: number, divisionCode: string | undefined, today: string, window: { limit: number; offset: number }) {
  const ofCadre = (extra: SQL) =>
    sql<number>`(select count(*) from ${ledgerCommitments} c where c.cadre_id = ${teamMembers.cadreId} and c.team_id = ${teamMembers.teamId} and c.promised_on <= ${`${year}-12-31`} and c.due_on >= ${`${year}-01-01`} and ${extra})`.mapWith(Number);
  return executor
    .select({
      id: teamMembers.id,
      cadreId: teamMembers.cadreId,
      cadreName: cadres.name,
      teamId: teams.id,
      teamName: teams.name,
      divisionCode: teams.divisionCode,
      villageName: divisions.name,
      commitments: ofCadre(sql`true`),
      kept: ofCadre(sql`c.state = 'kept'`),
      overdue: ofCadre(sql`c.state = 'open' and c.due_on < ${today}`),
    })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .innerJoin(cadres, eq(cadres.id, teamMembers.cadreId))
    .leftJoin(divisions, eq(divisions.code, teams.divisionCode))
    .where(secretariesWhere(scope, year, divisionCode))
    .orderBy(asc(teams.divisionCode), asc(cadres.name), asc(teamMembers.id))
    .limit(window.limit)
    .offset(window.offset);
}

export async function countFirstSecretaries(executor: Executor, scope: Scope, year: number, divisionCode: string | undefined): Promise<number> {
  const [row] = await executor
    .select({ total: count() })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(secretariesWhere(scope, year, divisionCode));
  return row?.total ?? 0;
}
