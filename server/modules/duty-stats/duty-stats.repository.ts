import { and, asc, between, eq, gte, inArray, isNull, lte, sql, type Column, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { withinDivision } from '../../platform/access/scope.ts';
import { teamMembers, teams } from '../teams/index.ts';
import { presenceDays } from '../presence/index.ts';
import { leaveRequests } from '../leave/index.ts';
import { criticisms, inspectionFindings, inspections, rectifications } from '../inspections/index.ts';
import { teamReports } from '../reports/index.ts';
import { divisions } from '../divisions/index.ts';
import type { DutyStatsFigures } from '../../../contracts/duty-stats.ts';

/**
 * What to count: rows under `prefix` (null: the whole country), grouped by the first `keyLength`
 * digits of their division code — one group per child region.
 */
export type StatsArea = {
  prefix: string | null;
  keyLength: number;
  month: string;
  from: string;
  to: string;
  days: number;
  today: string;
  /** The whole month's minimum of days in the village, and the last day that counts towards it. */
  minimum: number;
  countedUntil: string;
};

export type Counted = Partial<Omit<DutyStatsFigures, 'presenceAverage'>>;
type Grouped = Map<string, Counted>;

function keyOf(column: Column, area: StatsArea): SQL<string> {
  return sql<string>`substring(${column}, 1, ${sql.raw(String(area.keyLength))})`;
}

function within(column: Column, area: StatsArea): SQL {
  return area.prefix === null ? sql`true` : withinDivision(column, area.prefix);
}

const int = (expression: SQL) => sql<number>`(${expression})::int`;

function merge(into: Grouped, rows: ({ key: string } & Counted)[]): void {
  for (const { key: code, ...figures } of rows) {
    const trimmed = code.trim();
    into.set(trimmed, { ...into.get(trimmed), ...figures });
  }
}

/** Active teams, and those among them without the month's 月报 (monthly_report) from their leader. */
async function countTeams(executor: Executor, area: StatsArea, into: Grouped) {
  const k = keyOf(teams.divisionCode, area);
  const rows = await executor
    .select({ key: k, teams: int(sql`count(*)`), reportsMissing: int(sql`count(*) filter (where ${teamReports.id} is null)`) })
    .from(teams)
    .leftJoin(teamReports, and(eq(teamReports.teamId, teams.id), eq(teamReports.kind, 'monthly_report'), eq(teamReports.period, area.month)))
    .where(and(eq(teams.status, 'active'), lte(teams.termStart, area.to), within(teams.divisionCode, area)))
    .groupBy(k);
  merge(into, rows);
}

/**
 * Members in post on the month's last day (today for a month still running), and how many of those who
 * served in the month fell short — the presence module's rule, per membership: the month's minimum in
 * proportion to the counted days served (rounded down), less approved leave days within them; short
 * when something is required and fewer days were recorded. Correlated subqueries ride the cadre indexes.
 */
async function countMembers(executor: Executor, area: StatsArea, into: Grouped) {
  const reference = area.today < area.to ? area.today : area.to;
  const tm = teamMembers;
  const result = await executor.execute<{ key: string; members: number; belowMinimum: number }>(sql`
    with m as (
      select ${keyOf(tm.divisionCode, area)} as k, ${tm.cadreId} as cadre_id,
        (${tm.joinedOn} <= ${reference}::date and (${tm.leftOn} is null or ${tm.leftOn} > ${reference}::date)) as in_post,
        greatest(${area.from}::date, ${tm.joinedOn}) as s,
        least(${area.countedUntil}::date, coalesce(${tm.leftOn}, ${area.to}::date)) as e
      from ${tm}
      where ${tm.joinedOn} <= ${area.to}::date and (${tm.leftOn} is null or ${tm.leftOn} >= ${area.from}::date) and ${within(tm.divisionCode, area)}
    ), r as (
      select m.k, m.in_post,
        case when m.e >= m.s then floor(${area.minimum}::int * (m.e - m.s + 1) / ${area.days}::numeric)::int else 0 end
        - coalesce((
            select sum(least(${leaveRequests.endDate}, m.e) - greatest(${leaveRequests.startDate}, m.s) + 1)
            from ${leaveRequests}
            where ${leaveRequests.cadreId} = m.cadre_id and ${excusing()}
              and ${leaveRequests.startDate} <= m.e and ${leaveRequests.endDate} >= m.s
          ), 0) as required,
        (select count(*) from ${presenceDays}
          where ${presenceDays.cadreId} = m.cadre_id and ${presenceDays.day} between ${area.from}::date and ${area.to}::date) as recorded
      from m
    )
    select k as "key", (count(*) filter (where in_post))::int as "members",
      (count(*) filter (where required > 0 and recorded < required))::int as "belowMinimum"
    from r group by k`);
  merge(into, result.rows);
}

/** Every day in the village recorded in the month, including those of members who left during it. */
async function countPresence(executor: Executor, area: StatsArea, into: Grouped) {
  const k = keyOf(presenceDays.divisionCode, area);
  const rows = await executor
    .select({ key: k, presenceDays: int(sql`count(*)`) })
    .from(presenceDays)
    .where(and(between(presenceDays.day, area.from, area.to), within(presenceDays.divisionCode, area)))
    .groupBy(k);
  merge(into, rows);
}

const excusing = () => inArray(leaveRequests.state, ['approved', 'reported_back']);

/** Calendar days of a leave that fall inside the month. */
const overlap = (area: StatsArea) =>
  sql`(least(${leaveRequests.endDate}, ${area.to}::date) - greatest(${leaveRequests.startDate}, ${area.from}::date) + 1)`;

/** Approved leave days in the month, and requests touching the month still waiting for a decision. */
async function countLeave(executor: Executor, area: StatsArea, into: Grouped) {
  const k = keyOf(leaveRequests.divisionCode, area);
  const rows = await executor
    .select({
      key: k,
      leaveDays: int(sql`coalesce(sum(${overlap(area)}) filter (where ${excusing()}), 0)`),
      leavePending: int(sql`count(*) filter (where ${leaveRequests.state} = 'pending')`),
    })
    .from(leaveRequests)
    .where(and(lte(leaveRequests.startDate, area.to), gte(leaveRequests.endDate, area.from), within(leaveRequests.divisionCode, area)))
    .groupBy(k);
  merge(into, rows);
}

/** Inspections held in the month where they were held; their findings where the cadre serves. */
async function countInspections(executor: Executor, area: StatsArea, into: Grouped) {
  const k = keyOf(inspections.divisionCode, area);
  merge(
    into,
    await executor
      .select({ key: k, inspections: int(sql`count(*)`) })
      .from(inspections)
      .where(and(between(inspections.inspectedOn, area.from, area.to), within(inspections.divisionCode, area)))
      .groupBy(k),
  );
  const f = keyOf(inspectionFindings.divisionCode, area);
  merge(
    into,
    await executor
      .select({
        key: f,
        findings: int(sql`count(*)`),
        absent: int(sql`count(*) filter (where not ${inspectionFindings.atPost} and ${inspectionFindings.absenceReason} = 'absent')`),
      })
      .from(inspectionFindings)
      .innerJoin(inspections, eq(inspections.id, inspectionFindings.inspectionId))
      .where(and(between(inspections.inspectedOn, area.from, area.to), within(inspectionFindings.divisionCode, area)))
      .groupBy(f),
  );
}

/**
 * Rectifications ordered by inspections up to the month's end and not accepted yet; overdue when the
 * deadline has passed (the inspections module may already have marked them so).
 */
async function countRectifications(executor: Executor, area: StatsArea, into: Grouped) {
  const k = keyOf(rectifications.divisionCode, area);
  const rows = await executor
    .select({
      key: k,
      rectificationsOpen: int(sql`count(*)`),
      rectificationsOverdue: int(sql`count(*) filter (where ${rectifications.state} = 'overdue' or ${rectifications.deadline} < ${area.today})`),
    })
    .from(rectifications)
    .innerJoin(inspections, eq(inspections.id, rectifications.inspectionId))
    .where(and(sql`${rectifications.state} <> 'accepted'`, lte(inspections.inspectedOn, area.to), within(rectifications.divisionCode, area)))
    .groupBy(k);
  merge(into, rows);
}

/** Notices of criticism issued in the month's year up to its end. */
async function countCriticisms(executor: Executor, area: StatsArea, into: Grouped) {
  const k = keyOf(criticisms.divisionCode, area);
  const rows = await executor
    .select({ key: k, criticisms: int(sql`count(*)`) })
    .from(criticisms)
    .where(and(eq(criticisms.year, Number(area.month.slice(0, 4))), lte(criticisms.issuedOn, area.to), within(criticisms.divisionCode, area)))
    .groupBy(k);
  merge(into, rows);
}

/** The child regions as the divisions table knows them (a county's townships…), in code order. */
export function childRegions(executor: Executor, parentCode: string | null) {
  return executor
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(parentCode === null ? isNull(divisions.parentCode) : eq(divisions.parentCode, parentCode))
    .orderBy(asc(divisions.code));
}

/** Each figure by one grouped query, one after another (the embedded database has one connection). */
export async function countByChild(executor: Executor, area: StatsArea): Promise<Grouped> {
  const grouped: Grouped = new Map();
  for (const count of [countTeams, countMembers, countPresence, countLeave, countInspections, countRectifications, countCriticisms]) {
    await count(executor, area, grouped);
  }
  return grouped;
}
