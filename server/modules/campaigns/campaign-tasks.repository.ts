import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, withinDivision } from '../../platform/access/scope.ts';
import type { ListResult, Window } from '../../platform/db/paging.ts';
import type { TaskExportQuery } from '../../../contracts/campaigns.ts';
import { campaignTasks } from './campaigns.schema.ts';
import type { Reach } from './campaigns.repository.ts';

export type TaskRow = typeof campaignTasks.$inferSelect;
export type NewTaskRow = typeof campaignTasks.$inferInsert;

const within = (ids: readonly string[], column: typeof campaignTasks.unitId | typeof campaignTasks.branchId): SQL => (ids.length > 0 ? inArray(column, [...ids]) : sql`false`);

/** A branch secretary sees his branches' tasks and the open ones of their units, which he may claim. */
function reachCondition(reach: Reach): SQL {
  if (reach.kind === 'all') return sql`true`;
  if (reach.kind === 'units') return within(reach.unitIds, campaignTasks.unitId);
  if (reach.kind === 'branches') {
    return sql`(${within(reach.branchIds, campaignTasks.branchId)} or (${campaignTasks.state} = 'open' and ${within(reach.unitIds, campaignTasks.unitId)}))`;
  }
  return withinDivision(campaignTasks.divisionCode, reach.prefix);
}

function filtersOf(campaignId: string, reach: Reach, query: TaskExportQuery): SQL | undefined {
  const filters: SQL[] = [eq(campaignTasks.campaignId, campaignId), reachCondition(reach)];
  if (query.unitId) filters.push(eq(campaignTasks.unitId, query.unitId));
  if (query.branchId) filters.push(eq(campaignTasks.branchId, query.branchId));
  if (query.line) filters.push(eq(campaignTasks.line, query.line));
  if (query.state) filters.push(eq(campaignTasks.state, query.state));
  if (query.divisionCode) filters.push(withinDivision(campaignTasks.divisionCode, divisionPrefix(query.divisionCode)));
  return and(...filters);
}

export function readTasks(executor: Executor, campaignId: string, reach: Reach, query: TaskExportQuery, window: Window): Promise<TaskRow[]> {
  const column = query.sort === 'state' ? campaignTasks.state : campaignTasks.createdAt;
  return executor
    .select()
    .from(campaignTasks)
    .where(filtersOf(campaignId, reach, query))
    .orderBy(query.order === 'asc' ? asc(column) : desc(column), asc(campaignTasks.id))
    .limit(window.limit)
    .offset(window.offset);
}

export async function listTasks(executor: Executor, campaignId: string, reach: Reach, query: TaskExportQuery, window: Window): Promise<ListResult<TaskRow>> {
  const items = await readTasks(executor, campaignId, reach, query, window);
  const [total] = await executor.select({ n: count() }).from(campaignTasks).where(filtersOf(campaignId, reach, query));
  return { items, total: total?.n ?? 0 };
}

export async function lockTask(executor: Executor, campaignId: string, reach: Reach, taskId: string): Promise<TaskRow | undefined> {
  const [row] = await executor
    .select()
    .from(campaignTasks)
    .where(and(eq(campaignTasks.id, taskId), eq(campaignTasks.campaignId, campaignId), reachCondition(reach)))
    .for('update');
  return row;
}

export async function findTask(executor: Executor, campaignId: string, taskId: string): Promise<TaskRow | undefined> {
  const [row] = await executor.select().from(campaignTasks).where(and(eq(campaignTasks.id, taskId), eq(campaignTasks.campaignId, campaignId)));
  return row;
}

export async function insertTask(executor: Executor, values: NewTaskRow): Promise<TaskRow> {
  const [row] = await executor.insert(campaignTasks).values(values).returning();
  return row!;
}

export async function updateTask(executor: Executor, id: string, values: Partial<NewTaskRow>): Promise<TaskRow> {
  const [row] = await executor.update(campaignTasks).set({ ...values, updatedAt: new Date() }).where(eq(campaignTasks.id, id)).returning();
  return row!;
}
