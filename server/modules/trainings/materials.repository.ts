import { and, asc, count, desc, eq, gte, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { ListResult, Window } from '../../platform/db/paging.ts';
import type { MaterialExportQuery, MaterialKindCode, MaterialTotals } from '../../../contracts/trainings.ts';
import { cadres } from '../cadres/index.ts';
import { teamMembers, teams, teamScopeCondition } from '../teams/index.ts';
import { issuedMaterials } from './trainings.schema.ts';

export type MaterialRow = typeof issuedMaterials.$inferSelect;
export type NewMaterialRow = typeof issuedMaterials.$inferInsert;

/** A row is seen in the region of the team's main village, and by whoever sees the team (a sending unit). */
function materialScopeCondition(scope: Scope): SQL {
  const teamSeen = sql`exists (select 1 from ${teams} where ${teams.id} = ${issuedMaterials.teamId} and ${teamScopeCondition(scope)})`;
  return scopeCondition(scope, { division: [issuedMaterials.divisionCode], extra: scope.unitId ? [teamSeen] : [] });
}

function filtersOf(scope: Scope, query: Partial<MaterialExportQuery>): SQL | undefined {
  const filters: SQL[] = [materialScopeCondition(scope)];
  if (query.divisionCode) filters.push(withinDivision(issuedMaterials.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.teamId) filters.push(eq(issuedMaterials.teamId, query.teamId));
  if (query.cadreId) filters.push(eq(issuedMaterials.cadreId, query.cadreId));
  if (query.kind) filters.push(eq(issuedMaterials.kind, query.kind));
  if (query.from) filters.push(gte(issuedMaterials.issuedOn, query.from));
  if (query.to) filters.push(lte(issuedMaterials.issuedOn, query.to));
  return and(...filters);
}

const listColumns = {
  id: issuedMaterials.id,
  kind: issuedMaterials.kind,
  teamId: issuedMaterials.teamId,
  teamName: teams.name,
  cadreId: issuedMaterials.cadreId,
  cadreName: cadres.name,
  divisionCode: issuedMaterials.divisionCode,
  quantity: issuedMaterials.quantity,
  issuedOn: issuedMaterials.issuedOn,
  note: issuedMaterials.note,
  createdAt: issuedMaterials.createdAt,
};
export type MaterialListRow = Awaited<ReturnType<typeof readMaterials>>[number];

/** One window of the ledger with team and cadre names, without its count. */
export function readMaterials(executor: Executor, scope: Scope, query: MaterialExportQuery, window: Window) {
  const column = { issuedOn: issuedMaterials.issuedOn, createdAt: issuedMaterials.createdAt }[query.sort];
  return executor
    .select(listColumns)
    .from(issuedMaterials)
    .leftJoin(teams, eq(teams.id, issuedMaterials.teamId))
    .leftJoin(cadres, eq(cadres.id, issuedMaterials.cadreId))
    .where(filtersOf(scope, query))
    .orderBy(query.order === 'desc' ? desc(column) : asc(column), asc(teams.name), asc(cadres.pinyin), asc(issuedMaterials.id))
    .limit(window.limit)
    .offset(window.offset);
}

export async function listMaterials(executor: Executor, scope: Scope, query: MaterialExportQuery, window: Window): Promise<ListResult<MaterialListRow>> {
  const items = await readMaterials(executor, scope, query, window);
  const [totalRow] = await executor.select({ total: count() }).from(issuedMaterials).where(filtersOf(scope, query));
  return { items, total: totalRow?.total ?? 0 };
}

/** Pieces issued per kind (quantities summed) under the same filters as the ledger. */
export async function totalsPerKind(executor: Executor, scope: Scope, query: Partial<MaterialExportQuery>): Promise<MaterialTotals> {
  const rows = await executor
    .select({ kind: issuedMaterials.kind, pieces: sql<number>`cast(coalesce(sum(${issuedMaterials.quantity}), 0) as int)` })
    .from(issuedMaterials)
    .where(filtersOf(scope, { ...query, kind: undefined }))
    .groupBy(issuedMaterials.kind);
  const totals: MaterialTotals = { plate: 0, card: 0, diary: 0, handbook: 0 };
  for (const row of rows) totals[row.kind] = Number(row.pieces);
  return totals;
}

/** Who in the team already holds this kind (null for what went to the team itself). */
export async function holdersOf(executor: Executor, teamId: string, kind: MaterialKindCode): Promise<(string | null)[]> {
  const rows = await executor
    .selectDistinct({ cadreId: issuedMaterials.cadreId })
    .from(issuedMaterials)
    .where(and(eq(issuedMaterials.teamId, teamId), eq(issuedMaterials.kind, kind)));
  return rows.map((r) => r.cadreId);
}

export async function insertMaterials(executor: Executor, rows: readonly NewMaterialRow[]): Promise<MaterialRow[]> {
  if (rows.length === 0) return [];
  return executor.insert(issuedMaterials).values([...rows]).returning();
}

/** Teams and members in post the scope sees, within a region when one is asked. */
export async function activeCounts(executor: Executor, scope: Scope, prefix: string | null): Promise<{ teams: number; members: number }> {
  const teamWhere = and(eq(teams.status, 'active'), teamScopeCondition(scope), prefix ? withinDivision(teams.divisionCode, prefix) : undefined);
  const [teamRow] = await executor.select({ n: count() }).from(teams).where(teamWhere);
  const [memberRow] = await executor
    .select({ n: count() })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(teamWhere, isNull(teamMembers.leftOn)));
  return { teams: teamRow?.n ?? 0, members: memberRow?.n ?? 0 };
}

/** Locks the team's row, so two clerks issuing to one team take turns and nobody receives twice. */
export async function lockTeam(executor: Executor, teamId: string): Promise<void> {
  await executor.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId)).for('update');
}
