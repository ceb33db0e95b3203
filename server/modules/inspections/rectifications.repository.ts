import { and, asc, count, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { ListResult, Window } from '../../platform/db/paging.ts';
import type { CriticismExportQuery, RectificationExportQuery } from '../../../contracts/inspections.ts';
import { cadres } from '../cadres/index.ts';
import { teams } from '../teams/index.ts';
import { criticisms, inspections, rectifications } from './inspections.schema.ts';

export type RectificationRow = typeof rectifications.$inferSelect;
export type CriticismRow = typeof criticisms.$inferSelect;

const pending = ['open', 'answered'] as const;

const rectificationColumns = {
  id: rectifications.id,
  findingId: rectifications.findingId,
  inspectionId: rectifications.inspectionId,
  cadreId: rectifications.cadreId,
  teamId: rectifications.teamId,
  divisionCode: rectifications.divisionCode,
  requirement: rectifications.requirement,
  deadline: rectifications.deadline,
  response: rectifications.response,
  respondedAt: rectifications.respondedAt,
  state: rectifications.state,
  workflowId: rectifications.workflowId,
  createdAt: rectifications.createdAt,
  inspectedOn: inspections.inspectedOn,
  method: inspections.method,
  createdBy: inspections.createdBy,
  cadreName: cadres.name,
  teamName: teams.name,
};

function rectificationFilters(scope: Scope, query: Partial<RectificationExportQuery>, today: string): SQL | undefined {
  const filters: SQL[] = [scopeCondition(scope, { division: [rectifications.divisionCode] })];
  if (query.state) filters.push(eq(rectifications.state, query.state));
  // Overdue: already marked, or past the deadline a moment before the sweep marks it.
  const overdue = sql`(${rectifications.state} = 'overdue' or (${rectifications.state} in ('open', 'answered') and ${rectifications.deadline} < ${today}))`;
  if (query.overdue === 'true') filters.push(overdue);
  if (query.overdue === 'false') filters.push(sql`not ${overdue}`);
  if (query.divisionCode) filters.push(withinDivision(rectifications.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.teamId) filters.push(eq(rectifications.teamId, query.teamId));
  if (query.cadreId) filters.push(eq(rectifications.cadreId, query.cadreId));
  return and(...filters);
}

function selectRectifications(executor: Executor) {
  return executor
    .select(rectificationColumns)
    .from(rectifications)
    .innerJoin(inspections, eq(inspections.id, rectifications.inspectionId))
    .leftJoin(cadres, eq(cadres.id, rectifications.cadreId))
    .leftJoin(teams, eq(teams.id, rectifications.teamId));
}
export type RectificationListRow = Awaited<ReturnType<ReturnType<typeof selectRectifications>['execute']>>[number];

export function readRectifications(executor: Executor, scope: Scope, query: RectificationExportQuery, today: string, window: Window): Promise<RectificationListRow[]> {
  const column = { deadline: rectifications.deadline, createdAt: rectifications.createdAt }[query.sort];
  return selectRectifications(executor)
    .where(rectificationFilters(scope, query, today))
    .orderBy(query.order === 'desc' ? desc(column) : asc(column), asc(rectifications.id))
    .limit(window.limit)
    .offset(window.offset);
}

export async function listRectifications(
  executor: Executor,
  scope: Scope,
  query: RectificationExportQuery,
  today: string,
  window: Window,
): Promise<ListResult<RectificationListRow>> {
  const items = await readRectifications(executor, scope, query, today, window);
  const [row] = await executor.select({ total: count() }).from(rectifications).where(rectificationFilters(scope, query, today));
  return { items, total: row?.total ?? 0 };
}

export function rectificationsOfInspection(executor: Executor, scope: Scope, inspectionId: string): Promise<RectificationListRow[]> {
  return selectRectifications(executor)
    .where(and(eq(rectifications.inspectionId, inspectionId), scopeCondition(scope, { division: [rectifications.divisionCode] })))
    .orderBy(asc(rectifications.deadline), asc(rectifications.id));
}

export async function findRectificationInScope(executor: Executor, scope: Scope, id: string): Promise<RectificationListRow | undefined> {
  const [row] = await selectRectifications(executor).where(and(eq(rectifications.id, id), scopeCondition(scope, { division: [rectifications.divisionCode] })));
  return row;
}

/** Locks the order, so an answer, a decision and the sweep take turns on it. */
export async function lockRectification(executor: Executor, id: string): Promise<RectificationRow | undefined> {
  const [row] = await executor.select().from(rectifications).where(eq(rectifications.id, id)).for('update');
  return row;
}

export async function insertRectification(executor: Executor, values: typeof rectifications.$inferInsert): Promise<RectificationRow> {
  const [row] = await executor.insert(rectifications).values(values).returning();
  return row!;
}

export async function updateRectification(executor: Executor, id: string, values: Partial<typeof rectifications.$inferInsert>): Promise<void> {
  await executor.update(rectifications).set({ ...values, updatedAt: new Date() }).where(eq(rectifications.id, id));
}

/** Whether anything waits for the sweep: one probe of the (state, deadline) index. */
export async function anyPastDeadline(executor: Executor, today: string): Promise<boolean> {
  const rows = await executor
    .select({ id: rectifications.id })
    .from(rectifications)
    .where(and(inArray(rectifications.state, [...pending]), lt(rectifications.deadline, today)))
    .limit(1);
  return rows.length > 0;
}

/** Orders past their deadline, locked; another sweep running at once skips them rather than waiting. */
export function lockPastDeadline(executor: Executor, today: string, limit = 200) {
  return executor
    .select({ ...rectificationColumns })
    .from(rectifications)
    .innerJoin(inspections, eq(inspections.id, rectifications.inspectionId))
    .leftJoin(cadres, eq(cadres.id, rectifications.cadreId))
    .leftJoin(teams, eq(teams.id, rectifications.teamId))
    .where(and(inArray(rectifications.state, [...pending]), lt(rectifications.deadline, today)))
    .orderBy(asc(rectifications.deadline), asc(rectifications.id))
    .limit(limit)
    .for('update', { of: rectifications, skipLocked: true });
}

/** One notice per order: a second insert for the same order does nothing. */
export async function insertCriticism(executor: Executor, values: typeof criticisms.$inferInsert): Promise<CriticismRow | undefined> {
  const [row] = await executor.insert(criticisms).values(values).onConflictDoNothing({ target: criticisms.rectificationId }).returning();
  return row;
}

export async function criticismIdOf(executor: Executor, rectificationId: string): Promise<string | null> {
  const [row] = await executor.select({ id: criticisms.id }).from(criticisms).where(eq(criticisms.rectificationId, rectificationId));
  return row?.id ?? null;
}

function criticismFilters(scope: Scope, query: Partial<CriticismExportQuery>): SQL | undefined {
  const filters: SQL[] = [scopeCondition(scope, { division: [criticisms.divisionCode] })];
  if (query.year) filters.push(eq(criticisms.year, query.year));
  if (query.cadreId) filters.push(eq(criticisms.cadreId, query.cadreId));
  if (query.teamId) filters.push(eq(criticisms.teamId, query.teamId));
  if (query.divisionCode) filters.push(withinDivision(criticisms.divisionCode, divisionPrefix(query.divisionCode)));
  return and(...filters);
}

const criticismColumns = {
  id: criticisms.id,
  rectificationId: criticisms.rectificationId,
  cadreId: criticisms.cadreId,
  teamId: criticisms.teamId,
  divisionCode: criticisms.divisionCode,
  issuedOn: criticisms.issuedOn,
  year: criticisms.year,
  content: criticisms.content,
  cadreName: cadres.name,
  teamName: teams.name,
};

export function readCriticisms(executor: Executor, scope: Scope, query: CriticismExportQuery, window: Window) {
  return executor
    .select(criticismColumns)
    .from(criticisms)
    .leftJoin(cadres, eq(cadres.id, criticisms.cadreId))
    .leftJoin(teams, eq(teams.id, criticisms.teamId))
    .where(criticismFilters(scope, query))
    .orderBy(query.order === 'desc' ? desc(criticisms.issuedOn) : asc(criticisms.issuedOn), asc(criticisms.id))
    .limit(window.limit)
    .offset(window.offset);
}
export type CriticismListRow = Awaited<ReturnType<typeof readCriticisms>>[number];

export async function countCriticisms(executor: Executor, scope: Scope, query: CriticismExportQuery) {
  const [row] = await executor.select({ total: count() }).from(criticisms).where(criticismFilters(scope, query));
  const perCadre = await executor
    .select({ cadreId: criticisms.cadreId, cadreName: sql<string | null>`max(${cadres.name})`, count: sql<number>`count(*)::int` })
    .from(criticisms)
    .leftJoin(cadres, eq(cadres.id, criticisms.cadreId))
    .where(criticismFilters(scope, query))
    .groupBy(criticisms.cadreId)
    .orderBy(sql`max(${cadres.name})`, asc(criticisms.cadreId))
    .limit(500);
  return { total: row?.total ?? 0, perCadre };
}
