import { and, asc, between, count, eq, inArray, isNotNull, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { households, householdIndicators } from '../households/index.ts';
import { projects } from '../projects/index.ts';
import { projectPayments } from '../project-funds/index.ts';
import { demands } from '../demands/index.ts';
import { donations } from '../donations/index.ts';
import { enterpriseContributions } from '../enterprises/index.ts';
import type { DemandState } from '../../../contracts/household-codes.ts';
import { advisorSupports } from './advisors.schema.ts';

/** The quarter's first and last day and the village it is about. */
export type FigureWindow = { village: string; from: string; to: string };
export type CodeCount = { code: string; count: number };
export type ProjectFigureRow = { id: string; name: string; state: string; budget: string; approvedBudget: string | null; plannedEnd: string | null; startedOn: string | null; completedOn: string | null };
export type SumRow = { count: number; value: string };

function counted(rows: { code: string | null; count: number }[]): CodeCount[] {
  return rows.filter((r): r is CodeCount => r.code !== null).map((r) => ({ code: r.code, count: Number(r.count) }));
}

export async function householdsByStatus(executor: Executor, village: string): Promise<CodeCount[]> {
  const rows = await executor
    .select({ code: households.status, count: count() })
    .from(households)
    .where(eq(households.divisionCode, village))
    .groupBy(households.status)
    .orderBy(asc(households.status));
  return counted(rows);
}

/** Households under monitoring (防返贫监测) by type, as they stand now. */
export async function monitoringByType(executor: Executor, village: string): Promise<CodeCount[]> {
  const rows = await executor
    .select({ code: households.monitoringType, count: count() })
    .from(households)
    .where(and(eq(households.divisionCode, village), eq(households.monitoringState, 'monitoring'), isNotNull(households.monitoringType)))
    .groupBy(households.monitoringType)
    .orderBy(asc(households.monitoringType));
  return counted(rows);
}

/** Taken into monitoring, and with the risk removed, within the quarter. */
export async function monitoringChanges(executor: Executor, w: FigureWindow): Promise<{ added: number; removed: number }> {
  const [row] = await executor
    .select({
      added: sql<number>`count(*) filter (where ${households.monitoringSince} between ${w.from} and ${w.to})::int`,
      removed: sql<number>`count(*) filter (where ${households.riskRemovedOn} between ${w.from} and ${w.to})::int`,
    })
    .from(households)
    .where(eq(households.divisionCode, w.village));
  return { added: Number(row?.added ?? 0), removed: Number(row?.removed ?? 0) };
}

/** Households with an indicator of 两不愁三保障 not met, by indicator. */
export async function indicatorGaps(executor: Executor, village: string): Promise<CodeCount[]> {
  const rows = await executor
    .select({ code: householdIndicators.indicator, count: sql<number>`count(distinct ${householdIndicators.householdId})::int` })
    .from(householdIndicators)
    .innerJoin(households, eq(households.id, householdIndicators.householdId))
    .where(and(eq(households.divisionCode, village), eq(householdIndicators.status, 'unmet')))
    .groupBy(householdIndicators.indicator)
    .orderBy(asc(householdIndicators.indicator));
  return counted(rows);
}

/**
 * A project serves the village when it is placed there or lists it among its villages. The outer
 * column is written out in full, since drizzle leaves it unqualified in a one-table select.
 */
function servesVillage(village: string): SQL {
  return or(
    eq(projects.divisionCode, village),
    sql`exists (select 1 from project_villages pv where pv.project_id = "projects"."id" and pv.division_code = ${village})`,
  )!;
}

/** The village's projects as they stand when the briefing is made, except those refused or withdrawn. */
export function villageProjects(executor: Executor, village: string, leaveOut: readonly string[]): Promise<ProjectFigureRow[]> {
  return executor
    .select({
      id: projects.id,
      name: projects.name,
      state: projects.state,
      budget: projects.budget,
      approvedBudget: projects.approvedBudget,
      plannedEnd: projects.plannedEnd,
      startedOn: projects.startedOn,
      completedOn: projects.completedOn,
    })
    .from(projects)
    .where(and(servesVillage(village), notInArray(projects.state, [...leaveOut])))
    .orderBy(asc(projects.name), asc(projects.id));
}

/** Money paid to the village's projects: within the quarter, and everything up to its end. */
export async function paymentsFor(executor: Executor, w: FigureWindow, projectIds: readonly string[]): Promise<{ quarter: SumRow; toDate: string }> {
  if (projectIds.length === 0) return { quarter: { count: 0, value: '0' }, toDate: '0' };
  const [row] = await executor
    .select({
      count: sql<number>`count(*) filter (where ${projectPayments.paidOn} between ${w.from} and ${w.to})::int`,
      value: sql<string>`coalesce(sum(${projectPayments.amount}) filter (where ${projectPayments.paidOn} between ${w.from} and ${w.to}), 0)::text`,
      toDate: sql<string>`coalesce(sum(${projectPayments.amount}), 0)::text`,
    })
    .from(projectPayments)
    .where(and(inArray(projectPayments.projectId, [...projectIds]), lte(projectPayments.paidOn, w.to)));
  return { quarter: { count: Number(row?.count ?? 0), value: row?.value ?? '0' }, toDate: row?.toDate ?? '0' };
}

/** Demands raised and solved within the quarter, and those raised by its end and still waiting. */
export async function demandFigures(executor: Executor, w: FigureWindow, open: DemandState[]): Promise<{ raised: number; solved: number; open: number; overdue: number }> {
  const [row] = await executor
    .select({
      raised: sql<number>`count(*) filter (where ${demands.raisedOn} between ${w.from} and ${w.to})::int`,
      solved: sql<number>`count(*) filter (where ${demands.solvedOn} between ${w.from} and ${w.to})::int`,
      open: sql<number>`count(*) filter (where ${inArray(demands.state, open)} and ${demands.raisedOn} <= ${w.to})::int`,
      overdue: sql<number>`count(*) filter (where ${inArray(demands.state, open)} and ${demands.dueOn} < ${w.to})::int`,
    })
    .from(demands)
    .where(eq(demands.divisionCode, w.village));
  return { raised: Number(row?.raised ?? 0), solved: Number(row?.solved ?? 0), open: Number(row?.open ?? 0), overdue: Number(row?.overdue ?? 0) };
}

export async function openDemandsByCategory(executor: Executor, w: FigureWindow, open: DemandState[]): Promise<CodeCount[]> {
  const rows = await executor
    .select({ code: demands.category, count: count() })
    .from(demands)
    .where(and(eq(demands.divisionCode, w.village), inArray(demands.state, open), lte(demands.raisedOn, w.to)))
    .groupBy(demands.category)
    .orderBy(asc(demands.category));
  return counted(rows);
}

/** Donations, enterprise contributions and the advisors' own support received in the quarter. */
export async function socialFigures(executor: Executor, w: FigureWindow): Promise<{ donations: SumRow; enterprises: SumRow; advisors: SumRow }> {
  const sumOf = (value: SQL) => sql<string>`coalesce(sum(${value}), 0)::text`;
  const [gift] = await executor
    .select({ count: count(), value: sumOf(sql`${donations.value}`) })
    .from(donations)
    .where(and(eq(donations.divisionCode, w.village), between(donations.receivedOn, w.from, w.to)));
  const [firm] = await executor
    .select({ count: count(), value: sumOf(sql`${enterpriseContributions.value}`) })
    .from(enterpriseContributions)
    .where(and(eq(enterpriseContributions.divisionCode, w.village), between(enterpriseContributions.givenOn, w.from, w.to)));
  const [advice] = await executor
    .select({ count: count(), value: sumOf(sql`${advisorSupports.value}`) })
    .from(advisorSupports)
    .where(and(eq(advisorSupports.divisionCode, w.village), between(advisorSupports.givenOn, w.from, w.to)));
  const row = (r: { count: number; value: string } | undefined): SumRow => ({ count: Number(r?.count ?? 0), value: r?.value ?? '0' });
  return { donations: row(gift), enterprises: row(firm), advisors: row(advice) };
}
