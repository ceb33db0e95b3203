import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, type ListResult, type Window } from '../../platform/db/paging.ts';
import type { ProjectExportQuery } from '../../../contracts/projects.ts';
import { projectBeneficiaries, projectFundSources, projectOutputs, projects, projectVillages } from './projects.schema.ts';

export type ProjectRow = typeof projects.$inferSelect;
export type NewProjectRow = typeof projects.$inferInsert;
export type FundSourceRow = typeof projectFundSources.$inferSelect;
export type OutputRow = typeof projectOutputs.$inferSelect;

/** A project lies in its first village; a backing unit sees the projects it proposed or funds. */
export function projectScopeCondition(scope: Scope): SQL {
  const extra: SQL[] = [];
  if (scope.unitId) {
    extra.push(sql`exists (select 1 from ${projectFundSources} s where s.project_id = ${projects.id} and s.unit_id = ${scope.unitId})`);
  }
  return scopeCondition(scope, { division: [projects.divisionCode], unit: [projects.proposerUnitId], extra });
}

function filtersOf(scope: Scope, query: ProjectExportQuery): SQL | undefined {
  const filters: SQL[] = [projectScopeCondition(scope)];
  if (query.state) filters.push(eq(projects.state, query.state));
  if (query.category) filters.push(eq(projects.category, query.category));
  if (query.q) filters.push(or(ilike(projects.name, likePattern(query.q)), ilike(projects.responsibleEntity, likePattern(query.q)))!);
  if (query.divisionCode) {
    const within = withinDivision(sql`v.division_code`, divisionPrefix(query.divisionCode));
    filters.push(sql`exists (select 1 from ${projectVillages} v where v.project_id = ${projects.id} and ${within})`);
  }
  if (query.unitId) {
    filters.push(
      or(
        eq(projects.proposerUnitId, query.unitId),
        sql`exists (select 1 from ${projectFundSources} s where s.project_id = ${projects.id} and s.unit_id = ${query.unitId})`,
      )!,
    );
  }
  return and(...filters);
}

function orderOf(query: ProjectExportQuery): SQL[] {
  const column = { createdAt: projects.createdAt, budget: projects.budget, name: projects.name, noticeEnd: projects.noticeEnd }[query.sort];
  return [query.order === 'asc' ? asc(column) : desc(column), desc(projects.createdAt), asc(projects.id)];
}

export async function listProjects(executor: Executor, scope: Scope, query: ProjectExportQuery, window: Window): Promise<ListResult<ProjectRow>> {
  const items = await readProjects(executor, scope, query, window);
  const [totalRow] = await executor.select({ total: count() }).from(projects).where(filtersOf(scope, query));
  return { items, total: totalRow?.total ?? 0 };
}

/** One window of the list without its count: an export reads window after window. */
export function readProjects(executor: Executor, scope: Scope, query: ProjectExportQuery, window: Window): Promise<ProjectRow[]> {
  return executor.select().from(projects).where(filtersOf(scope, query)).orderBy(...orderOf(query)).limit(window.limit).offset(window.offset);
}

export async function findProjectInScope(executor: Executor, scope: Scope, id: string): Promise<ProjectRow | undefined> {
  const [row] = await executor.select().from(projects).where(and(eq(projects.id, id), projectScopeCondition(scope)));
  return row;
}

export async function lockProject(executor: Executor, id: string): Promise<ProjectRow> {
  const [row] = await executor.select().from(projects).where(eq(projects.id, id)).for('update');
  return row!;
}

export async function insertProject(executor: Executor, values: NewProjectRow): Promise<ProjectRow> {
  const [row] = await executor.insert(projects).values(values).returning();
  return row!;
}

export async function updateProject(executor: Executor, id: string, values: Partial<NewProjectRow>): Promise<ProjectRow> {
  const [row] = await executor.update(projects).set({ ...values, updatedAt: new Date() }).where(eq(projects.id, id)).returning();
  return row!;
}

export type ProjectParts = {
  villages: string[];
  fundSources: { kind: FundSourceRow['kind']; funder: string; unitId: string | null; amount: string }[];
  outputs: { kind: OutputRow['kind']; unit: string; planned: string }[];
  householdIds: string[];
};

/** Writes the villages, sources, outputs and beneficiaries anew: a revision replaces them all. */
export async function replaceParts(executor: Executor, projectId: string, parts: ProjectParts): Promise<void> {
  await executor.delete(projectVillages).where(eq(projectVillages.projectId, projectId));
  await executor.delete(projectFundSources).where(eq(projectFundSources.projectId, projectId));
  await executor.delete(projectOutputs).where(eq(projectOutputs.projectId, projectId));
  await executor.delete(projectBeneficiaries).where(eq(projectBeneficiaries.projectId, projectId));
  await executor.insert(projectVillages).values(parts.villages.map((divisionCode) => ({ projectId, divisionCode })));
  await executor.insert(projectFundSources).values(parts.fundSources.map((s) => ({ projectId, ...s })));
  if (parts.outputs.length > 0) await executor.insert(projectOutputs).values(parts.outputs.map((o) => ({ projectId, ...o })));
  if (parts.householdIds.length > 0) await executor.insert(projectBeneficiaries).values(parts.householdIds.map((householdId) => ({ projectId, householdId })));
}

export async function partsOf(executor: Executor, projectId: string) {
  const [villages, fundSources, outputs, beneficiaries] = await Promise.all([
    executor.select().from(projectVillages).where(eq(projectVillages.projectId, projectId)),
    executor.select().from(projectFundSources).where(eq(projectFundSources.projectId, projectId)).orderBy(desc(projectFundSources.amount), asc(projectFundSources.id)),
    executor.select().from(projectOutputs).where(eq(projectOutputs.projectId, projectId)).orderBy(asc(projectOutputs.kind), asc(projectOutputs.id)),
    executor.select().from(projectBeneficiaries).where(eq(projectBeneficiaries.projectId, projectId)),
  ]);
  return { villages: villages.map((v) => v.divisionCode), fundSources, outputs, householdIds: beneficiaries.map((b) => b.householdId) };
}

export async function recordActualOutputs(executor: Executor, projectId: string, outputs: readonly { id: string; actual: string }[]): Promise<void> {
  for (const o of outputs) {
    await executor.update(projectOutputs).set({ actual: o.actual }).where(and(eq(projectOutputs.id, o.id), eq(projectOutputs.projectId, projectId)));
  }
}

export function projectsByIds(executor: Executor, ids: readonly string[]): Promise<ProjectRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return executor.select().from(projects).where(inArray(projects.id, [...ids]));
}
