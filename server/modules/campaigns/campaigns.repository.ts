import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, type ListResult, type Window } from '../../platform/db/paging.ts';
import type { CampaignLine, CampaignListQuery } from '../../../contracts/campaigns.ts';
import { partyMemberships, partyOrgs } from '../party-orgs/index.ts';
import { units } from '../units/index.ts';
import { households } from '../households/index.ts';
import { cadres } from '../cadres/index.ts';
import { campaignLedgerEntries, campaigns, campaignTargets, campaignTasks } from './campaigns.schema.ts';

export type CampaignRow = typeof campaigns.$inferSelect;
export type NewCampaignRow = typeof campaigns.$inferInsert;

/**
 * What of a campaign a caller sees: everything (its committee), one unit's part (the unit's party
 * committee), his branches' part (a branch secretary; the open tasks of their units too, to claim),
 * or what was done in a region (the organization departments).
 */
export type Reach =
  | { kind: 'all' }
  | { kind: 'units'; unitIds: string[] }
  | { kind: 'branches'; branchIds: string[]; unitIds: string[] }
  | { kind: 'region'; prefix: string };

/** The 12-digit codes of a code's region and every region above it. */
function enclosingCodes(prefix: string): string[] {
  return [2, 4, 6, 9, 12].filter((l) => l <= prefix.length).map((l) => prefix.slice(0, l).padEnd(12, '0'));
}

/**
 * A campaign is seen within its region, by a caller whose region encloses it or lies inside it,
 * and by the units that have targets in it.
 */
export function campaignVisible(scope: Scope, unitIds: readonly string[]): SQL {
  if (scope.national) return sql`true`;
  const parts: SQL[] = [];
  if (scope.divisionPrefix) {
    parts.push(withinDivision(campaigns.divisionCode, scope.divisionPrefix));
    parts.push(inArray(campaigns.divisionCode, enclosingCodes(scope.divisionPrefix)));
  }
  if (unitIds.length > 0) {
    parts.push(sql`exists (select 1 from ${campaignTargets} ct where ct.campaign_id = ${campaigns.id} and ct.unit_id in ${unitIds})`);
  }
  return or(...parts) ?? sql`false`;
}

export async function listCampaigns(executor: Executor, visible: SQL, query: CampaignListQuery, window: Window): Promise<ListResult<CampaignRow>> {
  const filters: SQL[] = [visible];
  if (query.year) filters.push(eq(campaigns.year, query.year));
  if (query.status) filters.push(eq(campaigns.status, query.status));
  if (query.q) filters.push(ilike(campaigns.name, likePattern(query.q)));
  const where = and(...filters);
  const items = await executor.select().from(campaigns).where(where).orderBy(desc(campaigns.year), desc(campaigns.createdAt), asc(campaigns.id)).limit(window.limit).offset(window.offset);
  const [total] = await executor.select({ n: count() }).from(campaigns).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function findCampaign(executor: Executor, visible: SQL, id: string): Promise<CampaignRow | undefined> {
  const [row] = await executor.select().from(campaigns).where(and(eq(campaigns.id, id), visible));
  return row;
}

export async function lockCampaign(executor: Executor, visible: SQL, id: string): Promise<CampaignRow | undefined> {
  const [row] = await executor.select().from(campaigns).where(and(eq(campaigns.id, id), visible)).for('update');
  return row;
}

export async function insertCampaign(executor: Executor, values: NewCampaignRow): Promise<CampaignRow> {
  const [row] = await executor.insert(campaigns).values(values).returning();
  return row!;
}

export async function updateCampaign(executor: Executor, id: string, values: Partial<NewCampaignRow>): Promise<CampaignRow> {
  const [row] = await executor.update(campaigns).set({ ...values, updatedAt: new Date() }).where(eq(campaigns.id, id)).returning();
  return row!;
}

export type TargetRecord = { unitId: string; unitName: string; line: CampaignLine; target: number; note: string | null };

export async function listTargets(executor: Executor, campaignId: string, unitIds: readonly string[] | null, filter: { unitId?: string | undefined; q?: string | undefined }): Promise<TargetRecord[]> {
  const filters: SQL[] = [eq(campaignTargets.campaignId, campaignId)];
  if (unitIds) filters.push(unitIds.length > 0 ? inArray(campaignTargets.unitId, [...unitIds]) : sql`false`);
  if (filter.unitId) filters.push(eq(campaignTargets.unitId, filter.unitId));
  if (filter.q) filters.push(or(ilike(units.name, likePattern(filter.q)), ilike(units.pinyin, likePattern(filter.q)))!);
  return executor
    .select({ unitId: campaignTargets.unitId, unitName: units.name, line: campaignTargets.line, target: campaignTargets.target, note: campaignTargets.note })
    .from(campaignTargets)
    .innerJoin(units, eq(units.id, campaignTargets.unitId))
    .where(and(...filters))
    .orderBy(asc(units.pinyin), asc(campaignTargets.unitId));
}

export async function targetsOfUnit(executor: Executor, campaignId: string, unitId: string) {
  return executor.select().from(campaignTargets).where(and(eq(campaignTargets.campaignId, campaignId), eq(campaignTargets.unitId, unitId)));
}

/** A unit's row of the plan replaced whole: the lines given, nothing else. */
export async function replaceTargets(executor: Executor, campaignId: string, unitId: string, targets: [CampaignLine, number][], note: string | null): Promise<void> {
  await executor.delete(campaignTargets).where(and(eq(campaignTargets.campaignId, campaignId), eq(campaignTargets.unitId, unitId)));
  if (targets.length === 0) return;
  await executor.insert(campaignTargets).values(targets.map(([line, target]) => ({ campaignId, unitId, line, target, note })));
}

export async function unitHasWork(executor: Executor, campaignId: string, unitId: string): Promise<boolean> {
  const [tasks] = await executor.select({ n: count() }).from(campaignTasks).where(and(eq(campaignTasks.campaignId, campaignId), eq(campaignTasks.unitId, unitId)));
  const [entries] = await executor
    .select({ n: count() })
    .from(campaignLedgerEntries)
    .where(and(eq(campaignLedgerEntries.campaignId, campaignId), eq(campaignLedgerEntries.unitId, unitId)));
  return (tasks?.n ?? 0) + (entries?.n ?? 0) > 0;
}

/** Whether a unit takes part: it has a row in the allocation plan. */
export async function unitInPlan(executor: Executor, campaignId: string, unitId: string): Promise<boolean> {
  const [row] = await executor.select({ n: count() }).from(campaignTargets).where(and(eq(campaignTargets.campaignId, campaignId), eq(campaignTargets.unitId, unitId)));
  return (row?.n ?? 0) > 0;
}

export async function findCadreUnit(executor: Executor, cadreId: string): Promise<{ unitId: string | null } | undefined> {
  const [row] = await executor.select({ unitId: cadres.unitId }).from(cadres).where(eq(cadres.id, cadreId));
  return row;
}

export async function findUnit(executor: Executor, unitId: string) {
  const [row] = await executor.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, unitId));
  return row;
}

export async function unitNames(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export type BranchRecord = { id: string; name: string; unitId: string };

const organBranch = and(eq(partyOrgs.kind, 'branch'), isNotNull(partyOrgs.unitId), eq(partyOrgs.status, 'active'));

/** The organ branches whose active secretary is this cadre. */
export async function branchesLedBy(executor: Executor, cadreId: string): Promise<BranchRecord[]> {
  const rows = await executor
    .select({ id: partyOrgs.id, name: partyOrgs.name, unitId: partyOrgs.unitId })
    .from(partyMemberships)
    .innerJoin(partyOrgs, eq(partyOrgs.id, partyMemberships.partyOrgId))
    .where(and(eq(partyMemberships.cadreId, cadreId), eq(partyMemberships.role, 'secretary'), isNull(partyMemberships.leftOn), organBranch));
  return rows.map((r) => ({ ...r, unitId: r.unitId! }));
}

export async function findBranch(executor: Executor, id: string): Promise<BranchRecord | undefined> {
  const [row] = await executor.select({ id: partyOrgs.id, name: partyOrgs.name, unitId: partyOrgs.unitId }).from(partyOrgs).where(and(eq(partyOrgs.id, id), organBranch));
  return row ? { ...row, unitId: row.unitId! } : undefined;
}

export async function branchesOfUnits(executor: Executor, unitIds: readonly string[] | null): Promise<(BranchRecord & { unitName: string })[]> {
  const filters: SQL[] = [organBranch!];
  if (unitIds) filters.push(unitIds.length > 0 ? inArray(partyOrgs.unitId, [...unitIds]) : sql`false`);
  const rows = await executor
    .select({ id: partyOrgs.id, name: partyOrgs.name, unitId: partyOrgs.unitId, unitName: units.name })
    .from(partyOrgs)
    .innerJoin(units, eq(units.id, partyOrgs.unitId))
    .where(and(...filters))
    .orderBy(asc(units.pinyin), asc(partyOrgs.name))
    .limit(500);
  return rows.map((r) => ({ ...r, unitId: r.unitId! }));
}

export async function branchNames(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: partyOrgs.id, name: partyOrgs.name }).from(partyOrgs).where(inArray(partyOrgs.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A registry household: where it lives and its householder, for a task or entry naming it. */
export async function findHouseholdPlace(executor: Executor, id: string) {
  const [row] = await executor.select({ divisionCode: households.divisionCode, householderName: households.householderName }).from(households).where(eq(households.id, id));
  return row;
}

export async function householdNames(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: households.id, name: households.householderName }).from(households).where(inArray(households.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
