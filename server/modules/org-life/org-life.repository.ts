import { and, arrayContains, asc, count, desc, eq, gte, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { ListResult, Window } from '../../platform/db/paging.ts';
import type { OrgLifeExportQuery } from '../../../contracts/org-life.ts';
import type { OrgLifeKind } from '../../../contracts/party-codes.ts';
import { cadres } from '../cadres/index.ts';
import { partyMemberships, partyOrgs, partyOrgTeams } from '../party-orgs/index.ts';
import { teamMembers } from '../teams/index.ts';
import { demoBases, demoHouseholds } from '../industry/index.ts';
import { branchReports, orgLifeFrequencies, orgLifeRecords } from './org-life.schema.ts';

/** The owner type of a meeting's photos in stored_files. */
export const ORG_LIFE_PHOTO_OWNER = 'org_life:photo';

export type OrgRow = typeof partyOrgs.$inferSelect;
export type RecordRow = typeof orgLifeRecords.$inferSelect;
export type NewRecordRow = typeof orgLifeRecords.$inferInsert;
export type RecordListRow = RecordRow & { partyOrgName: string };
export type ReportRow = typeof branchReports.$inferSelect;

function orgInScope(scope: Scope, cadreId: string | null): SQL {
  // A branch's own committee sees it wherever their account is placed.
  const led = cadreId
    ? [sql`exists (select 1 from ${partyMemberships} m where m.party_org_id = ${partyOrgs.id} and m.cadre_id = ${cadreId} and m.left_on is null)`]
    : [];
  return scopeCondition(scope, { division: [partyOrgs.divisionCode], unit: [partyOrgs.unitId], extra: led });
}

export async function findOrg(executor: Executor, scope: Scope, cadreId: string | null, id: string): Promise<OrgRow | undefined> {
  const [row] = await executor
    .select()
    .from(partyOrgs)
    .where(and(eq(partyOrgs.id, id), orgInScope(scope, cadreId)));
  return row;
}

/** Temporary branches in reach, the ones the cadre sits on first. */
export function branchesInScope(executor: Executor, scope: Scope, cadreId: string | null) {
  return executor
    .select()
    .from(partyOrgs)
    .where(and(eq(partyOrgs.kind, 'temporary_branch'), inArray(partyOrgs.status, ['active', 'dissolved']), orgInScope(scope, cadreId)))
    .orderBy(asc(partyOrgs.divisionCode), asc(partyOrgs.name));
}

/** The members of an organization on a day, with their names and roles. */
export function membersOn(executor: Executor, orgId: string, day: string) {
  return executor
    .select({ cadreId: partyMemberships.cadreId, name: cadres.name, role: partyMemberships.role, kind: partyMemberships.kind })
    .from(partyMemberships)
    .innerJoin(cadres, eq(cadres.id, partyMemberships.cadreId))
    .where(
      and(
        eq(partyMemberships.partyOrgId, orgId),
        or(isNull(partyMemberships.joinedOn), lte(partyMemberships.joinedOn, day)),
        or(isNull(partyMemberships.leftOn), sql`${partyMemberships.leftOn} > ${day}`),
      ),
    )
    .orderBy(sql`case when ${partyMemberships.role} = 'secretary' then 0 when ${partyMemberships.role} = 'member' then 2 else 1 end`, asc(cadres.name));
}

/** Whether the cadre sits on the committee of the organization now (any role but a plain member). */
export async function sitsOnCommittee(executor: Executor, orgId: string, cadreId: string): Promise<boolean> {
  const [row] = await executor
    .select({ n: count() })
    .from(partyMemberships)
    .where(and(eq(partyMemberships.partyOrgId, orgId), eq(partyMemberships.cadreId, cadreId), isNull(partyMemberships.leftOn), ne(partyMemberships.role, 'member')));
  return (row?.n ?? 0) > 0;
}

/** Active organizations whose secretary the cadre is. */
export function branchesLedBy(executor: Executor, cadreId: string) {
  return executor
    .select({ org: partyOrgs })
    .from(partyMemberships)
    .innerJoin(partyOrgs, eq(partyOrgs.id, partyMemberships.partyOrgId))
    .where(and(eq(partyMemberships.cadreId, cadreId), eq(partyMemberships.role, 'secretary'), isNull(partyMemberships.leftOn), eq(partyOrgs.status, 'active')));
}

function filtersOf(scope: Scope, cadreId: string | null, query: OrgLifeExportQuery): SQL | undefined {
  const filters: SQL[] = [orgInScope(scope, cadreId)];
  if (query.partyOrgId) filters.push(eq(orgLifeRecords.partyOrgId, query.partyOrgId));
  if (query.kind) filters.push(eq(orgLifeRecords.kind, query.kind));
  if (query.task) filters.push(arrayContains(orgLifeRecords.tasks, [query.task]));
  if (query.dateFrom) filters.push(gte(orgLifeRecords.heldOn, query.dateFrom));
  if (query.dateTo) filters.push(lte(orgLifeRecords.heldOn, query.dateTo));
  if (query.divisionCode) filters.push(withinDivision(orgLifeRecords.divisionCode, divisionPrefix(query.divisionCode)));
  return and(...filters);
}

function baseSelect(executor: Executor) {
  return executor.select({ record: orgLifeRecords, partyOrgName: partyOrgs.name }).from(orgLifeRecords).innerJoin(partyOrgs, eq(partyOrgs.id, orgLifeRecords.partyOrgId));
}

const flatten = (rows: { record: RecordRow; partyOrgName: string }[]): RecordListRow[] => rows.map((r) => ({ ...r.record, partyOrgName: r.partyOrgName }));

export async function readRecords(executor: Executor, scope: Scope, cadreId: string | null, query: OrgLifeExportQuery, window: Window): Promise<RecordListRow[]> {
  const column = { heldOn: orgLifeRecords.heldOn, kind: orgLifeRecords.kind }[query.sort];
  const rows = await baseSelect(executor)
    .where(filtersOf(scope, cadreId, query))
    .orderBy(query.order === 'asc' ? asc(column) : desc(column), desc(orgLifeRecords.createdAt), asc(orgLifeRecords.id))
    .limit(window.limit)
    .offset(window.offset);
  return flatten(rows);
}

export async function listRecords(executor: Executor, scope: Scope, cadreId: string | null, query: OrgLifeExportQuery, window: Window): Promise<ListResult<RecordListRow>> {
  const items = await readRecords(executor, scope, cadreId, query, window);
  const [row] = await executor
    .select({ n: count() })
    .from(orgLifeRecords)
    .innerJoin(partyOrgs, eq(partyOrgs.id, orgLifeRecords.partyOrgId))
    .where(filtersOf(scope, cadreId, query));
  return { items, total: row?.n ?? 0 };
}

export async function findRecord(executor: Executor, scope: Scope, cadreId: string | null, id: string): Promise<RecordListRow | undefined> {
  return flatten(await baseSelect(executor).where(and(eq(orgLifeRecords.id, id), orgInScope(scope, cadreId))))[0];
}

export async function lockRecord(executor: Executor, id: string): Promise<RecordRow | undefined> {
  const [row] = await executor.select().from(orgLifeRecords).where(eq(orgLifeRecords.id, id)).for('update');
  return row;
}

export async function insertRecord(executor: Executor, values: NewRecordRow): Promise<RecordRow> {
  const [row] = await executor.insert(orgLifeRecords).values(values).returning();
  return row!;
}

export async function updateRecord(executor: Executor, id: string, values: Partial<NewRecordRow>): Promise<RecordRow> {
  const [row] = await executor.update(orgLifeRecords).set({ ...values, updatedAt: new Date() }).where(eq(orgLifeRecords.id, id)).returning();
  return row!;
}

export async function deleteRecord(executor: Executor, id: string): Promise<void> {
  await executor.delete(orgLifeRecords).where(eq(orgLifeRecords.id, id));
}

export function recordsBetween(executor: Executor, orgIds: string[], from: string, to: string) {
  if (orgIds.length === 0) return Promise.resolve([]);
  return executor
    .select()
    .from(orgLifeRecords)
    .where(and(inArray(orgLifeRecords.partyOrgId, orgIds), gte(orgLifeRecords.heldOn, from), lte(orgLifeRecords.heldOn, to)))
    .orderBy(asc(orgLifeRecords.heldOn));
}

export function cadreNames(executor: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return executor.select({ id: cadres.id, name: cadres.name }).from(cadres).where(inArray(cadres.id, ids));
}

export function frequenciesOf(executor: Executor, orgId: string) {
  return executor.select().from(orgLifeFrequencies).where(eq(orgLifeFrequencies.partyOrgId, orgId));
}

export async function replaceFrequencies(executor: Executor, orgId: string, rows: { kind: OrgLifeKind; period: string; times: number }[], accountId: string) {
  await executor.delete(orgLifeFrequencies).where(eq(orgLifeFrequencies.partyOrgId, orgId));
  if (rows.length === 0) return;
  await executor
    .insert(orgLifeFrequencies)
    .values(rows.map((r) => ({ partyOrgId: orgId, kind: r.kind, period: r.period as 'week', times: r.times, updatedBy: accountId })));
}

/** The cadres of the branch's teams who served in them some time in the year. */
export function teamCadresInYear(executor: Executor, org: OrgRow, year: number) {
  const teamIds = sql`(select ${partyOrgTeams.teamId} from ${partyOrgTeams} where ${partyOrgTeams.partyOrgId} = ${org.id})`;
  const inTeams = org.teamId ? or(eq(teamMembers.teamId, org.teamId), sql`${teamMembers.teamId} in ${teamIds}`) : sql`${teamMembers.teamId} in ${teamIds}`;
  return executor
    .selectDistinct({ cadreId: teamMembers.cadreId, name: cadres.name })
    .from(teamMembers)
    .innerJoin(cadres, eq(cadres.id, teamMembers.cadreId))
    .where(and(inTeams, lte(teamMembers.joinedOn, `${year}-12-31`), or(isNull(teamMembers.leftOn), gte(teamMembers.leftOn, `${year}-01-01`))))
    .orderBy(asc(cadres.name));
}

export async function cadresWithGarden(executor: Executor, cadreIds: string[]): Promise<Set<string>> {
  if (cadreIds.length === 0) return new Set();
  const rows = await executor.selectDistinct({ id: demoBases.responsibleCadreId }).from(demoBases).where(inArray(demoBases.responsibleCadreId, cadreIds));
  return new Set(rows.map((r) => r.id!));
}

export async function cadresWithHousehold(executor: Executor, cadreIds: string[]): Promise<Set<string>> {
  if (cadreIds.length === 0) return new Set();
  const rows = await executor.selectDistinct({ id: demoHouseholds.cadreId }).from(demoHouseholds).where(inArray(demoHouseholds.cadreId, cadreIds));
  return new Set(rows.map((r) => r.id));
}

export function reportsOf(executor: Executor, orgId: string) {
  return executor.select().from(branchReports).where(eq(branchReports.partyOrgId, orgId)).orderBy(desc(branchReports.period), asc(branchReports.kind));
}

export async function findReport(executor: Executor, orgId: string, reportId: string): Promise<ReportRow | undefined> {
  const [row] = await executor
    .select()
    .from(branchReports)
    .where(and(eq(branchReports.partyOrgId, orgId), eq(branchReports.id, reportId)));
  return row;
}

/** Insert unless the period was issued already; undefined when it was. */
export async function insertReport(executor: Executor, values: typeof branchReports.$inferInsert): Promise<ReportRow | undefined> {
  const [row] = await executor.insert(branchReports).values(values).onConflictDoNothing().returning();
  return row;
}

export async function reportIssued(executor: Executor, orgId: string, kind: string, period: string): Promise<boolean> {
  const [row] = await executor
    .select({ n: count() })
    .from(branchReports)
    .where(and(eq(branchReports.partyOrgId, orgId), eq(branchReports.kind, kind as 'weekly_notice'), eq(branchReports.period, period)));
  return (row?.n ?? 0) > 0;
}

/** Keeps the record's list of photo ids in step with its stored files. */
export async function setPhotoIds(executor: Executor, id: string, photoFileIds: string[]): Promise<void> {
  await executor.update(orgLifeRecords).set({ photoFileIds, updatedAt: new Date() }).where(eq(orgLifeRecords.id, id));
}
