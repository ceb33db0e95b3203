import { and, asc, eq, isNull, sql, type Column, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { projectFundSources, projectOutputs, projects, projectScopeCondition } from '../projects/index.ts';
import { projectAllocations, projectPayments } from '../project-funds/index.ts';
import { donations } from '../donations/index.ts';
import { enterpriseContributions } from '../enterprises/index.ts';
import { advisorSupports } from '../advisors/index.ts';
import { serviceRequests } from '../service-requests/index.ts';
import { assets, dividends, shares } from '../assets/index.ts';
import { divisions } from '../divisions/index.ts';
import type { OutputKind } from '../../../contracts/project-codes.ts';
import { emptyCounted, type Counted } from './project-stats.counted.ts';

/** What to count: records under the region's prefix (none: everywhere) and in the caller's scope, grouped by the first `keyLength` digits. */
export type StatsArea = { scope: Scope; prefix: string | null; keyLength: number };

type Grouped = Map<string, Counted>;

function entry(into: Grouped, key: string): Counted {
  const k = key.trim();
  let counted = into.get(k);
  if (!counted) {
    counted = emptyCounted();
    into.set(k, counted);
  }
  return counted;
}

const keyOf = (column: Column, area: StatsArea) => sql<string>`substring(${column}, 1, ${sql.raw(String(area.keyLength))})`;
const int = (expression: SQL) => sql<number>`(${expression})::int`;
/** Sums of money and quantities as numeric text with two decimals, "0.00" over nothing. */
const amount = (expression: SQL | Column) => sql<string>`round(coalesce(sum(${expression}), 0), 2)::text`;

const region = (column: Column, area: StatsArea): SQL => (area.prefix === null ? sql`true` : withinDivision(column, area.prefix));
/** Social records carry only their village: they are seen by region, never through a unit. */
const inArea = (column: Column, area: StatsArea): SQL => and(region(column, area), scopeCondition(area.scope, { division: [column] }))!;
/** A project counts where it lies (its first village), so the rows of a region add up to the region. */
const projectsInArea = (area: StatsArea): SQL => and(region(projects.divisionCode, area), projectScopeCondition(area.scope))!;

/** Projects by state and by category (count and budget), the approved budget and the beneficiaries. */
async function countProjects(executor: Executor, area: StatsArea, into: Grouped) {
  const k = keyOf(projects.divisionCode, area);
  for (const [field, column] of [
    ['byState', projects.state],
    ['byCategory', projects.category],
  ] as const) {
    const rows = await executor
      .select({ key: k, code: column, projects: int(sql`count(*)`), budget: amount(projects.budget) })
      .from(projects)
      .where(projectsInArea(area))
      .groupBy(k, column);
    for (const row of rows) entry(into, row.key)[field][row.code] = { projects: row.projects, budget: row.budget };
  }
  const rows = await executor
    .select({
      key: k,
      approved: amount(projects.approvedBudget),
      households: int(sql`coalesce(sum(${projects.beneficiaryHouseholds}), 0)`),
      persons: int(sql`coalesce(sum(${projects.beneficiaryPersons}), 0)`),
    })
    .from(projects)
    .where(projectsInArea(area))
    .groupBy(k);
  for (const row of rows) Object.assign(entry(into, row.key), { approvedBudget: row.approved, beneficiaryHouseholds: row.households, beneficiaryPersons: row.persons });
}

/** Budgeted by the sources of each kind, allocated to them and paid out of them. */
async function countFunds(executor: Executor, area: StatsArea, into: Grouped) {
  const k = keyOf(projects.divisionCode, area);
  const allocated = sql`(select coalesce(sum(a.amount), 0) from ${projectAllocations} a where a.fund_source_id = ${projectFundSources.id})`;
  const paid = sql`(select coalesce(sum(p.amount), 0) from ${projectPayments} p where p.fund_source_id = ${projectFundSources.id})`;
  const rows = await executor
    .select({ key: k, kind: projectFundSources.kind, budgeted: amount(projectFundSources.amount), allocated: amount(allocated), paid: amount(paid) })
    .from(projectFundSources)
    .innerJoin(projects, eq(projects.id, projectFundSources.projectId))
    .where(projectsInArea(area))
    .groupBy(k, projectFundSources.kind);
  for (const row of rows) entry(into, row.key).funds[row.kind] = { budgeted: row.budgeted, allocated: row.allocated, paid: row.paid };
}

async function countOutputs(executor: Executor, area: StatsArea, into: Grouped) {
  const k = keyOf(projects.divisionCode, area);
  const rows = await executor
    .select({ key: k, kind: projectOutputs.kind, unit: projectOutputs.unit, planned: amount(projectOutputs.planned), actual: amount(projectOutputs.actual) })
    .from(projectOutputs)
    .innerJoin(projects, eq(projects.id, projectOutputs.projectId))
    .where(projectsInArea(area))
    .groupBy(k, projectOutputs.kind, projectOutputs.unit);
  for (const row of rows) entry(into, row.key).outputs.push({ kind: row.kind as OutputKind, unit: row.unit, planned: row.planned, actual: row.actual });
}

async function countDonations(executor: Executor, area: StatsArea, into: Grouped) {
  const k = keyOf(donations.divisionCode, area);
  const rows = await executor
    .select({ key: k, form: donations.form, count: int(sql`count(*)`), value: amount(donations.value) })
    .from(donations)
    .where(inArea(donations.divisionCode, area))
    .groupBy(k, donations.form);
  for (const row of rows) entry(into, row.key).donations[row.form] = { count: row.count, value: row.value };
}

async function countEnterpriseContributions(executor: Executor, area: StatsArea, into: Grouped) {
  const table = enterpriseContributions;
  const k = keyOf(table.divisionCode, area);
  const rows = await executor
    .select({
      key: k,
      kind: table.kind,
      count: int(sql`count(*)`),
      value: amount(table.value),
      jobs: amount(table.quantity),
    })
    .from(table)
    .where(inArea(table.divisionCode, area))
    .groupBy(k, table.kind);
  for (const row of rows) {
    const c = entry(into, row.key);
    c.enterpriseContributions[row.kind] = { count: row.count, value: row.value };
    if (row.kind === 'jobs') c.enterpriseJobs = row.jobs;
  }
}

async function countAdvisorSupports(executor: Executor, area: StatsArea, into: Grouped) {
  const k = keyOf(advisorSupports.divisionCode, area);
  const rows = await executor
    .select({ key: k, kind: advisorSupports.kind, count: int(sql`count(*)`), value: amount(advisorSupports.value) })
    .from(advisorSupports)
    .where(inArea(advisorSupports.divisionCode, area))
    .groupBy(k, advisorSupports.kind);
  for (const row of rows) entry(into, row.key).advisorSupports[row.kind] = { count: row.count, value: row.value };
}

async function countServiceRequests(executor: Executor, area: StatsArea, into: Grouped) {
  const k = keyOf(serviceRequests.divisionCode, area);
  const rows = await executor
    .select({ key: k, state: serviceRequests.state, count: int(sql`count(*)`) })
    .from(serviceRequests)
    .where(inArea(serviceRequests.divisionCode, area))
    .groupBy(k, serviceRequests.state);
  for (const row of rows) entry(into, row.key).serviceRequests[row.state] = row.count;
}

/** Project assets, households' shares and the dividends paid on them, all years. */
async function countAssetIncome(executor: Executor, area: StatsArea, into: Grouped) {
  const parts = [
    { field: 'assets', table: assets, division: assets.divisionCode, value: assets.value },
    { field: 'shares', table: shares, division: shares.divisionCode, value: shares.amount },
    { field: 'dividends', table: dividends, division: dividends.divisionCode, value: dividends.amount },
  ] as const;
  for (const part of parts) {
    const k = keyOf(part.division, area);
    const rows = await executor
      .select({ key: k, count: int(sql`count(*)`), value: amount(part.value) })
      .from(part.table)
      .where(inArea(part.division, area))
      .groupBy(k);
    for (const row of rows) entry(into, row.key)[part.field] = { count: row.count, value: row.value };
  }
}

/** Each figure by one grouped query, one after another (the embedded database has one connection). */
export async function countByChild(executor: Executor, area: StatsArea): Promise<Grouped> {
  const grouped: Grouped = new Map();
  const counts = [countProjects, countFunds, countOutputs, countDonations, countEnterpriseContributions, countAdvisorSupports, countServiceRequests, countAssetIncome];
  for (const count of counts) await count(executor, area, grouped);
  return grouped;
}

/** The child regions as the divisions table knows them (the provinces under the country), in code order. */
export function childRegions(executor: Executor, parentCode: string | null) {
  return executor
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(parentCode === null ? isNull(divisions.parentCode) : eq(divisions.parentCode, parentCode))
    .orderBy(asc(divisions.code));
}
