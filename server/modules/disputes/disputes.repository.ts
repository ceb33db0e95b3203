import { and, asc, count, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, type ListResult, type Window } from '../../platform/db/paging.ts';
import type { DisputeExportQuery } from '../../../contracts/disputes.ts';
import { disputeMediations, disputes } from './disputes.schema.ts';

export type DisputeRow = typeof disputes.$inferSelect;
export type MediationRow = typeof disputeMediations.$inferSelect;

function inScope(scope: Scope): SQL {
  return scopeCondition(scope, { division: [disputes.divisionCode] });
}

function filtersOf(scope: Scope, query: DisputeExportQuery): SQL | undefined {
  const filters: SQL[] = [inScope(scope)];
  if (query.state) filters.push(eq(disputes.state, query.state));
  if (query.category) filters.push(eq(disputes.category, query.category));
  if (query.divisionCode) filters.push(withinDivision(disputes.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.from) filters.push(gte(disputes.reportedOn, query.from));
  if (query.to) filters.push(lte(disputes.reportedOn, query.to));
  if (query.q) {
    const pattern = likePattern(query.q);
    filters.push(or(ilike(disputes.title, pattern), ilike(disputes.parties, pattern))!);
  }
  return and(...filters);
}

export function readDisputes(executor: Executor, scope: Scope, query: DisputeExportQuery, window: Window): Promise<DisputeRow[]> {
  const column = { reportedOn: disputes.reportedOn, startedOn: disputes.startedOn, createdAt: disputes.createdAt }[query.sort];
  return executor
    .select()
    .from(disputes)
    .where(filtersOf(scope, query))
    .orderBy(query.order === 'desc' ? sql`${column} desc nulls last` : sql`${column} asc nulls last`, desc(disputes.createdAt), asc(disputes.id))
    .limit(window.limit)
    .offset(window.offset);
}

export async function listDisputes(executor: Executor, scope: Scope, query: DisputeExportQuery, window: Window): Promise<ListResult<DisputeRow>> {
  const items = await readDisputes(executor, scope, query, window);
  const [row] = await executor.select({ total: count() }).from(disputes).where(filtersOf(scope, query));
  return { items, total: row?.total ?? 0 };
}

export async function findDisputeInScope(executor: Executor, scope: Scope, id: string): Promise<DisputeRow | undefined> {
  const [row] = await executor.select().from(disputes).where(and(eq(disputes.id, id), inScope(scope)));
  return row;
}

/** Locked for a change, so a mediation and a resolution cannot cross. */
export async function lockDispute(executor: Executor, scope: Scope, id: string): Promise<DisputeRow | undefined> {
  const [row] = await executor.select().from(disputes).where(and(eq(disputes.id, id), inScope(scope))).for('update');
  return row;
}

export async function insertDispute(executor: Executor, values: typeof disputes.$inferInsert): Promise<DisputeRow> {
  const [row] = await executor.insert(disputes).values(values).returning();
  return row!;
}

export async function updateDispute(executor: Executor, id: string, values: Partial<typeof disputes.$inferInsert>): Promise<DisputeRow> {
  const [row] = await executor
    .update(disputes)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(disputes.id, id))
    .returning();
  return row!;
}

export async function insertMediation(executor: Executor, values: typeof disputeMediations.$inferInsert): Promise<MediationRow> {
  const [row] = await executor.insert(disputeMediations).values(values).returning();
  return row!;
}

/** The mediation record in the order it happened. */
export function mediationsOf(executor: Executor, disputeId: string): Promise<MediationRow[]> {
  return executor
    .select()
    .from(disputeMediations)
    .where(eq(disputeMediations.disputeId, disputeId))
    .orderBy(asc(disputeMediations.mediatedOn), asc(disputeMediations.createdAt), asc(disputeMediations.id));
}

export async function mediationCounts(executor: Executor, disputeIds: readonly string[]): Promise<Map<string, number>> {
  if (disputeIds.length === 0) return new Map();
  const rows = await executor
    .select({ disputeId: disputeMediations.disputeId, n: count() })
    .from(disputeMediations)
    .where(inArray(disputeMediations.disputeId, [...disputeIds]))
    .groupBy(disputeMediations.disputeId);
  return new Map(rows.map((r) => [r.disputeId, r.n]));
}
