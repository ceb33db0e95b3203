import { and, asc, count, desc, eq, inArray, isNull, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { ListResult, Window } from '../../platform/db/paging.ts';
import type { TransitionKind } from '../../../contracts/household-codes.ts';
import { finalTransitionStates, type TransitionExportQuery } from '../../../contracts/household-transitions.ts';
import { householdIncomes, householdIndicators, householdPersons, households } from '../households/index.ts';
import { workflowInstances } from '../../platform/workflow/workflow.schema.ts';
import { householdTransitions } from './household-transitions.schema.ts';

export type TransitionRow = typeof householdTransitions.$inferSelect;
export type NewTransitionRow = typeof householdTransitions.$inferInsert;
export type TransitionListRow = TransitionRow & { householderName: string | null; householdCode: string | null };

const finals = [...finalTransitionStates];

function baseSelect(executor: Executor) {
  return executor
    .select({ transition: householdTransitions, householderName: households.householderName, householdCode: households.code })
    .from(householdTransitions)
    .leftJoin(households, eq(households.id, householdTransitions.householdId));
}

function flatten(rows: { transition: TransitionRow; householderName: string | null; householdCode: string | null }[]): TransitionListRow[] {
  return rows.map((r) => ({ ...r.transition, householderName: r.householderName, householdCode: r.householdCode }));
}

const inScope = (scope: Scope) => scopeCondition(scope, { division: [householdTransitions.divisionCode] });

/** A clock is overdue while its step is not taken and its due day has passed (the due day itself is in time). */
function overdueCondition(today: string): SQL {
  return and(
    notInArray(householdTransitions.state, finals),
    or(
      and(isNull(householdTransitions.verifiedOn), lt(householdTransitions.verifyDueOn, today)),
      and(isNull(householdTransitions.decidedOn), lt(householdTransitions.decideDueOn, today)),
    ),
  )!;
}

function filtersOf(scope: Scope, query: TransitionExportQuery, today: string): SQL | undefined {
  const filters: SQL[] = [inScope(scope)];
  if (query.kind) filters.push(eq(householdTransitions.kind, query.kind));
  if (query.state) filters.push(eq(householdTransitions.state, query.state));
  if (query.householdId) filters.push(eq(householdTransitions.householdId, query.householdId));
  if (query.divisionCode) filters.push(withinDivision(householdTransitions.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.overdue === true) filters.push(overdueCondition(today));
  if (query.overdue === false) filters.push(sql`not (${overdueCondition(today)})`);
  return and(...filters);
}

function orderOf(query: TransitionExportQuery): SQL[] {
  const column = { createdAt: householdTransitions.createdAt, updatedAt: householdTransitions.updatedAt }[query.sort];
  return [query.order === 'asc' ? asc(column) : desc(column), asc(householdTransitions.id)];
}

export async function listTransitions(executor: Executor, scope: Scope, query: TransitionExportQuery, today: string, window: Window): Promise<ListResult<TransitionListRow>> {
  const items = await readTransitions(executor, scope, query, today, window);
  const [total] = await executor.select({ total: count() }).from(householdTransitions).where(filtersOf(scope, query, today));
  return { items, total: total?.total ?? 0 };
}

/** One window without its count: an export reads window after window. */
export async function readTransitions(executor: Executor, scope: Scope, query: TransitionExportQuery, today: string, window: Window): Promise<TransitionListRow[]> {
  const rows = await baseSelect(executor).where(filtersOf(scope, query, today)).orderBy(...orderOf(query)).limit(window.limit).offset(window.offset);
  return flatten(rows);
}

export async function findTransitionInScope(executor: Executor, scope: Scope, id: string): Promise<TransitionListRow | undefined> {
  const rows = await baseSelect(executor).where(and(eq(householdTransitions.id, id), inScope(scope)));
  return flatten(rows)[0];
}

export async function findTransitionForUpdate(executor: Executor, id: string): Promise<TransitionRow | undefined> {
  const [row] = await executor.select().from(householdTransitions).where(eq(householdTransitions.id, id)).for('update');
  return row;
}

export async function transitionsOfHousehold(executor: Executor, householdId: string): Promise<TransitionListRow[]> {
  const rows = await baseSelect(executor).where(eq(householdTransitions.householdId, householdId)).orderBy(desc(householdTransitions.createdAt), asc(householdTransitions.id));
  return flatten(rows);
}

/** One request per household at a time: two concurrent requests of a kind cannot both pass the check. */
export async function lockHousehold(executor: Executor, householdId: string): Promise<void> {
  await executor.execute(sql`select pg_advisory_xact_lock(hashtext(${`household-transition:${householdId}`}))`);
}

export async function findOpenTransition(executor: Executor, householdId: string, kind: TransitionKind): Promise<TransitionRow | undefined> {
  const [row] = await executor
    .select()
    .from(householdTransitions)
    .where(and(eq(householdTransitions.householdId, householdId), eq(householdTransitions.kind, kind), notInArray(householdTransitions.state, finals)));
  return row;
}

export async function insertTransition(executor: Executor, values: NewTransitionRow): Promise<TransitionRow> {
  const [row] = await executor.insert(householdTransitions).values(values).returning();
  return row!;
}

export async function updateTransition(executor: Executor, id: string, values: Partial<NewTransitionRow>): Promise<TransitionRow> {
  const [row] = await executor.update(householdTransitions).set({ ...values, updatedAt: new Date() }).where(eq(householdTransitions.id, id)).returning();
  return row!;
}

export function indicatorsOf(executor: Executor, householdId: string) {
  return executor.select({ indicator: householdIndicators.indicator, status: householdIndicators.status }).from(householdIndicators).where(eq(householdIndicators.householdId, householdId));
}

export function incomesOf(executor: Executor, householdId: string) {
  return executor
    .select({
      year: householdIncomes.year,
      wage: householdIncomes.wage,
      business: householdIncomes.business,
      property: householdIncomes.property,
      transfer: householdIncomes.transfer,
      members: householdIncomes.members,
    })
    .from(householdIncomes)
    .where(eq(householdIncomes.householdId, householdId));
}

export function labourOf(executor: Executor, householdId: string) {
  return executor.select({ labourAbility: householdPersons.labourAbility }).from(householdPersons).where(eq(householdPersons.householdId, householdId));
}

/** Open monitoring requests in scope whose verification or decision clock has run out, oldest due first. */
export async function overdueMonitoring(executor: Executor, scope: Scope, states: string[], today: string, limit = 200): Promise<TransitionListRow[]> {
  if (states.length === 0) return [];
  const rows = await baseSelect(executor)
    .where(and(inScope(scope), eq(householdTransitions.kind, 'monitoring'), inArray(householdTransitions.state, states), overdueCondition(today)))
    .orderBy(asc(sql`least(${householdTransitions.verifyDueOn}, ${householdTransitions.decideDueOn})`), asc(householdTransitions.id))
    .limit(limit);
  return flatten(rows);
}

/** Identifications and exits whose notice has fully run and that wait for the step after it. */
export async function noticesEnded(executor: Executor, scope: Scope, states: ('first_notice' | 'second_notice')[], today: string, limit = 200): Promise<TransitionListRow[]> {
  const parts: SQL[] = [];
  if (states.includes('first_notice')) parts.push(and(eq(householdTransitions.state, 'first_notice'), lt(householdTransitions.firstNoticeEnd, today))!);
  if (states.includes('second_notice')) parts.push(and(eq(householdTransitions.state, 'second_notice'), lt(householdTransitions.secondNoticeEnd, today))!);
  if (parts.length === 0) return [];
  const rows = await baseSelect(executor)
    .where(and(inScope(scope), or(...parts)))
    .orderBy(asc(householdTransitions.updatedAt), asc(householdTransitions.id))
    .limit(limit);
  return flatten(rows);
}

/**
 * Monitored households in scope whose stable period has passed, with at least one member able to
 * work, and no risk removal open: the ones the system may propose. Those without labour never are.
 */
export function stableHouseholds(executor: Executor, scope: Scope, stableMonths: number, today: string, limit = 200) {
  return executor
    .select({ id: households.id, householderName: households.householderName, divisionCode: households.divisionCode, monitoringSince: households.monitoringSince })
    .from(households)
    .where(
      and(
        scopeCondition(scope, { division: [households.divisionCode] }),
        eq(households.monitoringState, 'monitoring'),
        sql`${households.monitoringSince} + make_interval(months => ${stableMonths}) <= ${today}::date`,
        sql`exists (select 1 from ${householdPersons} p where p.household_id = ${households.id} and p.labour_ability in ('skilled', 'normal', 'weak'))`,
        sql`not exists (select 1 from ${householdTransitions} t where t.household_id = ${households.id} and t.kind = 'risk_removal'
          and t.state not in (${sql.join(finals.map((s) => sql`${s}`), sql`, `)}))`,
      ),
    )
    .orderBy(asc(households.monitoringSince), asc(households.id))
    .limit(limit);
}

/** The step's own clock: when it falls due, and until when it waits on a notice (undefined leaves a value as it is). */
export async function setWorkflowClock(executor: Executor, instanceId: string, clock: { dueAt?: Date | null | undefined; waitsUntil?: Date | null | undefined }): Promise<void> {
  await executor
    .update(workflowInstances)
    .set({ ...(clock.dueAt !== undefined ? { dueAt: clock.dueAt } : {}), ...(clock.waitsUntil !== undefined ? { waitsUntil: clock.waitsUntil } : {}) })
    .where(eq(workflowInstances.id, instanceId));
}
