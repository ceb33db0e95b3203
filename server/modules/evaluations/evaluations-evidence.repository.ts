import { and, between, count, desc, eq, gte, inArray, isNull, lte, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { makeScope, withinDivision } from '../../platform/access/scope.ts';
import type { Satisfaction } from '../../../contracts/evaluation-codes.ts';
import { teamMembers } from '../teams/index.ts';
import { presenceDays } from '../presence/index.ts';
import { leaveRequests } from '../leave/index.ts';
import { criticisms, inspectionFindings, inspections } from '../inspections/index.ts';
import { visitedHouseholdCounts } from '../visits/index.ts';
import { diaries } from '../diaries/index.ts';
import { teamReports } from '../reports/index.ts';
import { orgLifeRecords } from '../org-life/index.ts';
import { massRatings } from '../mass-ratings/index.ts';

export type Span = { from: string; to: string; months: string[] };
export type Serving = { cadreId: string; teamId: string; divisionCode: string };

/** Cadres who served in a team in the county at any time in the span; the latest posting counts. */
export async function servingCadres(executor: Executor, countyCode: string, span: Span): Promise<Serving[]> {
  return executor
    .selectDistinctOn([teamMembers.cadreId], { cadreId: teamMembers.cadreId, teamId: teamMembers.teamId, divisionCode: teamMembers.divisionCode })
    .from(teamMembers)
    .where(
      and(
        withinDivision(teamMembers.divisionCode, countyCode.slice(0, 6)),
        lte(teamMembers.joinedOn, span.to),
        or(isNull(teamMembers.leftOn), gte(teamMembers.leftOn, span.from)),
      ),
    )
    .orderBy(teamMembers.cadreId, desc(teamMembers.joinedOn));
}

const asMap = (rows: { key: string | null; n: number }[]) => new Map(rows.filter((r) => r.key !== null).map((r) => [r.key!, Number(r.n)]));

export async function presenceByCadre(executor: Executor, cadreIds: string[], span: Span): Promise<Map<string, number>> {
  const rows = await executor
    .select({ key: presenceDays.cadreId, n: count() })
    .from(presenceDays)
    .where(and(inArray(presenceDays.cadreId, cadreIds), between(presenceDays.day, span.from, span.to)))
    .groupBy(presenceDays.cadreId);
  return asMap(rows);
}

/** Approved leave that ended in the span, before today, and was never reported back (销假). */
export async function unreportedLeaveByCadre(executor: Executor, cadreIds: string[], span: Span, today: string): Promise<Map<string, number>> {
  const rows = await executor
    .select({ key: leaveRequests.cadreId, n: count() })
    .from(leaveRequests)
    .where(
      and(
        inArray(leaveRequests.cadreId, cadreIds),
        eq(leaveRequests.state, 'approved'),
        between(leaveRequests.endDate, span.from, span.to),
        lt(leaveRequests.endDate, today),
      ),
    )
    .groupBy(leaveRequests.cadreId);
  return asMap(rows);
}

/** Inspections that found the cadre away without leave or official business. */
export async function absencesByCadre(executor: Executor, cadreIds: string[], span: Span): Promise<Map<string, number>> {
  const rows = await executor
    .select({ key: inspectionFindings.cadreId, n: count() })
    .from(inspectionFindings)
    .innerJoin(inspections, eq(inspections.id, inspectionFindings.inspectionId))
    .where(
      and(
        inArray(inspectionFindings.cadreId, cadreIds),
        eq(inspectionFindings.atPost, false),
        eq(inspectionFindings.absenceReason, 'absent'),
        between(inspections.inspectedOn, span.from, span.to),
      ),
    )
    .groupBy(inspectionFindings.cadreId);
  return asMap(rows);
}

export async function criticismsByCadre(executor: Executor, cadreIds: string[], span: Span): Promise<Map<string, number>> {
  const rows = await executor
    .select({ key: criticisms.cadreId, n: count() })
    .from(criticisms)
    .where(and(inArray(criticisms.cadreId, cadreIds), between(criticisms.issuedOn, span.from, span.to)))
    .groupBy(criticisms.cadreId);
  return asMap(rows);
}

export async function diariesByCadre(executor: Executor, cadreIds: string[], span: Span): Promise<Map<string, number>> {
  const rows = await executor
    .select({ key: diaries.cadreId, n: count() })
    .from(diaries)
    .where(and(inArray(diaries.cadreId, cadreIds), between(diaries.entryDate, span.from, span.to)))
    .groupBy(diaries.cadreId);
  return asMap(rows);
}

/** Per village: households the coverage counts and those visited in the span (the visits module's rule). */
export async function coverageByVillage(executor: Executor, countyCode: string, span: Span): Promise<Map<string, { households: number; visited: number }>> {
  const rows = await visitedHouseholdCounts(executor, makeScope(countyCode, null), { from: span.from, to: span.to });
  return new Map(rows.map((r) => [r.divisionCode, { households: r.households, visited: r.visited }]));
}

/** Monthly reports of the span's months each team submitted by the due day. */
export async function reportsOnTimeByTeam(executor: Executor, teamIds: string[], span: Span): Promise<Map<string, number>> {
  const rows = await executor
    .select({ key: teamReports.teamId, n: count() })
    .from(teamReports)
    .where(and(inArray(teamReports.teamId, teamIds), eq(teamReports.kind, 'monthly_report'), inArray(teamReports.period, span.months), eq(teamReports.late, false)))
    .groupBy(teamReports.teamId);
  return asMap(rows);
}

/** Meetings in the county in the span each cadre is recorded as attending. */
export async function meetingsByCadre(executor: Executor, countyCode: string, cadreIds: string[], span: Span): Promise<Map<string, number>> {
  const attendee = sql<string>`unnest(${orgLifeRecords.attendeeIds})`;
  const inner = executor
    .select({ cadreId: attendee.as('cadre_id') })
    .from(orgLifeRecords)
    .where(and(withinDivision(orgLifeRecords.divisionCode, countyCode.slice(0, 6)), between(orgLifeRecords.heldOn, span.from, span.to)))
    .as('attended');
  const rows = await executor
    .select({ key: sql<string>`${inner.cadreId}::text`, n: count() })
    .from(inner)
    .where(inArray(sql`${inner.cadreId}`, cadreIds))
    .groupBy(inner.cadreId);
  return asMap(rows);
}

export type RatingTally = Record<Satisfaction, number>;

export async function ratingsByTeam(executor: Executor, teamIds: string[], year: number, quarter: number): Promise<Map<string, RatingTally>> {
  const rows = await executor
    .select({ teamId: massRatings.teamId, satisfaction: massRatings.satisfaction, n: count() })
    .from(massRatings)
    .where(and(inArray(massRatings.teamId, teamIds), eq(massRatings.year, year), eq(massRatings.quarter, quarter)))
    .groupBy(massRatings.teamId, massRatings.satisfaction);
  const result = new Map<string, RatingTally>();
  for (const row of rows) {
    const tally = result.get(row.teamId) ?? { satisfied: 0, fairly_satisfied: 0, dissatisfied: 0 };
    tally[row.satisfaction] += Number(row.n);
    result.set(row.teamId, tally);
  }
  return result;
}
