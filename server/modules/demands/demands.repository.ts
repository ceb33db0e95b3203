import { and, asc, count, desc, eq, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { ListResult, Window } from '../../platform/db/paging.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import type { DemandExportQuery } from '../../../contracts/demands.ts';
import { households } from '../households/index.ts';
import { cadres } from '../cadres/index.ts';
import { demands } from './demands.schema.ts';

export type DemandRow = typeof demands.$inferSelect;

function inScope(scope: Scope): SQL {
  return scopeCondition(scope, { division: [demands.divisionCode] });
}

function filtersOf(scope: Scope, query: DemandExportQuery, today: string): SQL | undefined {
  const filters: SQL[] = [inScope(scope)];
  if (query.state) filters.push(eq(demands.state, query.state));
  if (query.category) filters.push(eq(demands.category, query.category));
  if (query.divisionCode) filters.push(withinDivision(demands.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.householdId) filters.push(eq(demands.householdId, query.householdId));
  if (query.assignedCadreId) filters.push(eq(demands.assignedCadreId, query.assignedCadreId));
  if (query.from) filters.push(gte(demands.raisedOn, query.from));
  if (query.to) filters.push(lte(demands.raisedOn, query.to));
  if (query.overdue === true) filters.push(and(eq(demands.state, 'assigned'), lt(demands.dueOn, today))!);
  if (query.overdue === false) filters.push(sql`not (${demands.state} = 'assigned' and ${demands.dueOn} < ${today})`);
  return and(...filters);
}

export function readDemands(executor: Executor, scope: Scope, query: DemandExportQuery, today: string, window: Window): Promise<DemandRow[]> {
  const column = { raisedOn: demands.raisedOn, dueOn: demands.dueOn, createdAt: demands.createdAt }[query.sort];
  return executor
    .select()
    .from(demands)
    .where(filtersOf(scope, query, today))
    .orderBy(query.order === 'desc' ? sql`${column} desc nulls last` : sql`${column} asc nulls last`, desc(demands.createdAt), asc(demands.id))
    .limit(window.limit)
    .offset(window.offset);
}

export async function listDemands(executor: Executor, scope: Scope, query: DemandExportQuery, today: string, window: Window): Promise<ListResult<DemandRow>> {
  const items = await readDemands(executor, scope, query, today, window);
  const [row] = await executor.select({ total: count() }).from(demands).where(filtersOf(scope, query, today));
  return { items, total: row?.total ?? 0 };
}

export async function findDemandInScope(executor: Executor, scope: Scope, id: string): Promise<DemandRow | undefined> {
  const [row] = await executor.select().from(demands).where(and(eq(demands.id, id), inScope(scope)));
  return row;
}

/** The row locked for a state change, so two assigners cannot both move it. */
export async function lockDemand(executor: Executor, scope: Scope, id: string): Promise<DemandRow | undefined> {
  const [row] = await executor.select().from(demands).where(and(eq(demands.id, id), inScope(scope))).for('update');
  return row;
}

export async function insertDemand(executor: Executor, values: typeof demands.$inferInsert): Promise<DemandRow> {
  const [row] = await executor.insert(demands).values(values).returning();
  return row!;
}

export async function updateDemand(executor: Executor, id: string, values: Partial<typeof demands.$inferInsert>): Promise<DemandRow> {
  const [row] = await executor
    .update(demands)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(demands.id, id))
    .returning();
  return row!;
}

export type DemandTally = { raised: number; solved: number; open: number; closed: number; overdue: number; averageDaysToSolve: number | null };

/** The counts of one region, for the summary and the statistics pages. */
export async function tallyDemands(executor: Executor, scope: Scope, regionCode: string | null, today: string): Promise<DemandTally> {
  const filters: SQL[] = [inScope(scope)];
  if (regionCode) filters.push(withinDivision(demands.divisionCode, divisionPrefix(regionCode)));
  const [row] = await executor
    .select({
      raised: sql<number>`count(*)::int`,
      solved: sql<number>`(count(*) filter (where ${demands.state} = 'solved'))::int`,
      open: sql<number>`(count(*) filter (where ${demands.state} in ('open', 'assigned')))::int`,
      closed: sql<number>`(count(*) filter (where ${demands.state} = 'closed'))::int`,
      overdue: sql<number>`(count(*) filter (where ${demands.state} = 'assigned' and ${demands.dueOn} < ${today}))::int`,
      average: sql<string | null>`round(avg(${demands.solvedOn} - ${demands.raisedOn}) filter (where ${demands.state} = 'solved'), 1)::text`,
    })
    .from(demands)
    .where(and(...filters));
  return {
    raised: row?.raised ?? 0,
    solved: row?.solved ?? 0,
    open: row?.open ?? 0,
    closed: row?.closed ?? 0,
    overdue: row?.overdue ?? 0,
    averageDaysToSolve: row?.average == null ? null : Number(row.average),
  };
}

/** A cadre's demands being handled, overdue first, then by due day. */
export function demandsAssignedTo(executor: Executor, scope: Scope, cadreId: string, limit: number): Promise<DemandRow[]> {
  return executor
    .select()
    .from(demands)
    .where(and(inScope(scope), eq(demands.assignedCadreId, cadreId), eq(demands.state, 'assigned')))
    .orderBy(asc(demands.dueOn), asc(demands.id))
    .limit(limit);
}

export function unassignedDemands(executor: Executor, scope: Scope, limit: number): Promise<DemandRow[]> {
  return executor
    .select()
    .from(demands)
    .where(and(inScope(scope), eq(demands.state, 'open')))
    .orderBy(asc(demands.raisedOn), asc(demands.id))
    .limit(limit);
}

export async function householderNames(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: households.id, name: households.householderName }).from(households).where(inArray(households.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function cadreNames(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: cadres.id, name: cadres.name }).from(cadres).where(inArray(cadres.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The demand's own steps from the audit trail, oldest first. */
export function demandTrail(executor: Executor, id: string) {
  return executor
    .select({ action: auditEvents.action, actorName: auditEvents.actorName, at: auditEvents.at, after: auditEvents.after })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'demand'), eq(auditEvents.entityId, id)))
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
}
