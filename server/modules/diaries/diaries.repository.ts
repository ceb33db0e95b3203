import { and, asc, count, desc, eq, gte, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, scopeCondition, withinDivision, type Scope } from '../../platform/access/scope.ts';
import type { ListResult, Window } from '../../platform/db/paging.ts';
import { cadres } from '../cadres/index.ts';
import { divisions } from '../divisions/index.ts';
import { diaries } from './diaries.schema.ts';

/** What a caller reads: his region, his own entries wherever they were written, and for a plain member his own only. */
export type DiaryReach = { scope: Scope; ownCadreId: string | null; ownOnly: boolean };

export type DiaryRow = typeof diaries.$inferSelect;
export type NewDiaryRow = typeof diaries.$inferInsert;
export type DiaryListRow = DiaryRow & { cadreName: string; villageName: string | null };
export type DiaryFilters = { cadreId?: string | undefined; divisionCode?: string | undefined; from?: string | undefined; to?: string | undefined };

function visible(reach: DiaryReach): SQL {
  if (reach.ownOnly) return reach.ownCadreId ? eq(diaries.cadreId, reach.ownCadreId) : sql`false`;
  const inScope = scopeCondition(reach.scope, { division: [diaries.divisionCode] });
  return reach.ownCadreId ? or(inScope, eq(diaries.cadreId, reach.ownCadreId))! : inScope;
}

function filtersOf(reach: DiaryReach, filters: DiaryFilters): SQL {
  const parts: SQL[] = [visible(reach)];
  if (filters.cadreId) parts.push(eq(diaries.cadreId, filters.cadreId));
  if (filters.divisionCode) parts.push(withinDivision(diaries.divisionCode, divisionPrefix(filters.divisionCode)));
  if (filters.from) parts.push(gte(diaries.entryDate, filters.from));
  if (filters.to) parts.push(lte(diaries.entryDate, filters.to));
  return and(...parts)!;
}

const columns = { row: diaries, cadreName: cadres.name, villageName: divisions.name };
type Joined = { row: DiaryRow; cadreName: string; villageName: string | null };
const toListRow = (r: Joined): DiaryListRow => ({ ...r.row, cadreName: r.cadreName, villageName: r.villageName });

function joined(executor: Executor) {
  return executor.select(columns).from(diaries).innerJoin(cadres, eq(cadres.id, diaries.cadreId)).leftJoin(divisions, eq(divisions.code, diaries.divisionCode));
}

/** By date (newest first by default), then by the writer's name: an order for reading, not a ranking. */
export async function readDiaries(executor: Executor, reach: DiaryReach, filters: DiaryFilters, order: 'asc' | 'desc', window: Window): Promise<DiaryListRow[]> {
  const direction = order === 'asc' ? asc : desc;
  const rows = await joined(executor)
    .where(filtersOf(reach, filters))
    .orderBy(direction(diaries.entryDate), asc(cadres.pinyin), asc(diaries.id))
    .limit(window.limit)
    .offset(window.offset);
  return rows.map(toListRow);
}

export async function listDiaries(executor: Executor, reach: DiaryReach, filters: DiaryFilters, order: 'asc' | 'desc', window: Window): Promise<ListResult<DiaryListRow>> {
  const [items, [totalRow]] = await Promise.all([
    readDiaries(executor, reach, filters, order, window),
    executor.select({ total: count() }).from(diaries).where(filtersOf(reach, filters)),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

export async function findDiaryInReach(executor: Executor, reach: DiaryReach, diaryId: string): Promise<DiaryListRow | undefined> {
  const [row] = await joined(executor).where(and(eq(diaries.id, diaryId), visible(reach)));
  return row ? toListRow(row) : undefined;
}

export async function findDiaryOn(executor: Executor, cadreId: string, entryDate: string): Promise<DiaryRow | undefined> {
  const [row] = await executor.select().from(diaries).where(and(eq(diaries.cadreId, cadreId), eq(diaries.entryDate, entryDate)));
  return row;
}

export async function lockDiary(executor: Executor, diaryId: string): Promise<void> {
  await executor.select({ id: diaries.id }).from(diaries).where(eq(diaries.id, diaryId)).for('update');
}

export async function insertDiary(executor: Executor, values: NewDiaryRow): Promise<DiaryRow> {
  const [row] = await executor.insert(diaries).values(values).returning();
  return row!;
}

export async function updateDiary(executor: Executor, diaryId: string, values: Partial<NewDiaryRow>): Promise<DiaryRow> {
  const [row] = await executor
    .update(diaries)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(diaries.id, diaryId))
    .returning();
  return row!;
}

/** Where the cadre is posted now, as the cadres module keeps it. */
export async function postedVillageOf(executor: Executor, cadreId: string): Promise<string | null> {
  const [row] = await executor.select({ code: cadres.postedDivisionCode }).from(cadres).where(eq(cadres.id, cadreId));
  return row?.code ?? null;
}
