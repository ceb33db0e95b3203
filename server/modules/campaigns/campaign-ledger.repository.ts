import { and, asc, count, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, withinDivision } from '../../platform/access/scope.ts';
import { likePattern, type ListResult, type Window } from '../../platform/db/paging.ts';
import type { LedgerExportQuery } from '../../../contracts/campaigns.ts';
import { campaignLedgerEntries as entries } from './campaigns.schema.ts';
import type { Reach } from './campaigns.repository.ts';

export type EntryRow = typeof entries.$inferSelect;
export type NewEntryRow = typeof entries.$inferInsert;

/** A unit sees its own branches' ledger, a secretary his branch's, a region what was done in its villages. */
function reachCondition(reach: Reach): SQL {
  if (reach.kind === 'all') return sql`true`;
  if (reach.kind === 'units') return reach.unitIds.length > 0 ? inArray(entries.unitId, reach.unitIds) : sql`false`;
  if (reach.kind === 'branches') return reach.branchIds.length > 0 ? inArray(entries.branchId, reach.branchIds) : sql`false`;
  return withinDivision(entries.divisionCode, reach.prefix);
}

function filtersOf(campaignId: string, reach: Reach, query: LedgerExportQuery): SQL | undefined {
  const filters: SQL[] = [eq(entries.campaignId, campaignId), reachCondition(reach)];
  if (query.unitId) filters.push(eq(entries.unitId, query.unitId));
  if (query.branchId) filters.push(eq(entries.branchId, query.branchId));
  if (query.line) filters.push(eq(entries.line, query.line));
  if (query.dateFrom) filters.push(gte(entries.happenedOn, query.dateFrom));
  if (query.dateTo) filters.push(lte(entries.happenedOn, query.dateTo));
  if (query.divisionCode) filters.push(withinDivision(entries.divisionCode, divisionPrefix(query.divisionCode)));
  if (query.q) {
    const pattern = likePattern(query.q);
    filters.push(or(ilike(entries.personName, pattern), ilike(entries.description, pattern), ilike(entries.householdName, pattern))!);
  }
  return and(...filters);
}

export function readEntries(executor: Executor, campaignId: string, reach: Reach, query: LedgerExportQuery, window: Window): Promise<EntryRow[]> {
  const column = { happenedOn: entries.happenedOn, funds: entries.funds, personTimes: entries.personTimes }[query.sort];
  return executor
    .select()
    .from(entries)
    .where(filtersOf(campaignId, reach, query))
    .orderBy(query.order === 'asc' ? asc(column) : desc(column), desc(entries.createdAt), asc(entries.id))
    .limit(window.limit)
    .offset(window.offset);
}

export async function listEntries(executor: Executor, campaignId: string, reach: Reach, query: LedgerExportQuery, window: Window): Promise<ListResult<EntryRow>> {
  const items = await readEntries(executor, campaignId, reach, query, window);
  const [total] = await executor.select({ n: count() }).from(entries).where(filtersOf(campaignId, reach, query));
  return { items, total: total?.n ?? 0 };
}

export async function findEntry(executor: Executor, campaignId: string, reach: Reach, entryId: string, lock = false): Promise<EntryRow | undefined> {
  const query = executor
    .select()
    .from(entries)
    .where(and(eq(entries.id, entryId), eq(entries.campaignId, campaignId), reachCondition(reach)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertEntry(executor: Executor, values: NewEntryRow): Promise<EntryRow> {
  const [row] = await executor.insert(entries).values(values).returning();
  return row!;
}

export async function updateEntry(executor: Executor, id: string, values: Partial<NewEntryRow>): Promise<EntryRow> {
  const [row] = await executor.update(entries).set(values).where(eq(entries.id, id)).returning();
  return row!;
}

export async function deleteEntry(executor: Executor, id: string): Promise<void> {
  await executor.delete(entries).where(eq(entries.id, id));
}
