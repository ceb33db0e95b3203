import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { ListResult, Window } from '../../platform/db/paging.ts';
import { activeNominationStates, type NominationExportQuery, type SlotExportQuery } from '../../../contracts/selection.ts';
import { teams, teamVillages } from '../teams/index.ts';
import { units } from '../units/index.ts';
import { selectionNominations, selectionSlots } from './selection.schema.ts';

export type SlotRow = typeof selectionSlots.$inferSelect;
export type NewSlotRow = typeof selectionSlots.$inferInsert;
export type NominationRow = typeof selectionNominations.$inferSelect;
export type NewNominationRow = typeof selectionNominations.$inferInsert;

/** A slot is kept by the village's region and seen by the unit it asks. */
export function slotScope(scope: Scope): SQL {
  return scopeCondition(scope, { division: [selectionSlots.divisionCode], unit: [selectionSlots.unitId] });
}

export function nominationScope(scope: Scope): SQL {
  return scopeCondition(scope, { division: [selectionNominations.divisionCode], unit: [selectionNominations.unitId] });
}

function slotFilters(scope: Scope, query: SlotExportQuery): SQL | undefined {
  const filters: SQL[] = [slotScope(scope)];
  if (query.divisionCode) filters.push(withinDivision(selectionSlots.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.unitId) filters.push(eq(selectionSlots.unitId, query.unitId));
  if (query.status) filters.push(eq(selectionSlots.status, query.status));
  return and(...filters);
}

function slotOrder(query: SlotExportQuery): SQL[] {
  const column = { createdAt: selectionSlots.createdAt, nominateBy: selectionSlots.nominateBy }[query.sort];
  return [query.order === 'desc' ? desc(column) : asc(column), asc(selectionSlots.id)];
}

export async function listSlots(executor: Executor, scope: Scope, query: SlotExportQuery, window: Window): Promise<ListResult<SlotRow>> {
  const [items, [total]] = await Promise.all([
    readSlots(executor, scope, query, window),
    executor.select({ total: count() }).from(selectionSlots).where(slotFilters(scope, query)),
  ]);
  return { items, total: total?.total ?? 0 };
}

export function readSlots(executor: Executor, scope: Scope, query: SlotExportQuery, window: Window): Promise<SlotRow[]> {
  return executor.select().from(selectionSlots).where(slotFilters(scope, query)).orderBy(...slotOrder(query)).limit(window.limit).offset(window.offset);
}

export async function findSlotInScope(executor: Executor, scope: Scope, slotId: string): Promise<SlotRow | undefined> {
  const [row] = await executor.select().from(selectionSlots).where(and(eq(selectionSlots.id, slotId), slotScope(scope)));
  return row;
}

export async function findSlotsByIds(executor: Executor, slotIds: readonly string[]): Promise<SlotRow[]> {
  if (slotIds.length === 0) return [];
  return executor.select().from(selectionSlots).where(inArray(selectionSlots.id, [...new Set(slotIds)]));
}

/** Two clerks acting on one slot (a nomination and a recall) take turns. */
export async function lockSlot(executor: Executor, slotId: string): Promise<void> {
  await executor.select({ id: selectionSlots.id }).from(selectionSlots).where(eq(selectionSlots.id, slotId)).for('update');
}

export async function insertSlot(executor: Executor, values: NewSlotRow): Promise<SlotRow> {
  const [row] = await executor.insert(selectionSlots).values(values).returning();
  return row!;
}

export async function updateSlot(executor: Executor, slotId: string, values: Partial<NewSlotRow>): Promise<SlotRow> {
  const [row] = await executor.update(selectionSlots).set({ ...values, updatedAt: new Date() }).where(eq(selectionSlots.id, slotId)).returning();
  return row!;
}

/** Open slots asked of a unit: its to-do list until it nominates. */
export function openSlotsOfUnit(executor: Executor, unitId: string, limit = 200): Promise<SlotRow[]> {
  return executor
    .select()
    .from(selectionSlots)
    .where(and(eq(selectionSlots.unitId, unitId), eq(selectionSlots.status, 'open')))
    .orderBy(asc(selectionSlots.nominateBy), asc(selectionSlots.createdAt))
    .limit(limit);
}

function nominationFilters(scope: Scope, query: NominationExportQuery): SQL | undefined {
  const filters: SQL[] = [nominationScope(scope)];
  if (query.slotId) filters.push(eq(selectionNominations.slotId, query.slotId));
  if (query.divisionCode) filters.push(withinDivision(selectionNominations.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.unitId) filters.push(eq(selectionNominations.unitId, query.unitId));
  if (query.cadreId) filters.push(eq(selectionNominations.cadreId, query.cadreId));
  if (query.state) filters.push(eq(selectionNominations.state, query.state));
  return and(...filters);
}

function nominationOrder(query: NominationExportQuery): SQL[] {
  const column = { createdAt: selectionNominations.createdAt, effectiveDate: selectionNominations.effectiveDate }[query.sort];
  return [query.order === 'desc' ? desc(column) : asc(column), asc(selectionNominations.id)];
}

export async function listNominations(executor: Executor, scope: Scope, query: NominationExportQuery, window: Window): Promise<ListResult<NominationRow>> {
  const [items, [total]] = await Promise.all([
    readNominations(executor, scope, query, window),
    executor.select({ total: count() }).from(selectionNominations).where(nominationFilters(scope, query)),
  ]);
  return { items, total: total?.total ?? 0 };
}

export function readNominations(executor: Executor, scope: Scope, query: NominationExportQuery, window: Window): Promise<NominationRow[]> {
  return executor
    .select()
    .from(selectionNominations)
    .where(nominationFilters(scope, query))
    .orderBy(...nominationOrder(query))
    .limit(window.limit)
    .offset(window.offset);
}

export async function findNominationInScope(executor: Executor, scope: Scope, id: string): Promise<NominationRow | undefined> {
  const [row] = await executor.select().from(selectionNominations).where(and(eq(selectionNominations.id, id), nominationScope(scope)));
  return row;
}

export async function findNominationById(executor: Executor, id: string): Promise<NominationRow | undefined> {
  const [row] = await executor.select().from(selectionNominations).where(eq(selectionNominations.id, id));
  return row;
}

export function nominationsOfSlot(executor: Executor, slotId: string): Promise<NominationRow[]> {
  return executor.select().from(selectionNominations).where(eq(selectionNominations.slotId, slotId)).orderBy(asc(selectionNominations.createdAt));
}

export function nominationsOfCadre(executor: Executor, scope: Scope, cadreId: string): Promise<NominationRow[]> {
  return executor
    .select()
    .from(selectionNominations)
    .where(and(eq(selectionNominations.cadreId, cadreId), nominationScope(scope)))
    .orderBy(asc(selectionNominations.createdAt));
}

/** A nomination of the cadre still in progress or in post, anywhere. */
export async function activeNominationOf(executor: Executor, cadreId: string): Promise<NominationRow | undefined> {
  const [row] = await executor
    .select()
    .from(selectionNominations)
    .where(and(eq(selectionNominations.cadreId, cadreId), inArray(selectionNominations.state, [...activeNominationStates])))
    .limit(1);
  return row;
}

/** The nominations that replace these (重派), by the id they replace. */
export async function replacementsOf(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor
    .select({ id: selectionNominations.id, replacesId: selectionNominations.replacesId })
    .from(selectionNominations)
    .where(inArray(selectionNominations.replacesId, [...ids]));
  return new Map(rows.map((r) => [r.replacesId!, r.id]));
}

/** The latest recall on the slot not yet replaced: a new nomination there is its replacement. */
export async function unreplacedRecallOf(executor: Executor, slotId: string): Promise<NominationRow | undefined> {
  const [row] = await executor
    .select()
    .from(selectionNominations)
    .where(
      and(
        eq(selectionNominations.slotId, slotId),
        eq(selectionNominations.state, 'recalled'),
        sql`not exists (select 1 from ${selectionNominations} r where r.replaces_id = ${selectionNominations.id})`,
      ),
    )
    .orderBy(desc(selectionNominations.updatedAt))
    .limit(1);
  return row;
}

export async function insertNomination(executor: Executor, values: NewNominationRow): Promise<NominationRow> {
  const [row] = await executor.insert(selectionNominations).values(values).returning();
  return row!;
}

export async function updateNomination(executor: Executor, id: string, values: Partial<NewNominationRow>): Promise<NominationRow> {
  const [row] = await executor.update(selectionNominations).set({ ...values, updatedAt: new Date() }).where(eq(selectionNominations.id, id)).returning();
  return row!;
}

/** Cadres with a nomination in progress or in post: matching leaves them out. */
export async function cadresInSelection(executor: Executor, cadreIds: readonly string[]): Promise<Set<string>> {
  if (cadreIds.length === 0) return new Set();
  const rows = await executor
    .select({ cadreId: selectionNominations.cadreId })
    .from(selectionNominations)
    .where(and(inArray(selectionNominations.cadreId, [...cadreIds]), inArray(selectionNominations.state, [...activeNominationStates])));
  return new Set(rows.map((r) => r.cadreId));
}


export async function teamNames(executor: Executor, teamIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(teamIds)];
  if (unique.length === 0) return new Map();
  const rows = await executor.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function unitNames(executor: Executor, unitIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(unitIds)];
  if (unique.length === 0) return new Map();
  const rows = await executor.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The slot's team must serve the slot's village (one of its villages, not only its main one). */
export async function teamServesVillage(executor: Executor, teamId: string, villageCode: string): Promise<boolean> {
  const [row] = await executor
    .select({ teamId: teamVillages.teamId })
    .from(teamVillages)
    .where(and(eq(teamVillages.teamId, teamId), eq(teamVillages.divisionCode, villageCode)));
  return Boolean(row);
}
