import type { Db, Executor } from '../../platform/db/client.ts';
import { pinyinOf } from '../../platform/i18n/pinyin.ts';
import type { DivisionLevel } from './divisions.schema.ts';
import * as repo from './divisions.repository.ts';
import { cityDisplayName, depthOfLevel, duplicatesParent, padCode, shortNameOf } from './divisions.rules.ts';
import { countLines, readAll, readSource, type SourceRecord } from './divisions.source.ts';

/** domain.md §1: real data ships for at least the counties the seed reports name. */
export const seedCountyCodes = ['440981', '440904', '520623', '522729', '520524', '522723', '450422', '450421', '450423', '450481', '530326', '510824'] as const;

/**
 * 五千行动 [001] paired 1,120 villages across 贵州; the seed counties hold about 850 rural ones, so
 * three more poor counties (纳雍县、惠水县、赫章县) load down to the villages with them.
 */
export const campaignCountyCodes = ['520525', '522731', '520527'] as const;

export type LoadLog = { info: (message: string) => void };
export type LoadProgress = (done: number, total: number) => void | Promise<void>;
export type LoadResult = { inserted: number; areas: number; ms: number };

type Catalog = { provinces: SourceRecord[]; cities: SourceRecord[]; areas: SourceRecord[]; streets: SourceRecord[] };
type Node = { code: string; name: string; level: DivisionLevel; parentCode: string | null };
type Write = (work: (executor: Executor) => Promise<void>) => Promise<void>;

// Rows gathered before a write: big enough to keep round trips few, small enough to commit often.
const flushRows = 2000;

async function readCatalog(): Promise<Catalog> {
  const [provinces, cities, areas, streets] = await Promise.all([readAll('provinces'), readAll('cities'), readAll('areas'), readAll('streets')]);
  return { provinces, cities, areas, streets };
}

/** Village names repeat across the country (新村, 和平村 …); converting each once saves most of the pinyin work. */
function pinyinCache(): (name: string) => { pinyin: string; initials: string } {
  const cache = new Map<string, { pinyin: string; initials: string }>();
  return (name) => {
    let found = cache.get(name);
    if (!found) {
      found = pinyinOf(name);
      cache.set(name, found);
    }
    return found;
  };
}

function upperNodes(catalog: Catalog): Node[] {
  const provinceNames = new Map(catalog.provinces.map((p) => [p.code, p.name]));
  const nodes: Node[] = catalog.provinces.map((p) => ({ code: padCode(p.code), name: p.name, level: 'province', parentCode: null }));
  for (const city of catalog.cities) {
    const provinceName = provinceNames.get(city.parentCode ?? '') ?? '';
    nodes.push({ code: padCode(city.code), name: cityDisplayName(city.name, provinceName), level: 'city', parentCode: padCode(city.parentCode ?? '') });
  }
  for (const area of catalog.areas) {
    if (duplicatesParent(area.code, 'county')) continue;
    nodes.push({ code: padCode(area.code), name: area.name, level: 'county', parentCode: padCode(area.parentCode ?? '') });
  }
  return nodes;
}

/** Townships by the 6-digit area they load with. */
function townshipsByArea(catalog: Catalog): Map<string, Node[]> {
  const out = new Map<string, Node[]>();
  for (const street of catalog.streets) {
    if (duplicatesParent(street.code, 'township') || !street.parentCode) continue;
    const list = out.get(street.parentCode) ?? [];
    list.push({ code: padCode(street.code), name: street.name, level: 'township', parentCode: padCode(street.parentCode) });
    out.set(street.parentCode, list);
  }
  return out;
}

function countChildren(nodes: Iterable<Node>, into = new Map<string, number>()): Map<string, number> {
  for (const node of nodes) if (node.parentCode) into.set(node.parentCode, (into.get(node.parentCode) ?? 0) + 1);
  return into;
}

function makeRow(node: Node, toPinyin: ReturnType<typeof pinyinCache>, childCount: number, childrenLoaded: boolean): repo.NewDivisionRow {
  return {
    code: node.code,
    parentCode: node.parentCode,
    level: node.level,
    depth: depthOfLevel[node.level],
    name: node.name,
    shortName: shortNameOf(node.name, node.level),
    ...toPinyin(node.name),
    source: 'national',
    childCount,
    childrenLoaded,
  };
}

/**
 * Provinces, cities and counties of the whole country. A county's townships come later (with
 * its villages), but its child count is known now, so the tree shows it can be opened.
 */
async function insertUpperLevels(executor: Executor, catalog: Catalog, toPinyin: ReturnType<typeof pinyinCache>): Promise<number> {
  const nodes = upperNodes(catalog);
  const townships = [...townshipsByArea(catalog).values()].flat();
  const counts = countChildren(townships, countChildren(nodes));
  const townshipParents = new Set(townships.map((t) => t.parentCode));
  const rows = nodes.map((node) => makeRow(node, toPinyin, counts.get(node.code) ?? 0, node.level === 'province' || (node.level === 'city' && !townshipParents.has(node.code))));
  return repo.insertDivisions(executor, rows);
}

type AreaBatch = { areaCodes: string[]; rows: repo.NewDivisionRow[] };

/**
 * Streams villages.csv once and writes, area by area, each wanted county's townships and
 * villages together with the mark that its subtree is complete, so an interrupted load
 * resumes at the first county not marked. The file is sorted by code, so a county's villages are contiguous.
 */
async function loadAreaSubtrees(
  catalog: Catalog,
  wanted: (areaCode: string) => boolean,
  write: Write,
  onFlush?: (linesSeen: number) => Promise<void>,
): Promise<{ inserted: number; areas: number }> {
  const toPinyin = pinyinCache();
  const townships = townshipsByArea(catalog);
  const areaCodes = new Set(catalog.areas.map((a) => a.code).filter(wanted));
  let batch: AreaBatch = { areaCodes: [], rows: [] };
  let inserted = 0;
  let areasDone = 0;
  let linesSeen = 0;

  const addArea = (areaCode: string, villages: Node[]): void => {
    const villageCounts = countChildren(villages);
    for (const township of townships.get(areaCode) ?? []) batch.rows.push(makeRow(township, toPinyin, villageCounts.get(township.code) ?? 0, true));
    for (const village of villages) batch.rows.push(makeRow(village, toPinyin, 0, true));
    batch.areaCodes.push(areaCode);
    areaCodes.delete(areaCode);
    areasDone++;
  };
  const flush = async (): Promise<void> => {
    if (batch.areaCodes.length === 0) return;
    const current = batch;
    batch = { areaCodes: [], rows: [] };
    await write(async (executor) => {
      inserted += await repo.insertDivisions(executor, current.rows);
      await repo.markChildrenLoaded(
        executor,
        current.areaCodes.map((area) => ({ code: padCode(area), childCount: townships.get(area)?.length ?? 0 })),
      );
    });
    await onFlush?.(linesSeen);
  };

  let currentArea: string | null = null;
  let villages: Node[] = [];
  const accept = (line: string): boolean => {
    // The header line is not a village.
    if (line.length === 0 || line.charCodeAt(0) > 57 || line.charCodeAt(0) < 48) return false;
    linesSeen++;
    return areaCodes.has(line.slice(0, 6));
  };
  for await (const record of readSource('villages', accept)) {
    const area = record.code.slice(0, 6);
    if (area !== currentArea) {
      if (currentArea) addArea(currentArea, villages);
      if (batch.rows.length >= flushRows) await flush();
      currentArea = area;
      villages = [];
    }
    if (duplicatesParent(record.code, 'village') || !record.parentCode) continue;
    villages.push({ code: record.code, name: record.name, level: 'village', parentCode: padCode(record.parentCode) });
  }
  if (currentArea) addArea(currentArea, villages);
  // Counties with no village in the list (金门县) are still complete.
  for (const area of [...areaCodes]) addArea(area, []);
  await flush();
  return { inserted, areas: areasDone };
}

/**
 * Makes sure the tree has every province, city and county, and the seed counties down to the
 * villages. Idempotent: a database that already has provinces is left alone. One transaction,
 * so a crash leaves either nothing or the whole base.
 */
export async function ensureBaseDivisions(db: Db, log?: LoadLog): Promise<LoadResult | null> {
  if ((await repo.countProvinces(db)) > 0) return null;
  const started = performance.now();
  const catalog = await readCatalog();
  const seeds = new Set<string>([...seedCountyCodes, ...campaignCountyCodes]);
  let inserted = 0;
  let areas = 0;
  await db.transaction(async (tx) => {
    inserted += await insertUpperLevels(tx, catalog, pinyinCache());
    const result = await loadAreaSubtrees(catalog, (area) => seeds.has(area), (work) => work(tx));
    inserted += result.inserted;
    areas = result.areas;
  });
  const ms = Math.round(performance.now() - started);
  log?.info(`divisions: loaded ${inserted} rows (provinces to counties, ${areas} seed counties to villages) in ${ms} ms`);
  return { inserted, areas, ms };
}

/**
 * Loads the townships and villages of the county a code lies in, when they are not in the table
 * yet: a county outside the seeds becomes usable the first time someone opens it.
 */
export async function ensureAreaLoaded(db: Db, code: string): Promise<boolean> {
  const area = code.slice(0, 6);
  const [row] = await repo.findDivisionsByCodes(db, [padCode(area)]);
  if (!row || row.childrenLoaded || row.level === 'province') return false;
  const catalog = await readCatalog();
  await loadAreaSubtrees(catalog, (candidate) => candidate === area, (work) => db.transaction(work));
  return true;
}

/**
 * The whole country down to the villages (about 660 k rows). Resumable: counties already
 * complete are skipped and every insert ignores codes that exist. Reports villages.csv lines read.
 */
export async function loadAllDivisions(db: Db, progress: LoadProgress): Promise<LoadResult> {
  const started = performance.now();
  await ensureBaseDivisions(db);
  const [catalog, total, loaded] = await Promise.all([readCatalog(), countLines('villages'), repo.findLoadedAreaCodes(db)]);
  await progress(0, total);
  const result = await loadAreaSubtrees(
    catalog,
    (area) => !loaded.has(padCode(area)),
    (work) => db.transaction(work),
    async (seen) => {
      await progress(seen, total);
    },
  );
  await progress(total, total);
  return { inserted: result.inserted, areas: result.areas, ms: Math.round(performance.now() - started) };
}
