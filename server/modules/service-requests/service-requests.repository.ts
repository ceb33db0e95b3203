import { and, asc, count, desc, eq, ilike, inArray, lt, not, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, type ListResult, type Window } from '../../platform/db/paging.ts';
import { openServiceRequestStates, type ServiceRequestExportQuery } from '../../../contracts/service-requests.ts';
import { accounts } from '../accounts/index.ts';
import { cadres } from '../cadres/index.ts';
import { serviceRequests } from './service-requests.schema.ts';

export type ServiceRequestRow = typeof serviceRequests.$inferSelect;
export type NewServiceRequestRow = typeof serviceRequests.$inferInsert;
export type ServiceRequestListRow = ServiceRequestRow & { requesterName: string | null };

const open = [...openServiceRequestStates];

function inScope(scope: Scope): SQL {
  return scopeCondition(scope, { division: [serviceRequests.divisionCode] });
}

function filtersOf(scope: Scope, query: ServiceRequestExportQuery, today: string): SQL | undefined {
  const filters: SQL[] = [inScope(scope)];
  if (query.state) filters.push(eq(serviceRequests.state, query.state));
  if (query.kind) filters.push(eq(serviceRequests.kind, query.kind));
  if (query.divisionCode) filters.push(withinDivision(serviceRequests.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.q) filters.push(or(ilike(serviceRequests.title, likePattern(query.q)), ilike(serviceRequests.detail, likePattern(query.q)))!);
  const overdue = and(inArray(serviceRequests.state, open), lt(serviceRequests.dueOn, today))!;
  if (query.overdue === true) filters.push(overdue);
  if (query.overdue === false) filters.push(not(overdue));
  return and(...filters);
}

function orderOf(query: ServiceRequestExportQuery): SQL[] {
  const column = { createdAt: serviceRequests.createdAt, dueOn: serviceRequests.dueOn }[query.sort];
  return [query.order === 'asc' ? asc(column) : desc(column), desc(serviceRequests.createdAt), asc(serviceRequests.id)];
}

function baseSelect(executor: Executor) {
  return executor
    .select({ request: serviceRequests, cadreName: cadres.name, accountName: accounts.displayName })
    .from(serviceRequests)
    .leftJoin(cadres, eq(cadres.id, serviceRequests.requesterCadreId))
    .leftJoin(accounts, eq(accounts.id, serviceRequests.requestedBy));
}

function flatten(rows: { request: ServiceRequestRow; cadreName: string | null; accountName: string | null }[]): ServiceRequestListRow[] {
  return rows.map((r) => ({ ...r.request, requesterName: r.cadreName ?? r.accountName }));
}

/** One window of the list without its count: an export reads window after window. */
export async function readServiceRequests(
  executor: Executor,
  scope: Scope,
  query: ServiceRequestExportQuery,
  today: string,
  window: Window,
): Promise<ServiceRequestListRow[]> {
  const rows = await baseSelect(executor).where(filtersOf(scope, query, today)).orderBy(...orderOf(query)).limit(window.limit).offset(window.offset);
  return flatten(rows);
}

export async function listServiceRequests(
  executor: Executor,
  scope: Scope,
  query: ServiceRequestExportQuery,
  today: string,
  window: Window,
): Promise<ListResult<ServiceRequestListRow>> {
  const items = await readServiceRequests(executor, scope, query, today, window);
  const [totalRow] = await executor.select({ total: count() }).from(serviceRequests).where(filtersOf(scope, query, today));
  return { items, total: totalRow?.total ?? 0 };
}

export async function findServiceRequestInScope(executor: Executor, scope: Scope, id: string): Promise<ServiceRequestListRow | undefined> {
  const rows = await baseSelect(executor).where(and(eq(serviceRequests.id, id), inScope(scope)));
  return flatten(rows)[0];
}

/** Locked for the step being taken; only after the caller has been shown to see it. */
export async function findServiceRequestForUpdate(executor: Executor, scope: Scope, id: string): Promise<ServiceRequestRow | undefined> {
  const [row] = await executor
    .select()
    .from(serviceRequests)
    .where(and(eq(serviceRequests.id, id), inScope(scope)))
    .for('update');
  return row;
}

export async function insertServiceRequest(executor: Executor, values: NewServiceRequestRow): Promise<ServiceRequestRow> {
  const [row] = await executor.insert(serviceRequests).values(values).returning();
  return row!;
}

export async function updateServiceRequest(executor: Executor, id: string, values: Partial<NewServiceRequestRow>): Promise<ServiceRequestRow> {
  const [row] = await executor.update(serviceRequests).set({ ...values, updatedAt: new Date() }).where(eq(serviceRequests.id, id)).returning();
  return row!;
}

/** Requests by state and kind within a division, for the area's statistics. */
export function countServiceRequestsByState(executor: Executor, scope: Scope, divisionCode: string) {
  return executor
    .select({ state: serviceRequests.state, kind: serviceRequests.kind, total: count() })
    .from(serviceRequests)
    .where(and(inScope(scope), withinDivision(serviceRequests.divisionCode, divisionPrefix(divisionCode))))
    .groupBy(serviceRequests.state, serviceRequests.kind);
}
