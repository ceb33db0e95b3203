import { and, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { withinDivision, type Scope } from '../../platform/access/scope.ts';
import { projectFundSources, projectOutputs, projects, projectScopeCondition, projectVillages } from '../projects/index.ts';
import { projectAllocations, projectPayments } from '../project-funds/index.ts';
import { units } from '../units/index.ts';
import type { OutputKind } from '../../../contracts/project-codes.ts';

/** Projects lying under `prefix` (none: everywhere) that the caller sees, backed by `unitId` or by any unit. */
export type UnitArea = { scope: Scope; prefix: string | null; unitId: string | null };

const amount = (expression: SQL) => sql<string>`round(coalesce(${expression}, 0), 2)::text`;

const fundedBy = (unitId: string | null) =>
  sql`exists (select 1 from ${projectFundSources} s where s.project_id = ${projects.id} and ${unitId === null ? sql`s.unit_id is not null` : sql`s.unit_id = ${unitId}`})`;

/** A project counts for a unit that proposed it or funds one of its sources. */
function backed(area: UnitArea): SQL {
  const proposed = area.unitId === null ? isNotNull(projects.proposerUnitId) : eq(projects.proposerUnitId, area.unitId);
  const parts: SQL[] = [projectScopeCondition(area.scope), or(proposed, fundedBy(area.unitId))!];
  if (area.prefix !== null) parts.push(withinDivision(projects.divisionCode, area.prefix));
  return and(...parts)!;
}

export type UnitLink = { unitId: string; projectId: string };

/** Which unit backs which project, each pair once. */
export async function unitLinks(executor: Executor, area: UnitArea): Promise<UnitLink[]> {
  const proposed = await executor
    .select({ unitId: sql<string>`${projects.proposerUnitId}`, projectId: projects.id })
    .from(projects)
    .where(and(backed(area), area.unitId === null ? isNotNull(projects.proposerUnitId) : eq(projects.proposerUnitId, area.unitId)));
  const funded = await executor
    .selectDistinct({ unitId: sql<string>`${projectFundSources.unitId}`, projectId: projectFundSources.projectId })
    .from(projectFundSources)
    .innerJoin(projects, eq(projects.id, projectFundSources.projectId))
    .where(and(backed(area), area.unitId === null ? isNotNull(projectFundSources.unitId) : eq(projectFundSources.unitId, area.unitId)));
  const seen = new Map<string, UnitLink>();
  for (const link of [...proposed, ...funded]) seen.set(`${link.unitId}:${link.projectId}`, link);
  return [...seen.values()];
}

export type ProjectFacts = {
  id: string;
  category: string;
  budget: string;
  approvedBudget: string;
  households: number;
  persons: number;
  allocated: string;
  paid: string;
};

/** Each backed project's own figures, its money allocated and paid over all its sources. */
export function projectFacts(executor: Executor, area: UnitArea): Promise<ProjectFacts[]> {
  return executor
    .select({
      id: projects.id,
      category: projects.category,
      budget: amount(sql`${projects.budget}`),
      approvedBudget: amount(sql`${projects.approvedBudget}`),
      households: projects.beneficiaryHouseholds,
      persons: projects.beneficiaryPersons,
      allocated: amount(sql`(select sum(a.amount) from ${projectAllocations} a where a.project_id = ${projects.id})`),
      paid: amount(sql`(select sum(p.amount) from ${projectPayments} p where p.project_id = ${projects.id})`),
    })
    .from(projects)
    .where(backed(area));
}

export function projectVillagesOf(executor: Executor, area: UnitArea) {
  return executor
    .select({ projectId: projectVillages.projectId, divisionCode: projectVillages.divisionCode })
    .from(projectVillages)
    .innerJoin(projects, eq(projects.id, projectVillages.projectId))
    .where(backed(area));
}

export async function projectOutputsOf(executor: Executor, area: UnitArea) {
  const rows = await executor
    .select({
      projectId: projectOutputs.projectId,
      kind: projectOutputs.kind,
      unit: projectOutputs.unit,
      planned: amount(sql`${projectOutputs.planned}`),
      actual: amount(sql`${projectOutputs.actual}`),
    })
    .from(projectOutputs)
    .innerJoin(projects, eq(projects.id, projectOutputs.projectId))
    .where(backed(area));
  return rows.map((r) => ({ ...r, kind: r.kind as OutputKind }));
}

/** What each unit's own sources put into the backed projects. */
export function unitFunds(executor: Executor, area: UnitArea) {
  return executor
    .select({ unitId: sql<string>`${projectFundSources.unitId}`, amount: amount(sql`sum(${projectFundSources.amount})`) })
    .from(projectFundSources)
    .innerJoin(projects, eq(projects.id, projectFundSources.projectId))
    .where(and(backed(area), area.unitId === null ? isNotNull(projectFundSources.unitId) : eq(projectFundSources.unitId, area.unitId)))
    .groupBy(projectFundSources.unitId);
}

export async function unitNames(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
