import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { IndicatorCode } from '../../../contracts/household-codes.ts';
import { householdCadres, householdIncomes, householdIndicators, householdMeasures, householdPersons, households } from './households.schema.ts';

export type NewPersonRow = typeof householdPersons.$inferInsert;
export type PersonRow = typeof householdPersons.$inferSelect;
export type IncomeRow = typeof householdIncomes.$inferSelect;
export type IndicatorRow = typeof householdIndicators.$inferSelect;
export type MeasureRow = typeof householdMeasures.$inferSelect;
export type NewMeasureRow = typeof householdMeasures.$inferInsert;
export type PairingRow = typeof householdCadres.$inferSelect;

export async function insertPersons(executor: Executor, values: NewPersonRow[]): Promise<PersonRow[]> {
  if (values.length === 0) return [];
  return executor.insert(householdPersons).values(values).returning();
}

export async function updatePerson(executor: Executor, personId: string, values: Partial<NewPersonRow>): Promise<PersonRow> {
  const [row] = await executor.update(householdPersons).set({ ...values, updatedAt: new Date() }).where(eq(householdPersons.id, personId)).returning();
  return row!;
}

export async function deletePerson(executor: Executor, personId: string): Promise<void> {
  await executor.delete(householdPersons).where(eq(householdPersons.id, personId));
}

export async function findPersonOfHousehold(executor: Executor, householdId: string, personId: string): Promise<PersonRow | undefined> {
  const [row] = await executor
    .select()
    .from(householdPersons)
    .where(and(eq(householdPersons.id, personId), eq(householdPersons.householdId, householdId)));
  return row;
}

/** Who already holds these ID fingerprints, in any household anywhere, with that household. */
export async function findHoldersByHash(executor: Executor, hashes: readonly string[]) {
  if (hashes.length === 0) return [];
  return executor
    .select({ hash: householdPersons.idNumberHash, personId: householdPersons.id, household: households })
    .from(householdPersons)
    .innerJoin(households, eq(households.id, householdPersons.householdId))
    .where(inArray(householdPersons.idNumberHash, [...hashes]));
}

/** Recounts the members so memberCount never drifts from the rows. */
export async function syncMemberCount(executor: Executor, householdId: string): Promise<number> {
  const [row] = await executor.select({ n: count() }).from(householdPersons).where(eq(householdPersons.householdId, householdId));
  const n = row?.n ?? 0;
  await executor.update(households).set({ memberCount: n, updatedAt: new Date() }).where(eq(households.id, householdId));
  return n;
}

export function listIncomes(executor: Executor, householdId: string): Promise<IncomeRow[]> {
  return executor.select().from(householdIncomes).where(eq(householdIncomes.householdId, householdId)).orderBy(desc(householdIncomes.year));
}

export async function findIncome(executor: Executor, householdId: string, year: number): Promise<IncomeRow | undefined> {
  const [row] = await executor.select().from(householdIncomes).where(and(eq(householdIncomes.householdId, householdId), eq(householdIncomes.year, year)));
  return row;
}

export async function upsertIncome(executor: Executor, values: typeof householdIncomes.$inferInsert): Promise<IncomeRow> {
  const { householdId: _h, year: _y, ...rest } = values;
  const [row] = await executor
    .insert(householdIncomes)
    .values(values)
    .onConflictDoUpdate({ target: [householdIncomes.householdId, householdIncomes.year], set: { ...rest, updatedAt: new Date() } })
    .returning();
  return row!;
}

export function listIndicators(executor: Executor, householdId: string): Promise<IndicatorRow[]> {
  return executor.select().from(householdIndicators).where(eq(householdIndicators.householdId, householdId));
}

export async function findIndicator(executor: Executor, householdId: string, indicator: IndicatorCode): Promise<IndicatorRow | undefined> {
  const [row] = await executor
    .select()
    .from(householdIndicators)
    .where(and(eq(householdIndicators.householdId, householdId), eq(householdIndicators.indicator, indicator)));
  return row;
}

export async function upsertIndicator(executor: Executor, values: typeof householdIndicators.$inferInsert): Promise<IndicatorRow> {
  const { householdId: _h, indicator: _i, ...rest } = values;
  const [row] = await executor
    .insert(householdIndicators)
    .values(values)
    .onConflictDoUpdate({ target: [householdIndicators.householdId, householdIndicators.indicator], set: { ...rest, updatedAt: new Date() } })
    .returning();
  return row!;
}

export function listMeasures(executor: Executor, householdId: string): Promise<MeasureRow[]> {
  return executor
    .select()
    .from(householdMeasures)
    .where(eq(householdMeasures.householdId, householdId))
    .orderBy(desc(householdMeasures.year), asc(householdMeasures.createdAt), asc(householdMeasures.id));
}

export async function findMeasure(executor: Executor, householdId: string, measureId: string): Promise<MeasureRow | undefined> {
  const [row] = await executor
    .select()
    .from(householdMeasures)
    .where(and(eq(householdMeasures.id, measureId), eq(householdMeasures.householdId, householdId)));
  return row;
}

export async function insertMeasure(executor: Executor, values: NewMeasureRow): Promise<MeasureRow> {
  const [row] = await executor.insert(householdMeasures).values(values).returning();
  return row!;
}

export async function updateMeasure(executor: Executor, measureId: string, values: Partial<NewMeasureRow>): Promise<MeasureRow> {
  const [row] = await executor.update(householdMeasures).set(values).where(eq(householdMeasures.id, measureId)).returning();
  return row!;
}

export async function deleteMeasure(executor: Executor, measureId: string): Promise<void> {
  await executor.delete(householdMeasures).where(eq(householdMeasures.id, measureId));
}

export function listPairings(executor: Executor, householdId: string): Promise<PairingRow[]> {
  return executor.select().from(householdCadres).where(eq(householdCadres.householdId, householdId)).orderBy(desc(householdCadres.since));
}

export async function findCurrentPairing(executor: Executor, householdId: string, cadreId: string): Promise<PairingRow | undefined> {
  const [row] = await executor
    .select()
    .from(householdCadres)
    .where(and(eq(householdCadres.householdId, householdId), eq(householdCadres.cadreId, cadreId), isNull(householdCadres.until)));
  return row;
}

export async function insertPairing(executor: Executor, values: typeof householdCadres.$inferInsert): Promise<PairingRow> {
  const [row] = await executor.insert(householdCadres).values(values).returning();
  return row!;
}

export async function endPairing(executor: Executor, pairing: PairingRow, until: string): Promise<PairingRow> {
  const [row] = await executor
    .update(householdCadres)
    .set({ until })
    .where(and(eq(householdCadres.householdId, pairing.householdId), eq(householdCadres.cadreId, pairing.cadreId), eq(householdCadres.since, pairing.since)))
    .returning();
  return row!;
}
