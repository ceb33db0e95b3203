import { and, eq, getTableColumns, getTableName, inArray, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../server/platform/db/client.ts';
import { campaignLedgerEntries, campaigns, campaignTargets, campaignTasks } from '../../server/modules/campaigns/index.ts';
import { campaignLines } from '../../contracts/party-codes.ts';
import { partyOrgs } from '../../server/modules/party-orgs/index.ts';
import { units } from '../../server/modules/units/index.ts';
import { CAMPAIGN_DESCRIPTION, CAMPAIGN_NAME } from './campaign-texts.ts';
import { planCampaignRows, type CampaignRows, type CampaignUnit, type CampaignVillage } from './campaign-plan.ts';
import { shortVillageName } from './demo-model.ts';
import { divisionsUnder } from './demo-places.ts';
import type { DemoWorld } from './demo-world.ts';
import { chineseOrdinal, GUIZHOU, guizhouOrgans } from './guizhou-organs.ts';
import { SeededRandom } from './random.ts';
import { insertInChunks } from './write-demo.ts';

export { CAMPAIGN_NAME } from './campaign-texts.ts';
export { campaignFigures } from './campaign-plan.ts';

// A year long past: the same ledger on every load, whatever month the demo's activity is drawn for.
export const CAMPAIGN_SEED = 'zhucun-campaign-2016-v1';
const CHUNK = 1000;

/**
 * Rows as one JSON parameter a statement: the embedded database spends most of a multi-row insert
 * binding its 20,000 parameters, and the ledger's 12,000 rows then take a few seconds instead of many.
 * Every row carries every column it sets; a column no row sets keeps its default.
 */
async function insertAsJson<T extends PgTable>(executor: Executor, table: T, rows: T['$inferInsert'][]): Promise<void> {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => rows.some((row) => (row as Record<string, unknown>)[key] !== undefined));
  const list = sql.raw(columns.map(([, column]) => `"${column.name}"`).join(', '));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const json = rows.slice(i, i + CHUNK).map((row) => {
      const values = row as Record<string, unknown>;
      return Object.fromEntries(columns.map(([key, column]) => [column.name, values[key] instanceof Date ? (values[key] as Date).toISOString() : (values[key] ?? null)]));
    });
    await executor.execute(sql`insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${sql.identifier(getTableName(table))}, ${JSON.stringify(json)}::jsonb)`);
  }
}

// The counties whose villages the demo loads: [001]'s 石阡、长顺、织金、贵定, and 纳雍、惠水、赫章.
const COUNTIES: Record<string, string> = {
  '520623': '石阡县',
  '522729': '长顺县',
  '520524': '织金县',
  '522723': '贵定县',
  '520525': '纳雍县',
  '522731': '惠水县',
  '520527': '赫章县',
};

const ordinals = new Map(Array.from({ length: 99 }, (_, i) => [chineseOrdinal(i + 1), i + 1]));

function ordinalOf(branchName: string): number {
  const match = /机关第(.+)党支部$/.exec(branchName);
  return (match && ordinals.get(match[1]!)) ?? 0;
}

/** The 115 units with their organ branches in order (第一 … 第二十三). */
async function campaignUnits(executor: Executor): Promise<CampaignUnit[]> {
  const organs = guizhouOrgans();
  const rows = await executor.select({ id: units.id, name: units.name }).from(units).where(inArray(units.name, organs.map((o) => o.name)));
  const ids = new Map(rows.map((r) => [r.name, r.id]));
  const branches = await executor
    .select({ id: partyOrgs.id, name: partyOrgs.name, unitId: partyOrgs.unitId })
    .from(partyOrgs)
    .where(and(inArray(partyOrgs.unitId, rows.map((r) => r.id)), eq(partyOrgs.kind, 'branch')));
  return organs
    .filter((o) => ids.has(o.name))
    .map((o) => ({
      id: ids.get(o.name)!,
      name: o.name,
      specialities: o.specialities,
      branches: branches
        .filter((b) => b.unitId === ids.get(o.name))
        .sort((a, b) => ordinalOf(a.name) - ordinalOf(b.name))
        .map((b) => ({ id: b.id, name: b.name })),
    }));
}

/** The rural villages of the counties, named as the ledger writes them: 织金县熊家场镇宝山村. */
async function campaignVillages(executor: Executor): Promise<CampaignVillage[]> {
  const out: CampaignVillage[] = [];
  for (const [code, county] of Object.entries(COUNTIES)) {
    const townships = new Map((await divisionsUnder(executor, code, 'township')).map((t) => [t.code.slice(0, 9), t.name]));
    for (const village of await divisionsUnder(executor, code, 'village')) {
      if (/社区|居委会|居民委员会/.test(village.name)) continue;
      out.push({ code: village.code, label: `${county}${townships.get(village.code.slice(0, 9)) ?? ''}${shortVillageName(village.name)}` });
    }
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

/** The campaign's rows, the same on every call for the same database; null before the 115 units are in. */
export async function planCampaign(executor: Executor): Promise<CampaignRows | null> {
  const organs = await campaignUnits(executor);
  if (organs.length < guizhouOrgans().length) return null;
  return planCampaignRows(new SeededRandom(CAMPAIGN_SEED), organs, await campaignVillages(executor));
}

/**
 * [001] 2016年度省直机关“五千行动”: the organ work committee's campaign, its allocation plan for the
 * 115 units, the tasks their branches claimed or were given, and the year's ledger, whose figures
 * are the report's. Written once: a database that has the campaign is left alone.
 */
export async function seedCampaign(world: DemoWorld): Promise<void> {
  const db = world.deps.db;
  const [existing] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.name, CAMPAIGN_NAME));
  if (existing) return;
  const rows = await planCampaign(db);
  if (!rows) return;
  const organizer = await world.as('guizhou-campaign');
  await db.transaction(async (tx) => {
    const [campaign] = await tx
      .insert(campaigns)
      .values({
        name: CAMPAIGN_NAME,
        year: 2016,
        divisionCode: GUIZHOU,
        status: 'closed',
        lines: [...campaignLines.codes],
        startsOn: '2016-03-01',
        endsOn: '2016-12-31',
        description: CAMPAIGN_DESCRIPTION,
        formula: { weights: Object.fromEntries(campaignLines.codes.map((line) => [line, 1])), capPercent: 100, fullScore: 100 },
        createdBy: organizer.actor.accountId,
      })
      .returning({ id: campaigns.id });
    const campaignId = campaign!.id;
    await insertInChunks(tx, campaignTargets, rows.targets.map((t) => ({ ...t, campaignId })), CHUNK);
    await insertAsJson(tx, campaignTasks, rows.tasks.map((t) => ({ ...t, campaignId })));
    await insertAsJson(tx, campaignLedgerEntries, rows.ledger.map((e) => ({ ...e, campaignId })));
  });
}
