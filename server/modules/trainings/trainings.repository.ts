import { and, asc, count, desc, eq, gte, ilike, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, type ListResult, type Window } from '../../platform/db/paging.ts';
import type { TrainingExportQuery } from '../../../contracts/trainings.ts';
import { cadres, cadreScopeCondition } from '../cadres/index.ts';
import { units } from '../units/index.ts';
import { trainingAttendance, trainingSessions } from './trainings.schema.ts';

export type SessionRow = typeof trainingSessions.$inferSelect;
export type NewSessionRow = typeof trainingSessions.$inferInsert;
export type AttendanceRow = typeof trainingAttendance.$inferSelect;

/**
 * A session is seen in the region that held it, and wherever its attendees are seen: a township
 * or a unit finds the county's session its own cadres sat in.
 */
export function sessionScopeCondition(scope: Scope): SQL {
  const attendedFromScope = sql`exists (select 1 from ${trainingAttendance} ta join ${cadres} on ${cadres.id} = ta.cadre_id where ta.session_id = ${trainingSessions.id} and ${cadreScopeCondition(scope)})`;
  return scopeCondition(scope, { division: [trainingSessions.divisionCode], extra: scope.national ? [] : [attendedFromScope] });
}

function filtersOf(scope: Scope, query: TrainingExportQuery): SQL | undefined {
  const filters: SQL[] = [sessionScopeCondition(scope)];
  if (query.divisionCode) filters.push(withinDivision(trainingSessions.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.level) filters.push(eq(trainingSessions.level, query.level));
  if (query.stage) filters.push(eq(trainingSessions.stage, query.stage));
  if (query.from) filters.push(gte(trainingSessions.heldOn, query.from));
  if (query.to) filters.push(lte(trainingSessions.heldOn, query.to));
  if (query.q) filters.push(ilike(trainingSessions.topic, likePattern(query.q)));
  return and(...filters);
}

function orderOf(query: TrainingExportQuery): SQL[] {
  const column = { heldOn: trainingSessions.heldOn, hours: trainingSessions.hours, topic: trainingSessions.topic, createdAt: trainingSessions.createdAt }[query.sort];
  return [query.order === 'desc' ? desc(column) : asc(column), asc(trainingSessions.id)];
}

export async function listSessions(executor: Executor, scope: Scope, query: TrainingExportQuery, window: Window): Promise<ListResult<SessionRow>> {
  const items = await readSessions(executor, scope, query, window);
  const [totalRow] = await executor.select({ total: count() }).from(trainingSessions).where(filtersOf(scope, query));
  return { items, total: totalRow?.total ?? 0 };
}

/** One window of the list without its count: an export reads window after window. */
export function readSessions(executor: Executor, scope: Scope, query: TrainingExportQuery, window: Window): Promise<SessionRow[]> {
  return executor
    .select()
    .from(trainingSessions)
    .where(filtersOf(scope, query))
    .orderBy(...orderOf(query))
    .limit(window.limit)
    .offset(window.offset);
}

export async function findSessionInScope(executor: Executor, scope: Scope, sessionId: string): Promise<SessionRow | undefined> {
  const [row] = await executor.select().from(trainingSessions).where(and(eq(trainingSessions.id, sessionId), sessionScopeCondition(scope)));
  return row;
}

/** Locks the session, so two clerks changing one register take turns. */
export async function lockSession(executor: Executor, sessionId: string): Promise<void> {
  await executor.select({ id: trainingSessions.id }).from(trainingSessions).where(eq(trainingSessions.id, sessionId)).for('update');
}

export async function insertSession(executor: Executor, values: NewSessionRow): Promise<SessionRow> {
  const [row] = await executor.insert(trainingSessions).values(values).returning();
  return row!;
}

export async function updateSession(executor: Executor, sessionId: string, values: Partial<NewSessionRow>): Promise<SessionRow> {
  const [row] = await executor.update(trainingSessions).set(values).where(eq(trainingSessions.id, sessionId)).returning();
  return row!;
}

/** Attendees and attended per session. */
export async function attendanceCounts(executor: Executor, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return [];
  return executor
    .select({
      sessionId: trainingAttendance.sessionId,
      attendees: count(),
      attended: sql<number>`cast(count(*) filter (where ${trainingAttendance.attended}) as int)`,
    })
    .from(trainingAttendance)
    .where(inArray(trainingAttendance.sessionId, [...sessionIds]))
    .groupBy(trainingAttendance.sessionId);
}

/** A session's register by name, each row telling whether the caller's region holds the cadre. */
export function attendeesOf(executor: Executor, scope: Scope, sessionId: string) {
  return executor
    .select({
      cadreId: trainingAttendance.cadreId,
      attended: trainingAttendance.attended,
      note: trainingAttendance.note,
      inScope: sql<boolean>`(${cadreScopeCondition(scope)})`,
    })
    .from(trainingAttendance)
    .innerJoin(cadres, eq(cadres.id, trainingAttendance.cadreId))
    .where(eq(trainingAttendance.sessionId, sessionId))
    .orderBy(asc(cadres.pinyin), asc(cadres.id));
}

export async function findAttendance(executor: Executor, sessionId: string, cadreId: string): Promise<AttendanceRow | undefined> {
  const [row] = await executor
    .select()
    .from(trainingAttendance)
    .where(and(eq(trainingAttendance.sessionId, sessionId), eq(trainingAttendance.cadreId, cadreId)));
  return row;
}

/** Adds cadres to the register; those already on it stay as they are. Answers the rows added. */
export async function insertAttendance(executor: Executor, rows: readonly { sessionId: string; cadreId: string; attended: boolean }[]): Promise<AttendanceRow[]> {
  if (rows.length === 0) return [];
  return executor.insert(trainingAttendance).values([...rows]).onConflictDoNothing().returning();
}

export async function updateAttendance(executor: Executor, sessionId: string, cadreId: string, values: { attended: boolean; note: string | null }): Promise<AttendanceRow> {
  const [row] = await executor
    .update(trainingAttendance)
    .set(values)
    .where(and(eq(trainingAttendance.sessionId, sessionId), eq(trainingAttendance.cadreId, cadreId)))
    .returning();
  return row!;
}

export async function deleteAttendance(executor: Executor, sessionId: string, cadreId: string): Promise<void> {
  await executor.delete(trainingAttendance).where(and(eq(trainingAttendance.sessionId, sessionId), eq(trainingAttendance.cadreId, cadreId)));
}

/** Of these cadres, those the scope holds. */
export async function cadreIdsInScope(executor: Executor, scope: Scope, cadreIds: readonly string[]): Promise<Set<string>> {
  if (cadreIds.length === 0) return new Set();
  const rows = await executor
    .select({ id: cadres.id })
    .from(cadres)
    .where(and(inArray(cadres.id, [...cadreIds]), cadreScopeCondition(scope)));
  return new Set(rows.map((r) => r.id));
}

/** Every session a cadre is registered for, latest first. */
export function sessionsOfCadre(executor: Executor, cadreId: string) {
  return executor
    .select({ session: trainingSessions, attended: trainingAttendance.attended })
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .where(eq(trainingAttendance.cadreId, cadreId))
    .orderBy(desc(trainingSessions.heldOn), asc(trainingSessions.id));
}

export async function unitNames(executor: Executor, unitIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(unitIds)];
  if (unique.length === 0) return new Map();
  const rows = await executor.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}
