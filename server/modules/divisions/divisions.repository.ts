import { and, asc, count, eq, ilike, inArray, like, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { likePattern, offsetOf, type ListResult, type Page } from '../../platform/db/paging.ts';
import { divisions, villageProfiles, type DivisionLevel } from './divisions.schema.ts';

export type DivisionRow = typeof divisions.$inferSelect;
export type NewDivisionRow = typeof divisions.$inferInsert;
export type VillageProfileRow = typeof villageProfiles.$inferSelect;
export type NewVillageProfileRow = typeof villageProfiles.$inferInsert;

const insertBatchSize = 1000;

export async function findDivisionsByCodes(executor: Executor, codes: readonly string[]): Promise<DivisionRow[]> {
  const unique = [...new Set(codes.filter(Boolean))];
  if (unique.length === 0) return [];
  return executor.select().from(divisions).where(inArray(divisions.code, unique));
}

export async function countProvinces(executor: Executor): Promise<number> {
  const [row] = await executor.select({ n: count() }).from(divisions).where(eq(divisions.level, 'province'));
  return row?.n ?? 0;
}

/** Inserts in batches; a code already present is left as it is, so a load can be run again. */
export async function insertDivisions(executor: Executor, rows: readonly NewDivisionRow[]): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += insertBatchSize) {
    const batch = rows.slice(start, start + insertBatchSize);
    const result = await executor.insert(divisions).values(batch).onConflictDoNothing().returning({ code: divisions.code });
    inserted += result.length;
  }
  return inserted;
}

/** Marks parents whose children are now all in the table, with the number of them. */
export async function markChildrenLoaded(executor: Executor, counts: readonly { code: string; childCount: number }[]): Promise<void> {
  for (let start = 0; start < counts.length; start += insertBatchSize) {
    const batch = counts.slice(start, start + insertBatchSize);
    const values = sql.join(
      batch.map((c) => sql`(${c.code}::varchar, ${c.childCount}::int)`),
      sql`, `,
    );
    await executor.execute(
      sql`update ${divisions} set children_loaded = true, child_count = greatest(${divisions.childCount}, v.n)
          from (values ${values}) as v(code, n) where ${divisions.code} = v.code`,
    );
  }
}

/** Codes of the counties (and county-less cities) whose townships and villages are in the table. */
export async function findLoadedAreaCodes(executor: Executor): Promise<Set<string>> {
  const rows = await executor
    .select({ code: divisions.code })
    .from(divisions)
    .where(and(lte(divisions.depth, 3), eq(divisions.childrenLoaded, true)));
  return new Set(rows.map((r) => r.code));
}

export async function listChildren(executor: Executor, parentCode: string): Promise<DivisionRow[]> {
  return executor.select().from(divisions).where(eq(divisions.parentCode, parentCode)).orderBy(asc(divisions.code));
}

export async function listProvinces(executor: Executor): Promise<DivisionRow[]> {
  return executor.select().from(divisions).where(eq(divisions.level, 'province')).orderBy(asc(divisions.code));
}

export type DivisionSearch = {
  match: { kind: 'code' | 'letters' | 'name'; value: string };
  level?: DivisionLevel | undefined;
  prefix: string | null;
};

export async function searchDivisions(executor: Executor, search: DivisionSearch, page: Page): Promise<ListResult<DivisionRow>> {
  const filters: SQL[] = [];
  const { kind, value } = search.match;
  if (kind === 'code') filters.push(like(divisions.code, `${value}%`));
  else if (kind === 'letters') filters.push(or(like(divisions.initials, `${value}%`), like(divisions.pinyin, `${value}%`))!);
  else filters.push(ilike(divisions.name, likePattern(value)));
  if (search.level) filters.push(eq(divisions.level, search.level));
  if (search.prefix) filters.push(like(divisions.code, `${search.prefix}%`));
  const where = and(...filters);
  const [items, [totalRow]] = await Promise.all([
    executor.select().from(divisions).where(where).orderBy(asc(divisions.depth), asc(divisions.code)).limit(page.pageSize).offset(offsetOf(page)),
    executor.select({ total: count() }).from(divisions).where(where),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

export async function findVillageCodesInTownship(executor: Executor, townshipCode: string): Promise<string[]> {
  const rows = await executor
    .select({ code: divisions.code })
    .from(divisions)
    .where(and(eq(divisions.parentCode, townshipCode), eq(divisions.level, 'village')));
  return rows.map((r) => r.code);
}

export async function findVillageByName(executor: Executor, townshipCode: string, name: string, shortName: string): Promise<DivisionRow | undefined> {
  const [row] = await executor
    .select()
    .from(divisions)
    .where(and(eq(divisions.parentCode, townshipCode), or(eq(divisions.name, name), eq(divisions.shortName, shortName))));
  return row;
}

export async function insertDivision(executor: Executor, values: NewDivisionRow): Promise<DivisionRow> {
  const [row] = await executor.insert(divisions).values(values).returning();
  return row!;
}

export async function incrementChildCount(executor: Executor, code: string): Promise<void> {
  await executor
    .update(divisions)
    .set({ childCount: sql`${divisions.childCount} + 1` })
    .where(eq(divisions.code, code));
}

/** Serializes local-village numbering in one township: two clerks adding at once get 901 and 902. */
export async function lockDivision(executor: Executor, code: string): Promise<void> {
  await executor.execute(sql`select 1 from ${divisions} where ${divisions.code} = ${code} for update`);
}

export async function findVillageProfile(executor: Executor, code: string): Promise<VillageProfileRow | undefined> {
  const [row] = await executor.select().from(villageProfiles).where(eq(villageProfiles.divisionCode, code));
  return row;
}

export async function upsertVillageProfile(executor: Executor, values: NewVillageProfileRow): Promise<VillageProfileRow> {
  const { divisionCode: _code, ...changes } = values;
  const [row] = await executor
    .insert(villageProfiles)
    .values(values)
    .onConflictDoUpdate({ target: villageProfiles.divisionCode, set: { ...changes, updatedAt: new Date() } })
    .returning();
  return row!;
}
