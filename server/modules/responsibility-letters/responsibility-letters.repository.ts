import { and, asc, count, desc, eq, ilike, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, type ListResult, type Window } from '../../platform/db/paging.ts';
import type { LetterExportQuery, LetterTaskCounts } from '../../../contracts/responsibility-letters.ts';
import { accounts } from '../accounts/index.ts';
import { unitDivisions, units } from '../units/index.ts';
import { responsibilityLetters as letters, responsibilityTasks as tasks } from './responsibility-letters.schema.ts';

export type LetterRow = typeof letters.$inferSelect;
export type NewLetterRow = typeof letters.$inferInsert;
export type TaskRow = typeof tasks.$inferSelect;
export type NewTaskRow = typeof tasks.$inferInsert;
export type LetterListRow = LetterRow & { unitName: string | null; createdByName: string | null };
export type TaskListRow = TaskRow & { reportedByName: string | null; confirmedByName: string | null };

function letterScope(scope: Scope): SQL {
  return scopeCondition(scope, { division: [letters.divisionCode], unit: [letters.unitId] });
}

function taskScope(scope: Scope): SQL {
  return scopeCondition(scope, { division: [tasks.divisionCode], unit: [tasks.unitId] });
}

const openOverdue = (today: string) => and(eq(tasks.state, 'open'), lt(tasks.dueOn, today))!;

function filtersOf(executor: Executor, scope: Scope, query: LetterExportQuery, today: string): SQL | undefined {
  const filters: SQL[] = [letterScope(scope)];
  if (query.divisionCode) filters.push(withinDivision(letters.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.unitId) filters.push(eq(letters.unitId, query.unitId));
  if (query.year) filters.push(eq(letters.year, query.year));
  if (query.q) filters.push(or(ilike(letters.title, likePattern(query.q)), ilike(letters.signedWith, likePattern(query.q)))!);
  if (query.hasOverdue !== undefined) {
    const late = inArray(letters.id, executor.select({ id: tasks.letterId }).from(tasks).where(openOverdue(today)));
    filters.push(query.hasOverdue ? late : sql`not ${late}`);
  }
  return and(...filters);
}

function orderOf(query: LetterExportQuery): SQL[] {
  const column = { signedOn: letters.signedOn, year: letters.year, createdAt: letters.createdAt }[query.sort];
  return [query.order === 'asc' ? asc(column) : desc(column), desc(letters.createdAt), asc(letters.id)];
}

function baseSelect(executor: Executor) {
  return executor
    .select({ letter: letters, unitName: units.name, createdByName: accounts.displayName })
    .from(letters)
    .leftJoin(units, eq(units.id, letters.unitId))
    .leftJoin(accounts, eq(accounts.id, letters.createdBy));
}

function flatten(rows: { letter: LetterRow; unitName: string | null; createdByName: string | null }[]): LetterListRow[] {
  return rows.map((r) => ({ ...r.letter, unitName: r.unitName, createdByName: r.createdByName }));
}

/** One window of the list without its count: an export reads window after window. */
export async function readLetters(executor: Executor, scope: Scope, query: LetterExportQuery, today: string, window: Window): Promise<LetterListRow[]> {
  const rows = await baseSelect(executor).where(filtersOf(executor, scope, query, today)).orderBy(...orderOf(query)).limit(window.limit).offset(window.offset);
  return flatten(rows);
}

export async function listLetters(executor: Executor, scope: Scope, query: LetterExportQuery, today: string, window: Window): Promise<ListResult<LetterListRow>> {
  const items = await readLetters(executor, scope, query, today, window);
  const [totalRow] = await executor.select({ total: count() }).from(letters).where(filtersOf(executor, scope, query, today));
  return { items, total: totalRow?.total ?? 0 };
}

const countOf = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;

/** Each letter's tasks by state, with the open ones past due. */
export async function taskCountsOf(executor: Executor, letterIds: string[], today: string): Promise<Map<string, LetterTaskCounts>> {
  if (letterIds.length === 0) return new Map();
  const rows = await executor
    .select({
      letterId: tasks.letterId,
      total: sql<number>`count(*)::int`,
      open: countOf(eq(tasks.state, 'open')),
      reported: countOf(eq(tasks.state, 'reported')),
      confirmed: countOf(eq(tasks.state, 'confirmed')),
      overdue: countOf(openOverdue(today)),
    })
    .from(tasks)
    .where(inArray(tasks.letterId, letterIds))
    .groupBy(tasks.letterId);
  return new Map(rows.map(({ letterId, ...counts }) => [letterId, counts]));
}

export async function findLetterInScope(executor: Executor, scope: Scope, id: string): Promise<LetterListRow | undefined> {
  const rows = await baseSelect(executor).where(and(eq(letters.id, id), letterScope(scope)));
  return flatten(rows)[0];
}

/** Locked for the change being made; only what the caller sees. */
export async function findLetterForUpdate(executor: Executor, scope: Scope, id: string): Promise<LetterRow | undefined> {
  const [row] = await executor
    .select()
    .from(letters)
    .where(and(eq(letters.id, id), letterScope(scope)))
    .for('update');
  return row;
}

const reporter = alias(accounts, 'reporter');
const confirmer = alias(accounts, 'confirmer');

export async function tasksOf(executor: Executor, letterId: string): Promise<TaskListRow[]> {
  const rows = await executor
    .select({ task: tasks, reportedByName: reporter.displayName, confirmedByName: confirmer.displayName })
    .from(tasks)
    .leftJoin(reporter, eq(reporter.id, tasks.reportedBy))
    .leftJoin(confirmer, eq(confirmer.id, tasks.confirmedBy))
    .where(eq(tasks.letterId, letterId))
    .orderBy(asc(tasks.seq), asc(tasks.id));
  return rows.map((r) => ({ ...r.task, reportedByName: r.reportedByName, confirmedByName: r.confirmedByName }));
}

export async function lockedTasksOf(executor: Executor, letterId: string): Promise<TaskRow[]> {
  return executor.select().from(tasks).where(eq(tasks.letterId, letterId)).orderBy(asc(tasks.seq)).for('update');
}

export async function insertLetter(executor: Executor, values: NewLetterRow): Promise<LetterRow> {
  const [row] = await executor.insert(letters).values(values).returning();
  return row!;
}

export async function updateLetter(executor: Executor, id: string, values: Partial<NewLetterRow>): Promise<LetterRow> {
  const [row] = await executor.update(letters).set({ ...values, updatedAt: new Date() }).where(eq(letters.id, id)).returning();
  return row!;
}

export async function deleteLetter(executor: Executor, id: string): Promise<void> {
  await executor.delete(letters).where(eq(letters.id, id));
}

export async function insertTasks(executor: Executor, values: NewTaskRow[]): Promise<TaskRow[]> {
  if (values.length === 0) return [];
  return executor.insert(tasks).values(values).returning();
}

export async function updateTask(executor: Executor, id: string, values: Partial<NewTaskRow>): Promise<TaskRow> {
  const [row] = await executor.update(tasks).set({ ...values, updatedAt: new Date() }).where(eq(tasks.id, id)).returning();
  return row!;
}

export async function deleteTasks(executor: Executor, ids: string[]): Promise<void> {
  if (ids.length > 0) await executor.delete(tasks).where(inArray(tasks.id, ids));
}

/** Whether the unit serves in the village (a team of it there, or a pairing the units module recorded). */
export async function unitServesVillage(executor: Executor, unitId: string, villageCode: string): Promise<boolean> {
  const [row] = await executor
    .select({ unitId: unitDivisions.unitId })
    .from(unitDivisions)
    .where(and(eq(unitDivisions.unitId, unitId), eq(unitDivisions.divisionCode, villageCode)));
  return row !== undefined;
}

/** Units serving in the caller's area, by name or initials, with the villages they serve there. */
export async function unitOptions(executor: Executor, scope: Scope, q: string | undefined, limit = 30) {
  const served = scope.national ? sql`true` : scope.divisionPrefix ? withinDivision(unitDivisions.divisionCode, scope.divisionPrefix) : eq(unitDivisions.unitId, scope.unitId ?? '');
  const filters: SQL[] = [served];
  if (q) filters.push(or(ilike(units.name, likePattern(q)), ilike(units.initials, likePattern(q)), ilike(units.pinyin, likePattern(q)))!);
  const rows = await executor
    .select({ id: units.id, name: units.name, pinyin: units.pinyin, village: unitDivisions.divisionCode })
    .from(unitDivisions)
    .innerJoin(units, eq(units.id, unitDivisions.unitId))
    .where(and(...filters))
    .orderBy(asc(units.pinyin), asc(units.id), asc(unitDivisions.divisionCode));
  const byUnit = new Map<string, { id: string; name: string; villages: string[] }>();
  for (const row of rows) {
    const unit = byUnit.get(row.id) ?? { id: row.id, name: row.name, villages: [] };
    unit.villages.push(row.village);
    byUnit.set(row.id, unit);
  }
  return [...byUnit.values()].slice(0, limit);
}

export async function unitNames(executor: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Per unit, the year's tasks in the caller's view: how many, how far, how many late. */
export async function performanceByUnit(executor: Executor, scope: Scope, year: number, divisionCode: string | undefined, today: string) {
  const filters: SQL[] = [taskScope(scope), inArray(tasks.letterId, executor.select({ id: letters.id }).from(letters).where(eq(letters.year, year)))];
  if (divisionCode) filters.push(withinDivision(tasks.divisionCode, divisionPrefix(divisionCode)));
  return executor
    .select({
      unitId: tasks.unitId,
      letters: sql<number>`count(distinct ${tasks.letterId})::int`,
      total: sql<number>`count(*)::int`,
      confirmed: countOf(eq(tasks.state, 'confirmed')),
      confirmedOnTime: countOf(and(eq(tasks.state, 'confirmed'), lte(tasks.completedOn, tasks.dueOn))!),
      reported: countOf(eq(tasks.state, 'reported')),
      openOverdue: countOf(openOverdue(today)),
    })
    .from(tasks)
    .where(and(...filters))
    .groupBy(tasks.unitId);
}

/** Open tasks in scope falling due by `until` (the overdue among them), soonest first. */
export async function openTasksDueBy(executor: Executor, scope: Scope, until: string) {
  return executor
    .select({ id: tasks.id, letterId: tasks.letterId, title: tasks.title, dueOn: tasks.dueOn, divisionCode: tasks.divisionCode, createdAt: tasks.createdAt })
    .from(tasks)
    .where(and(taskScope(scope), eq(tasks.state, 'open'), lte(tasks.dueOn, until)))
    .orderBy(asc(tasks.dueOn), asc(tasks.id))
    .limit(200);
}

/** Letters in scope with tasks reported done and not yet confirmed, with the earliest report. */
export async function lettersAwaitingConfirmation(executor: Executor, scope: Scope) {
  return executor
    .select({
      letterId: tasks.letterId,
      unitId: tasks.unitId,
      divisionCode: tasks.divisionCode,
      reported: sql<number>`count(*)::int`,
      since: sql<string>`min(${tasks.reportedAt})::text`,
    })
    .from(tasks)
    .where(and(taskScope(scope), eq(tasks.state, 'reported')))
    .groupBy(tasks.letterId, tasks.unitId, tasks.divisionCode)
    .orderBy(sql`min(${tasks.reportedAt})`)
    .limit(200);
}
