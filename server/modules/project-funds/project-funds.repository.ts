import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { ListResult, Window } from '../../platform/db/paging.ts';
import type { FundExportQuery } from '../../../contracts/project-funds.ts';
import type { FundSourceKind } from '../../../contracts/project-codes.ts';
import { projectFundSources, projects, projectVillages } from '../projects/index.ts';
import { budgetAdjustments, projectAllocations, projectPayments } from './project-funds.schema.ts';

export type ProjectRow = typeof projects.$inferSelect;
export type FundSourceRow = typeof projectFundSources.$inferSelect;
export type AllocationRow = typeof projectAllocations.$inferSelect;
export type PaymentRow = typeof projectPayments.$inferSelect;
export type AdjustmentRow = typeof budgetAdjustments.$inferSelect;
export type PaymentListRow = PaymentRow & { projectName: string; sourceKind: FundSourceKind; funder: string };

/**
 * A project lies in every village it serves; a backing unit's party committee sees the projects
 * its unit proposed or funds.
 */
export function projectScopeCondition(scope: Scope): SQL {
  const extra: SQL[] = [];
  if (scope.divisionPrefix) {
    extra.push(
      sql`exists (select 1 from ${projectVillages} pv where pv.project_id = ${projects.id} and ${withinDivision(sql`pv.division_code`, scope.divisionPrefix)})`,
    );
  }
  if (scope.unitId) {
    extra.push(sql`exists (select 1 from ${projectFundSources} fs where fs.project_id = ${projects.id} and fs.unit_id = ${scope.unitId})`);
  }
  return scopeCondition(scope, { division: [projects.divisionCode], unit: [projects.proposerUnitId], extra });
}

export async function findProjectInScope(executor: Executor, scope: Scope, id: string): Promise<ProjectRow | undefined> {
  const [row] = await executor.select().from(projects).where(and(eq(projects.id, id), projectScopeCondition(scope)));
  return row;
}

export async function findProject(executor: Executor, id: string): Promise<ProjectRow | undefined> {
  const [row] = await executor.select().from(projects).where(eq(projects.id, id));
  return row;
}

/** Locks the project row, as the payment trigger does, so adjustments and payments queue up. */
export async function lockProject(executor: Executor, id: string): Promise<ProjectRow | undefined> {
  const [row] = await executor.select().from(projects).where(eq(projects.id, id)).for('update');
  return row;
}

export function fundSourcesOf(executor: Executor, projectId: string): Promise<FundSourceRow[]> {
  return executor.select().from(projectFundSources).where(eq(projectFundSources.projectId, projectId)).orderBy(asc(projectFundSources.kind), asc(projectFundSources.id));
}

/** Paid per fund source of these projects, as numeric strings. */
export async function paidBySource(executor: Executor, projectIds: readonly string[]): Promise<Map<string, string>> {
  if (projectIds.length === 0) return new Map();
  const rows = await executor
    .select({ fundSourceId: projectPayments.fundSourceId, paid: sql<string>`coalesce(sum(${projectPayments.amount}), 0)::text` })
    .from(projectPayments)
    .where(inArray(projectPayments.projectId, [...projectIds]))
    .groupBy(projectPayments.fundSourceId);
  return new Map(rows.map((r) => [r.fundSourceId, r.paid]));
}

export async function allocatedBySource(executor: Executor, projectId: string): Promise<Map<string, string>> {
  const rows = await executor
    .select({ fundSourceId: projectAllocations.fundSourceId, allocated: sql<string>`coalesce(sum(${projectAllocations.amount}), 0)::text` })
    .from(projectAllocations)
    .where(eq(projectAllocations.projectId, projectId))
    .groupBy(projectAllocations.fundSourceId);
  return new Map(rows.map((r) => [r.fundSourceId, r.allocated]));
}

export type FundTotalsRow = { kind: FundSourceKind; budgeted: string; allocated: string; paid: string };

/** Budgeted, allocated and paid by source kind over the projects a caller sees within a division. */
export async function fundTotals(executor: Executor, scope: Scope, divisionCode?: string | null): Promise<FundTotalsRow[]> {
  const filters: SQL[] = [projectScopeCondition(scope)];
  if (divisionCode) filters.push(withinDivision(projects.divisionCode, divisionPrefix(divisionCode)));
  const rows = await executor
    .select({
      kind: projectFundSources.kind,
      budgeted: sql<string>`coalesce(sum(${projectFundSources.amount}), 0)::text`,
      allocated: sql<string>`coalesce(sum((select coalesce(sum(a.amount), 0) from ${projectAllocations} a where a.fund_source_id = ${projectFundSources.id})), 0)::text`,
      paid: sql<string>`coalesce(sum((select coalesce(sum(p.amount), 0) from ${projectPayments} p where p.fund_source_id = ${projectFundSources.id})), 0)::text`,
    })
    .from(projectFundSources)
    .innerJoin(projects, eq(projects.id, projectFundSources.projectId))
    .where(and(...filters))
    .groupBy(projectFundSources.kind)
    .orderBy(asc(projectFundSources.kind));
  return rows;
}

export function allocationsOf(executor: Executor, projectId: string) {
  return executor
    .select({ allocation: projectAllocations, sourceKind: projectFundSources.kind, funder: projectFundSources.funder })
    .from(projectAllocations)
    .innerJoin(projectFundSources, eq(projectFundSources.id, projectAllocations.fundSourceId))
    .where(eq(projectAllocations.projectId, projectId))
    .orderBy(desc(projectAllocations.allocatedOn), desc(projectAllocations.createdAt), asc(projectAllocations.id));
}

export async function insertAllocation(executor: Executor, values: typeof projectAllocations.$inferInsert): Promise<AllocationRow> {
  const [row] = await executor.insert(projectAllocations).values(values).returning();
  return row!;
}

export async function insertPayment(executor: Executor, values: typeof projectPayments.$inferInsert): Promise<PaymentRow> {
  const [row] = await executor.insert(projectPayments).values(values).returning();
  return row!;
}

function paymentFilters(scope: Scope, query: Partial<FundExportQuery>): SQL {
  const filters: SQL[] = [projectScopeCondition(scope)];
  if (query.divisionCode) filters.push(withinDivision(projectPayments.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.projectId) filters.push(eq(projectPayments.projectId, query.projectId));
  if (query.sourceKind) filters.push(eq(projectFundSources.kind, query.sourceKind));
  if (query.from) filters.push(gte(projectPayments.paidOn, query.from));
  if (query.to) filters.push(lte(projectPayments.paidOn, query.to));
  return and(...filters)!;
}

function paymentSelect(executor: Executor) {
  return executor
    .select({ payment: projectPayments, projectName: projects.name, sourceKind: projectFundSources.kind, funder: projectFundSources.funder })
    .from(projectPayments)
    .innerJoin(projects, eq(projects.id, projectPayments.projectId))
    .innerJoin(projectFundSources, eq(projectFundSources.id, projectPayments.fundSourceId));
}

/** One window of payments; ties broken by id so an export reads each row once. */
export async function readPayments(executor: Executor, scope: Scope, query: FundExportQuery, window: Window): Promise<PaymentListRow[]> {
  const column = { paidOn: projectPayments.paidOn, amount: projectPayments.amount }[query.sort];
  const rows = await paymentSelect(executor)
    .where(paymentFilters(scope, query))
    .orderBy(query.order === 'asc' ? asc(column) : desc(column), desc(projectPayments.createdAt), asc(projectPayments.id))
    .limit(window.limit)
    .offset(window.offset);
  return rows.map((r) => ({ ...r.payment, projectName: r.projectName, sourceKind: r.sourceKind, funder: r.funder }));
}

export async function listPayments(executor: Executor, scope: Scope, query: FundExportQuery, window: Window): Promise<ListResult<PaymentListRow>> {
  const items = await readPayments(executor, scope, query, window);
  const [total] = await executor
    .select({ total: count() })
    .from(projectPayments)
    .innerJoin(projects, eq(projects.id, projectPayments.projectId))
    .innerJoin(projectFundSources, eq(projectFundSources.id, projectPayments.fundSourceId))
    .where(paymentFilters(scope, query));
  return { items, total: total?.total ?? 0 };
}

export async function findPayment(executor: Executor, id: string): Promise<PaymentListRow | undefined> {
  const [row] = await paymentSelect(executor).where(eq(projectPayments.id, id));
  return row ? { ...row.payment, projectName: row.projectName, sourceKind: row.sourceKind, funder: row.funder } : undefined;
}

export function adjustmentsOf(executor: Executor, projectId: string): Promise<AdjustmentRow[]> {
  return executor.select().from(budgetAdjustments).where(eq(budgetAdjustments.projectId, projectId)).orderBy(desc(budgetAdjustments.createdAt), asc(budgetAdjustments.id));
}

export async function findAdjustmentInScope(executor: Executor, scope: Scope, id: string): Promise<AdjustmentRow | undefined> {
  const [row] = await executor
    .select({ adjustment: budgetAdjustments })
    .from(budgetAdjustments)
    .innerJoin(projects, eq(projects.id, budgetAdjustments.projectId))
    .where(and(eq(budgetAdjustments.id, id), projectScopeCondition(scope)));
  return row?.adjustment;
}

export async function lockAdjustment(executor: Executor, id: string): Promise<AdjustmentRow | undefined> {
  const [row] = await executor.select().from(budgetAdjustments).where(eq(budgetAdjustments.id, id)).for('update');
  return row;
}

export async function insertAdjustment(executor: Executor, values: typeof budgetAdjustments.$inferInsert): Promise<AdjustmentRow> {
  const [row] = await executor.insert(budgetAdjustments).values(values).returning();
  return row!;
}

export async function updateAdjustment(executor: Executor, id: string, values: Partial<typeof budgetAdjustments.$inferInsert>): Promise<AdjustmentRow> {
  const [row] = await executor.update(budgetAdjustments).set({ ...values, updatedAt: new Date() }).where(eq(budgetAdjustments.id, id)).returning();
  return row!;
}

/** An open adjustment of the project, if any: one at a time keeps the approvals from crossing. */
export async function openAdjustmentOf(executor: Executor, projectId: string): Promise<AdjustmentRow | undefined> {
  const [row] = await executor
    .select()
    .from(budgetAdjustments)
    .where(and(eq(budgetAdjustments.projectId, projectId), inArray(budgetAdjustments.state, ['township_review', 'county_review'])));
  return row;
}

export async function setProjectBudget(executor: Executor, projectId: string, budget: string): Promise<void> {
  await executor.update(projects).set({ approvedBudget: budget, budget, updatedAt: new Date() }).where(eq(projects.id, projectId));
}

export async function updateFundSource(executor: Executor, id: string, values: { kind: FundSourceKind; funder: string; amount: string }): Promise<void> {
  await executor.update(projectFundSources).set(values).where(eq(projectFundSources.id, id));
}

export async function insertFundSource(executor: Executor, values: typeof projectFundSources.$inferInsert): Promise<void> {
  await executor.insert(projectFundSources).values(values);
}
