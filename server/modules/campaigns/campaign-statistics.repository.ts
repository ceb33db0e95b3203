import { and, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { withinDivision } from '../../platform/access/scope.ts';
import type { CampaignLine } from '../../../contracts/party-codes.ts';
import { units } from '../units/index.ts';
import { partyOrgs } from '../party-orgs/index.ts';
import { campaignLedgerEntries as l, campaigns, campaignTargets } from './campaigns.schema.ts';

export type CampaignRow = typeof campaigns.$inferSelect;

/** Which ledger entries count: the caller's reach (a unit, a region) and the filters asked for. */
export type LedgerFilter = {
  campaignId: string;
  reachUnitId?: string | undefined;
  reachPrefix?: string | undefined;
  unitId?: string | undefined;
  branchId?: string | undefined;
  line?: CampaignLine | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  divisionPrefix?: string | undefined;
};

/** Figures as the database gives them: counts as integers, funds as numeric text. */
export type RawFigures = {
  branchesPaired: number;
  villagesPaired: number;
  secretaries: number;
  households: number;
  leadingCadres: number;
  professionalPersonTimes: number;
  memberPersonTimes: number;
  problemsSolved: number;
  policyItems: number;
  technicalServices: number;
  ideas: number;
  projects: number;
  funds: string;
};

const on = (line: CampaignLine) => sql.raw(`'${line}'`);

/** The shared definition of the campaign figures [001], one aggregate each. */
const figures = {
  branchesPaired: sql<number>`(count(distinct ${l.branchId}) filter (where ${l.line} = ${on('branch_village')}))::int`,
  villagesPaired: sql<number>`(count(distinct ${l.villageCode}) filter (where ${l.line} = ${on('branch_village')}))::int`,
  secretaries: sql<number>`(count(distinct ${l.branchId}) filter (where ${l.line} = ${on('secretary_household')}))::int`,
  households: sql<number>`(count(distinct coalesce(${l.householdId}::text, ${l.villageCode} || ':' || ${l.householdName})) filter (where ${l.line} = ${on('secretary_household')}))::int`,
  leadingCadres: sql<number>`(count(distinct coalesce(${l.cadreId}::text, ${l.unitId}::text || ':' || ${l.personName})) filter (where ${l.line} = ${on('leader_stay')}))::int`,
  professionalPersonTimes: sql<number>`coalesce(sum(${l.personTimes}) filter (where ${l.line} = ${on('professional_visit')}), 0)::int`,
  memberPersonTimes: sql<number>`coalesce(sum(${l.personTimes}) filter (where ${l.line} = ${on('member_service')}), 0)::int`,
  problemsSolved: sql<number>`coalesce(sum(${l.problemsSolved}), 0)::int`,
  policyItems: sql<number>`coalesce(sum(${l.policyItems}), 0)::int`,
  technicalServices: sql<number>`coalesce(sum(${l.technicalServices}), 0)::int`,
  ideas: sql<number>`coalesce(sum(${l.ideas}), 0)::int`,
  projects: sql<number>`coalesce(sum(${l.projects}), 0)::int`,
  funds: sql<string>`coalesce(sum(${l.funds}), 0)::numeric(18,2)::text`,
};

function conditionOf(f: LedgerFilter): SQL {
  const parts: SQL[] = [eq(l.campaignId, f.campaignId)];
  if (f.reachUnitId) parts.push(eq(l.unitId, f.reachUnitId));
  if (f.reachPrefix) parts.push(withinDivision(l.divisionCode, f.reachPrefix));
  if (f.unitId) parts.push(eq(l.unitId, f.unitId));
  if (f.branchId) parts.push(eq(l.branchId, f.branchId));
  if (f.line) parts.push(eq(l.line, f.line));
  if (f.dateFrom) parts.push(gte(l.happenedOn, f.dateFrom));
  if (f.dateTo) parts.push(lte(l.happenedOn, f.dateTo));
  if (f.divisionPrefix) parts.push(withinDivision(l.divisionCode, f.divisionPrefix));
  return and(...parts)!;
}

export type Grouping = { kind: 'unit' } | { kind: 'branch' } | { kind: 'line' } | { kind: 'month' } | { kind: 'region'; keyLength: number };

// Constants go in as text, not parameters, so the select and the GROUP BY hold the same expression.
function keyOf(g: Grouping): SQL<string> {
  switch (g.kind) {
    case 'unit':
      return sql<string>`${l.unitId}::text`;
    case 'branch':
      return sql<string>`coalesce(${l.branchId}::text, '')`;
    case 'line':
      return sql<string>`${l.line}`;
    case 'month':
      return sql<string>`to_char(${l.happenedOn}, ${sql.raw(`'YYYY-MM'`)})`;
    case 'region':
      return sql<string>`left(${l.divisionCode}, ${sql.raw(String(g.keyLength))})`;
  }
}

export async function figuresOf(executor: Executor, filter: LedgerFilter): Promise<RawFigures> {
  const [row] = await executor.select(figures).from(l).where(conditionOf(filter));
  return row!;
}

export async function figuresBy(executor: Executor, filter: LedgerFilter, grouping: Grouping): Promise<(RawFigures & { key: string })[]> {
  const key = keyOf(grouping);
  return executor
    .select({ key, ...figures })
    .from(l)
    .where(conditionOf(filter))
    .groupBy(key)
    .orderBy(key);
}

export async function anyEntries(executor: Executor, filter: LedgerFilter): Promise<boolean> {
  const rows = await executor.select({ id: l.id }).from(l).where(conditionOf(filter)).limit(1);
  return rows.length > 0;
}

/** Who went, per organization: distinct names with their person-times, for the responsibility chain. */
export async function peopleByBranch(executor: Executor, filter: LedgerFilter) {
  return executor
    .select({
      branchId: sql<string>`${l.branchId}::text`,
      personName: l.personName,
      personTimes: sql<number>`sum(${l.personTimes})::int`,
      entries: sql<number>`count(*)::int`,
    })
    .from(l)
    .where(and(conditionOf(filter), sql`${l.branchId} is not null`))
    .groupBy(l.branchId, l.personName)
    .orderBy(l.branchId, l.personName);
}

export async function findCampaign(executor: Executor, id: string): Promise<CampaignRow | undefined> {
  const [row] = await executor.select().from(campaigns).where(eq(campaigns.id, id));
  return row;
}

/** Whether a unit takes part: a target of the plan or an entry in the ledger. */
export async function unitTakesPart(executor: Executor, campaignId: string, unitId: string): Promise<boolean> {
  const rows = await executor.execute<{ found: boolean }>(
    sql`select exists (select 1 from ${campaignTargets} where ${campaignTargets.campaignId} = ${campaignId} and ${campaignTargets.unitId} = ${unitId})
        or exists (select 1 from ${l} where ${l.campaignId} = ${campaignId} and ${l.unitId} = ${unitId}) as found`,
  );
  return Boolean(rows.rows[0]?.found);
}

export async function targetsOf(executor: Executor, campaignId: string, unitId?: string) {
  return executor
    .select({ unitId: campaignTargets.unitId, unitName: units.name, line: campaignTargets.line, target: campaignTargets.target })
    .from(campaignTargets)
    .innerJoin(units, eq(units.id, campaignTargets.unitId))
    .where(and(eq(campaignTargets.campaignId, campaignId), unitId ? eq(campaignTargets.unitId, unitId) : undefined));
}

export async function unitNames(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function orgNames(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: partyOrgs.id, name: partyOrgs.name }).from(partyOrgs).where(inArray(partyOrgs.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A unit's party organizations: its 党组 and 机关党委, and their branches. */
export async function orgsOfUnit(executor: Executor, unitId: string) {
  return executor
    .select({ id: partyOrgs.id, name: partyOrgs.name, kind: partyOrgs.kind, parentId: partyOrgs.parentId })
    .from(partyOrgs)
    .where(eq(partyOrgs.unitId, unitId))
    .orderBy(partyOrgs.name);
}

export async function updateFormula(executor: Executor, id: string, formula: CampaignRow['formula']): Promise<CampaignRow> {
  const [row] = await executor.update(campaigns).set({ formula, updatedAt: new Date() }).where(eq(campaigns.id, id)).returning();
  return row!;
}

export async function lockCampaign(executor: Executor, id: string): Promise<CampaignRow | undefined> {
  const [row] = await executor.select().from(campaigns).where(eq(campaigns.id, id)).for('update');
  return row;
}
