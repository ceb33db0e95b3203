import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import { likePattern, type ListResult, type Window } from '../../platform/db/paging.ts';
import type { EnterpriseExportQuery } from '../../../contracts/enterprises.ts';
import { enterpriseContributions, enterprisePairings, enterprises } from './enterprises.schema.ts';

export type EnterpriseRow = typeof enterprises.$inferSelect;
export type NewEnterpriseRow = typeof enterprises.$inferInsert;
export type PairingRow = typeof enterprisePairings.$inferSelect;

export const CREDIT_CODE_INDEX = 'enterprises_credit_code_idx';
export const PAIRING_INDEX = 'enterprise_pairings_pair_idx';

function pairedWithin(prefix: string): SQL {
  return sql`exists (select 1 from ${enterprisePairings} where ${enterprisePairings.enterpriseId} = ${enterprises.id} and ${withinDivision(enterprisePairings.divisionCode, prefix)})`;
}

/** An enterprise is seen by the region that keeps it and by every region holding one of its paired villages. */
export function enterpriseInScope(scope: Scope): SQL {
  return scopeCondition(scope, { division: [enterprises.divisionCode], extra: scope.divisionPrefix ? [pairedWithin(scope.divisionPrefix)] : [] });
}

function filtersOf(scope: Scope, query: EnterpriseExportQuery): SQL | undefined {
  const filters: SQL[] = [enterpriseInScope(scope)];
  if (query.q) {
    const pattern = likePattern(query.q);
    filters.push(or(ilike(enterprises.name, pattern), ilike(enterprises.creditCode, pattern))!);
  }
  if (query.divisionCode) {
    const prefix = divisionPrefix(query.divisionCode);
    filters.push(or(withinDivision(enterprises.divisionCode, prefix), pairedWithin(prefix))!);
  }
  if (query.villageCode) {
    // Only a pairing the caller may see: its village in scope, or the enterprise kept in scope.
    const visible = scopeCondition(scope, { division: [enterprisePairings.divisionCode, enterprises.divisionCode] });
    filters.push(
      sql`exists (select 1 from ${enterprisePairings} where ${enterprisePairings.enterpriseId} = ${enterprises.id} and ${enterprisePairings.divisionCode} = ${query.villageCode} and ${visible})`,
    );
  }
  return and(...filters);
}

export function readEnterprises(executor: Executor, scope: Scope, query: EnterpriseExportQuery, window: Window): Promise<EnterpriseRow[]> {
  const column = { name: enterprises.name, createdAt: enterprises.createdAt }[query.sort];
  return executor
    .select()
    .from(enterprises)
    .where(filtersOf(scope, query))
    .orderBy(query.order === 'desc' ? desc(column) : asc(column), asc(enterprises.id))
    .limit(window.limit)
    .offset(window.offset);
}

export async function listEnterprises(executor: Executor, scope: Scope, query: EnterpriseExportQuery, window: Window): Promise<ListResult<EnterpriseRow>> {
  const items = await readEnterprises(executor, scope, query, window);
  const [row] = await executor.select({ total: count() }).from(enterprises).where(filtersOf(scope, query));
  return { items, total: row?.total ?? 0 };
}

export async function findEnterpriseInScope(executor: Executor, scope: Scope, id: string, lock = false): Promise<EnterpriseRow | undefined> {
  const query = executor.select().from(enterprises).where(and(eq(enterprises.id, id), enterpriseInScope(scope)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findByCreditCode(executor: Executor, creditCode: string): Promise<EnterpriseRow | undefined> {
  const [row] = await executor.select().from(enterprises).where(eq(enterprises.creditCode, creditCode));
  return row;
}

export async function insertEnterprise(executor: Executor, values: typeof enterprises.$inferInsert): Promise<EnterpriseRow> {
  const [row] = await executor.insert(enterprises).values(values).returning();
  return row!;
}

export async function updateEnterprise(executor: Executor, id: string, values: Partial<typeof enterprises.$inferInsert>): Promise<EnterpriseRow> {
  const [row] = await executor
    .update(enterprises)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(enterprises.id, id))
    .returning();
  return row!;
}

export async function deleteEnterprise(executor: Executor, id: string): Promise<void> {
  await executor.delete(enterprises).where(eq(enterprises.id, id));
}

/** Pairings of the enterprises, oldest first; with `current`, only those not ended. */
export function pairingsOf(executor: Executor, enterpriseIds: readonly string[], current = false): Promise<PairingRow[]> {
  if (enterpriseIds.length === 0) return Promise.resolve([]);
  const filters: SQL[] = [inArray(enterprisePairings.enterpriseId, [...new Set(enterpriseIds)])];
  if (current) filters.push(isNull(enterprisePairings.until));
  return executor
    .select()
    .from(enterprisePairings)
    .where(and(...filters))
    .orderBy(asc(enterprisePairings.since), asc(enterprisePairings.divisionCode));
}

export async function findPairing(executor: Executor, enterpriseId: string, pairingId: string, lock = false): Promise<PairingRow | undefined> {
  const query = executor
    .select()
    .from(enterprisePairings)
    .where(and(eq(enterprisePairings.id, pairingId), eq(enterprisePairings.enterpriseId, enterpriseId)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function activePairingWith(executor: Executor, enterpriseId: string, villageCode: string): Promise<PairingRow | undefined> {
  const [row] = await executor
    .select()
    .from(enterprisePairings)
    .where(and(eq(enterprisePairings.enterpriseId, enterpriseId), eq(enterprisePairings.divisionCode, villageCode), isNull(enterprisePairings.until)));
  return row;
}

export async function insertPairing(executor: Executor, values: typeof enterprisePairings.$inferInsert): Promise<PairingRow> {
  const [row] = await executor.insert(enterprisePairings).values(values).returning();
  return row!;
}

export async function endPairing(executor: Executor, id: string, until: string): Promise<PairingRow> {
  const [row] = await executor.update(enterprisePairings).set({ until }).where(eq(enterprisePairings.id, id)).returning();
  return row!;
}

export async function deletePairing(executor: Executor, id: string): Promise<void> {
  await executor.delete(enterprisePairings).where(eq(enterprisePairings.id, id));
}

/** Contributions recorded per pairing, and the last day one was given. */
export async function contributionsPerPairing(executor: Executor, pairingIds: readonly string[]): Promise<Map<string, { count: number; last: string | null }>> {
  if (pairingIds.length === 0) return new Map();
  const rows = await executor
    .select({ pairingId: enterpriseContributions.pairingId, count: count(), last: sql<string | null>`max(${enterpriseContributions.givenOn})::text` })
    .from(enterpriseContributions)
    .where(inArray(enterpriseContributions.pairingId, [...pairingIds]))
    .groupBy(enterpriseContributions.pairingId);
  return new Map(rows.map((r) => [r.pairingId, { count: r.count, last: r.last }]));
}

export async function countContributionsOf(executor: Executor, enterpriseId: string): Promise<number> {
  const [row] = await executor.select({ total: count() }).from(enterpriseContributions).where(eq(enterpriseContributions.enterpriseId, enterpriseId));
  return row?.total ?? 0;
}

export async function enterpriseNames(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.select({ id: enterprises.id, name: enterprises.name }).from(enterprises).where(inArray(enterprises.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
