import { and, asc, eq, inArray, like } from 'drizzle-orm';
import { households, householdMeasures } from '../../server/modules/households/index.ts';
import { assetChecks, assets, dividends, shares, fromCents, toCents } from '../../server/modules/assets/index.ts';
import { projects } from '../../server/modules/projects/index.ts';
import type { AssetCondition, AssetKind, ProjectCategory } from '../../contracts/project-codes.ts';
import { addDays, type DemoWorld } from './demo-world.ts';
import { SeededRandom } from './random.ts';

export const DIGUTUN = '520623205210';
export const BEE_COOPERATIVE = '石阡县地古屯村中华蜂养殖专业合作社';

/** What each household put in when its measure names no amount (the stories give 3,000 yuan). */
const DEFAULT_SHARE_CENTS = 200_000;
/** Dividend per share each year: a tenth of the capital in the first half year, a fifth after (the households' property income). */
const dividendRate = (year: number, sinceYear: number) => (year === sinceYear ? 0.1 : 0.2);
const CHUNK = 200;

type Holder = { householdId: string; year: number; amount: number | null };

/** The 地古屯村 households whose assistance funds were turned into shares, by their 折股 measure. */
async function beeHolders(world: DemoWorld): Promise<Holder[]> {
  const rows = await world.deps.db
    .select({ householdId: households.id, year: householdMeasures.year, amount: householdMeasures.amount })
    .from(householdMeasures)
    .innerJoin(households, eq(households.id, householdMeasures.householdId))
    .where(and(eq(households.divisionCode, DIGUTUN), like(householdMeasures.content, '%折股%'), like(householdMeasures.content, '%中华蜂%')))
    .orderBy(asc(households.code));
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.householdId) && seen.add(r.householdId));
}

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/**
 * [001] 地古屯村: assistance funds became shares of the bee-keeping cooperative for 123 households,
 * 谭世远 among them; the cooperative pays a dividend for every full year since. Written straight
 * into the tables (the records are history, not today's work); run twice, it writes nothing new.
 */
export async function seedAssetIncome(world: DemoWorld): Promise<{ shares: number; dividends: number }> {
  const db = world.deps.db;
  const [existing] = await db.select({ id: shares.id }).from(shares).where(eq(shares.cooperative, BEE_COOPERATIVE)).limit(1);
  if (existing) return { shares: 0, dividends: 0 };
  const holders = await beeHolders(world);
  if (holders.length === 0) return { shares: 0, dividends: 0 };

  const thisYear = Number(world.today.slice(0, 4));
  const capital = holders.reduce((sum, h) => sum + (h.amount === null ? DEFAULT_SHARE_CENTS : toCents(h.amount.toFixed(2))), 0);
  const sinceYear = Math.min(...holders.map((h) => h.year));
  const [stake] = await db
    .insert(assets)
    .values({
      divisionCode: DIGUTUN,
      name: `${BEE_COOPERATIVE}股权（扶贫资金折股）`,
      kind: 'shares',
      owner: `入股农户（${holders.length} 户）`,
      maintainer: BEE_COOPERATIVE,
      value: fromCents(capital),
      quantity: `${holders.length} 户`,
      handedOverOn: `${sinceYear}-06-30`,
      condition: 'good',
    })
    .returning({ id: assets.id });

  const shareRows = holders.map((h) => ({
    divisionCode: DIGUTUN,
    cooperative: BEE_COOPERATIVE,
    householdId: h.householdId,
    assetId: stake!.id,
    amount: fromCents(h.amount === null ? DEFAULT_SHARE_CENTS : toCents(h.amount.toFixed(2))),
    units: 1,
    since: `${h.year}-06-30`,
  }));
  const written: { id: string; householdId: string; amount: string; since: string }[] = [];
  await inChunks(shareRows, async (chunk) => {
    written.push(...(await db.insert(shares).values(chunk).returning({ id: shares.id, householdId: shares.householdId, amount: shares.amount, since: shares.since })));
  });

  // A year's dividend is paid the January after, so only years whose payday has come are written.
  const dividendRows = written.flatMap((share) => {
    const since = Number(share.since.slice(0, 4));
    const years: number[] = [];
    for (let year = since; year < thisYear; year += 1) if (`${year + 1}-01-20` <= world.today) years.push(year);
    return years.map((year) => ({
      shareId: share.id,
      householdId: share.householdId,
      divisionCode: DIGUTUN,
      year,
      amount: fromCents(Math.round(toCents(share.amount) * dividendRate(year, since))),
      paidOn: `${year + 1}-01-20`,
    }));
  });
  await inChunks(dividendRows, (chunk) => db.insert(dividends).values(chunk));
  return { shares: written.length, dividends: dividendRows.length };
}

const kindOf: Record<ProjectCategory, AssetKind> = {
  road: 'road',
  bridge: 'road',
  drinking_water: 'water_works',
  irrigation: 'water_works',
  housing: 'building',
  education: 'building',
  health: 'building',
  culture: 'building',
  party_facilities: 'building',
  relocation: 'building',
  industry: 'equipment',
  environment: 'other',
  land_consolidation: 'other',
  geological_hazard: 'other',
  other: 'other',
};

const keeperOf: Record<AssetKind, string> = {
  road: '村委会（聘请护路员）',
  water_works: '村用水户协会',
  building: '村委会',
  equipment: '村股份经济合作社',
  shares: '经营主体',
  other: '村委会',
};

/**
 * Every handed-over project leaves an asset of its village collective, looked at once a year
 * since; most are kept in good order, some wait for repair. Run after the projects seed; run
 * twice, it skips projects that already have their asset.
 */
export async function seedProjectAssets(world: DemoWorld): Promise<{ assets: number; checks: number }> {
  const db = world.deps.db;
  const random = new SeededRandom('zhucun-project-assets');
  const handedOver = await db.select().from(projects).where(eq(projects.state, 'handed_over')).orderBy(asc(projects.name));
  if (handedOver.length === 0) return { assets: 0, checks: 0 };
  const kept = new Set(
    (await db.select({ projectId: assets.projectId }).from(assets).where(inArray(assets.projectId, handedOver.map((p) => p.id)))).map((r) => r.projectId),
  );
  const fresh = handedOver.filter((p) => !kept.has(p.id) && p.handedOverOn !== null && p.handedOverOn <= world.today);
  if (fresh.length === 0) return { assets: 0, checks: 0 };
  const written = await db
    .insert(assets)
    .values(
      fresh.map((p) => {
        const kind = kindOf[p.category];
        return {
          projectId: p.id,
          divisionCode: p.divisionCode,
          name: p.name,
          kind,
          owner: '村集体',
          maintainer: keeperOf[kind],
          value: p.approvedBudget ?? p.budget,
          handedOverOn: p.handedOverOn!,
          condition: 'good' as AssetCondition,
        };
      }),
    )
    .returning({ id: assets.id, handedOverOn: assets.handedOverOn, kind: assets.kind });
  const checks = written.flatMap((asset) => {
    const rows: { assetId: string; checkedOn: string; condition: AssetCondition; note: string | null; checkedBy: string }[] = [];
    for (let day = addDays(asset.handedOverOn, 365); day <= world.today; day = addDays(day, 365)) {
      const condition = random.weighted([['good', 0.8], ['needs_repair', 0.17], ['damaged', 0.03]] as const);
      rows.push({
        assetId: asset.id,
        checkedOn: day,
        condition,
        note: condition === 'good' ? null : random.pick(['雨季冲刷，局部需修补', '设施老化，已报乡镇安排维修资金', '管护员反映有损坏，待维修']),
        checkedBy: keeperOf[asset.kind],
      });
    }
    return rows;
  });
  await inChunks(checks, (chunk) => db.insert(assetChecks).values(chunk));
  // The condition follows each asset's latest check, as the service keeps it.
  const latest = new Map<string, AssetCondition>();
  for (const check of checks) latest.set(check.assetId, check.condition);
  for (const condition of ['needs_repair', 'damaged'] as const) {
    const ids = [...latest].filter(([, c]) => c === condition).map(([id]) => id);
    if (ids.length > 0) await db.update(assets).set({ condition }).where(inArray(assets.id, ids));
  }
  return { assets: written.length, checks: checks.length };
}
