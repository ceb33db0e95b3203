import { and, asc, eq, sql, type Column, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { householdIndicators, householdPersons, households } from '../households/index.ts';
import { visits } from '../visits/index.ts';
import { demands } from '../demands/index.ts';
import { labourTransfers } from '../labour-transfers/index.ts';
import { divisions } from '../divisions/index.ts';

/** What to count: rows under the region's prefix and in the caller's scope, grouped by the first `keyLength` digits. */
export type StatsArea = { scope: Scope; prefix: string; keyLength: number; from: string; to: string };

export type Count = { households: number; persons: number };

/** The raw figures of one child region; ratios are worked out by the service from these sums. */
export type Counted = {
  byStatus: Record<string, Count>;
  byCause: Record<string, Count>;
  byMonitoring: Record<string, Count>;
  indicatorGaps: Record<string, number>;
  toVisit: number;
  visited: number;
  demandsRaised: number;
  demandsSolved: number;
  demandDaysSum: number;
  labourTransfers: number;
};

type Grouped = Map<string, Counted>;

const empty = (): Counted => ({ byStatus: {}, byCause: {}, byMonitoring: {}, indicatorGaps: {}, toVisit: 0, visited: 0, demandsRaised: 0, demandsSolved: 0, demandDaysSum: 0, labourTransfers: 0 });

function entry(into: Grouped, key: string): Counted {
  const k = key.trim();
  let counted = into.get(k);
  if (!counted) {
    counted = empty();
    into.set(k, counted);
  }
  return counted;
}

const keyOf = (column: Column, area: StatsArea) => sql<string>`substring(${column}, 1, ${sql.raw(String(area.keyLength))})`;
const inArea = (column: Column, area: StatsArea): SQL =>
  and(withinDivision(column, area.prefix), scopeCondition(area.scope, { division: [column] }))!;
const int = (expression: SQL) => sql<number>`(${expression})::int`;

/** Households and their members by one grouping of the household (status, main cause, monitoring). */
async function countHouseholdsBy(executor: Executor, area: StatsArea, group: SQL<string | null>, where: SQL) {
  const k = keyOf(households.divisionCode, area);
  return executor
    .select({ key: k, group, households: int(sql`count(distinct ${households.id})`), persons: int(sql`count(${householdPersons.id})`) })
    .from(households)
    .leftJoin(householdPersons, eq(householdPersons.householdId, households.id))
    .where(and(inArea(households.divisionCode, area), where))
    .groupBy(k, group);
}

async function countRegistry(executor: Executor, area: StatsArea, into: Grouped) {
  for (const row of await countHouseholdsBy(executor, area, sql<string>`${households.status}`, sql`true`)) {
    entry(into, row.key).byStatus[row.group ?? ''] = { households: row.households, persons: row.persons };
  }
  for (const row of await countHouseholdsBy(executor, area, sql<string>`${households.mainCause}`, sql`${households.mainCause} is not null`)) {
    entry(into, row.key).byCause[row.group ?? ''] = { households: row.households, persons: row.persons };
  }
  const monitoring = sql<string>`case when ${households.monitoringState} = 'risk_removed' then 'risk_removed' else ${households.monitoringType} end`;
  const monitored = sql`${households.monitoringState} is not null and ${households.monitoringType} is not null`;
  for (const row of await countHouseholdsBy(executor, area, monitoring, monitored)) {
    entry(into, row.key).byMonitoring[row.group ?? ''] = { households: row.households, persons: row.persons };
  }
}

/** Households with each indicator 不达标. */
async function countIndicatorGaps(executor: Executor, area: StatsArea, into: Grouped) {
  const k = keyOf(households.divisionCode, area);
  const rows = await executor
    .select({ key: k, indicator: householdIndicators.indicator, households: int(sql`count(*)`) })
    .from(householdIndicators)
    .innerJoin(households, eq(households.id, householdIndicators.householdId))
    .where(and(eq(householdIndicators.status, 'unmet'), inArea(households.divisionCode, area)))
    .groupBy(k, householdIndicators.indicator);
  for (const row of rows) entry(into, row.key).indicatorGaps[row.indicator] = row.households;
}

/** Households to visit (on the registry or monitored) and those of them with a visit in the period. */
async function countVisits(executor: Executor, area: StatsArea, into: Grouped) {
  const k = keyOf(households.divisionCode, area);
  const visitedInPeriod = sql`exists (select 1 from ${visits} where ${visits.householdId} = ${households.id} and ${visits.visitedOn} between ${area.from}::date and ${area.to}::date)`;
  const rows = await executor
    .select({ key: k, toVisit: int(sql`count(*)`), visited: int(sql`count(*) filter (where ${visitedInPeriod})`) })
    .from(households)
    .where(and(inArea(households.divisionCode, area), sql`(${households.status} in ('new', 'registered', 'exited') or ${households.monitoringState} = 'monitoring')`))
    .groupBy(k);
  for (const row of rows) Object.assign(entry(into, row.key), { toVisit: row.toVisit, visited: row.visited });
}

/** Demands raised in the period, those solved in it, and the days they took. */
async function countDemands(executor: Executor, area: StatsArea, into: Grouped) {
  const k = keyOf(demands.divisionCode, area);
  const raised = sql`${demands.raisedOn} between ${area.from}::date and ${area.to}::date`;
  const solved = sql`${demands.state} = 'solved' and ${demands.solvedOn} between ${area.from}::date and ${area.to}::date`;
  const rows = await executor
    .select({
      key: k,
      raised: int(sql`count(*) filter (where ${raised})`),
      solved: int(sql`count(*) filter (where ${solved})`),
      days: int(sql`coalesce(sum(${demands.solvedOn} - ${demands.raisedOn}) filter (where ${solved}), 0)`),
    })
    .from(demands)
    .where(and(inArea(demands.divisionCode, area), sql`((${raised}) or (${solved}))`))
    .groupBy(k);
  for (const row of rows) Object.assign(entry(into, row.key), { demandsRaised: row.raised, demandsSolved: row.solved, demandDaysSum: row.days });
}

/** People in a labour transfer at some time in the period. */
async function countLabour(executor: Executor, area: StatsArea, into: Grouped) {
  const k = keyOf(labourTransfers.divisionCode, area);
  const rows = await executor
    .select({ key: k, people: int(sql`count(distinct ${labourTransfers.personId})`) })
    .from(labourTransfers)
    .where(
      and(
        inArea(labourTransfers.divisionCode, area),
        sql`${labourTransfers.startedOn} <= ${area.to}::date and (${labourTransfers.endedOn} is null or ${labourTransfers.endedOn} >= ${area.from}::date)`,
      ),
    )
    .groupBy(k);
  for (const row of rows) entry(into, row.key).labourTransfers = row.people;
}

/** Each figure by one grouped query, one after another (the embedded database has one connection). */
export async function countByChild(executor: Executor, area: StatsArea): Promise<Grouped> {
  const grouped: Grouped = new Map();
  for (const count of [countRegistry, countIndicatorGaps, countVisits, countDemands, countLabour]) await count(executor, area, grouped);
  return grouped;
}

/** The child regions as the divisions table knows them, in code order. */
export function childRegions(executor: Executor, parentCode: string) {
  return executor.select({ code: divisions.code, name: divisions.name }).from(divisions).where(eq(divisions.parentCode, parentCode)).orderBy(asc(divisions.code));
}
