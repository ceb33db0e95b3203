import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { count, eq, sql, type SQL } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../server/test/test-app.ts';
import { campaignLedgerEntries, campaigns, campaignTargets, campaignTasks } from '../../server/modules/campaigns/index.ts';
import { partyOrgs } from '../../server/modules/party-orgs/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { NAMED_PAIRS } from './campaign-plan.ts';
import { CAMPAIGN_NAME, campaignFigures, planCampaign, seedCampaign } from './seed-campaign.ts';

const TODAY = '2026-11-20';

describe('[001] 五千行动: a ledger whose figures are the report’s', () => {
  let t: TestApp;
  let campaignId = '';

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    await seedCampaign(createDemoWorld(t.deps, TODAY));
    const [row] = await t.deps.db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.name, CAMPAIGN_NAME));
    campaignId = row!.id;
  });
  after(() => t.close());

  const rowsOf = <T>(result: unknown) => ('rows' in (result as object) ? (result as { rows: T[] }).rows : (result as T[]));
  const figure = async (expression: SQL, where: SQL = sql`true`): Promise<string> => {
    const [row] = rowsOf<{ value: string }>(await t.deps.db.execute(sql`select (${expression})::text as value from ${campaignLedgerEntries} where campaign_id = ${campaignId} and ${where}`));
    return row!.value;
  };


  test('the campaign: 2016, the province, closed, five lines, March to December', async () => {
    const [row] = await t.deps.db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    assert.equal(row!.year, 2016);
    assert.equal(row!.divisionCode, '520000000000');
    assert.equal(row!.status, 'closed');
    assert.equal(row!.lines.length, 5);
    assert.deepEqual([row!.startsOn, row!.endsOn], ['2016-03-01', '2016-12-31']);
    assert.deepEqual(row!.formula, { weights: { branch_village: 1, secretary_household: 1, leader_stay: 1, professional_visit: 1, member_service: 1 }, capPercent: 100, fullScore: 100 });
    assert.match(row!.description!, /关于认真组织省直机关党组织和党员干部开展助推脱贫攻坚“五千行动”的通知/);
  });

  test('pairs, secretaries, households and leading cadres count as [001] does', async () => {
    assert.equal(await figure(sql`count(distinct branch_id)`, sql`line = 'branch_village'`), String(campaignFigures.branchesPaired));
    assert.equal(await figure(sql`count(distinct village_code)`, sql`line = 'branch_village'`), String(campaignFigures.villagesPaired));
    assert.equal(await figure(sql`count(distinct branch_id)`, sql`line = 'secretary_household'`), String(campaignFigures.secretaries));
    assert.equal(await figure(sql`count(distinct coalesce(household_id::text, village_code || ':' || household_name))`, sql`line = 'secretary_household'`), String(campaignFigures.households));
    assert.equal(await figure(sql`count(distinct coalesce(cadre_id::text, unit_id::text || ':' || person_name))`, sql`line = 'leader_stay'`), String(campaignFigures.leadingCadres));
    assert.ok(campaignFigures.leadingCadres > 1000);
  });

  test('person-times, outputs and funds sum to the report’s', async () => {
    assert.equal(await figure(sql`sum(person_times)`, sql`line = 'professional_visit'`), '3719');
    assert.equal(await figure(sql`sum(person_times)`, sql`line = 'member_service'`), '9700');
    assert.equal(await figure(sql`sum(problems_solved)`), '2725');
    assert.equal(await figure(sql`sum(policy_items)`), '3457');
    assert.equal(await figure(sql`sum(technical_services)`), '5987');
    assert.equal(await figure(sql`sum(ideas)`), '2563');
    assert.equal(await figure(sql`sum(projects)`), '1927');
    assert.equal(await figure(sql`sum(funds)`), '193000000.00');
    assert.equal(await figure(sql`count(*)`, sql`happened_on < '2016-03-15' or happened_on > '2016-11-30' or household_id is not null`), '0');
    const total = Number(await figure(sql`count(*)`));
    assert.ok(total >= 10_000 && total <= 15_000, `${total} ledger entries`);
  });

  test('the named pairs of [001]: 五星村, 乐邦村 with 陆曙光, 宝山村 with 省总工会机关第五党支部', async () => {
    const [fifth] = await t.deps.db.select({ id: partyOrgs.id }).from(partyOrgs).where(eq(partyOrgs.name, NAMED_PAIRS.baoshan.branch));
    assert.equal(await figure(sql`count(*)`, sql`branch_id = ${fifth!.id} and village_code = ${NAMED_PAIRS.baoshan.village} and description like '%党员活动室%'`), '1');
    assert.equal(await figure(sql`count(*)`, sql`village_code = ${NAMED_PAIRS.wuxing.village} and description like '%skygzdf%'`), '1');
    assert.equal(await figure(sql`count(*)`, sql`village_code = ${NAMED_PAIRS.lebang.village} and person_name = '陆曙光' and description like '%新巴经验%'`), '1');
  });

  test('a task for every pair and household, claimed or assigned, most of them done', async () => {
    const tasks = await t.deps.db.select().from(campaignTasks).where(eq(campaignTasks.campaignId, campaignId));
    assert.equal(tasks.filter((x) => x.line === 'branch_village').length, campaignFigures.branchesPaired);
    assert.equal(tasks.filter((x) => x.line === 'secretary_household').length, campaignFigures.households);
    assert.ok(tasks.every((x) => (x.claimedAt === null) !== (x.assignedAt === null) && x.branchId && x.villageCode));
    assert.ok(tasks.every((x) => (x.state === 'done') === (x.doneOn !== null)));
    assert.ok(tasks.filter((x) => x.state === 'done').length > tasks.length * 0.8);
    assert.ok(tasks.some((x) => x.state === 'claimed') && tasks.some((x) => x.state === 'assigned'));
    const [unlinked] = rowsOf<{ n: string }>(
      await t.deps.db.execute(sql`select count(*)::text as n from ${campaignLedgerEntries} e where e.campaign_id = ${campaignId} and e.line in ('branch_village', 'secretary_household')
        and not exists (select 1 from ${campaignTasks} k where k.id = e.task_id and k.branch_id = e.branch_id and k.village_code = e.village_code)`),
    );
    assert.equal(unlinked!.n, '0');
  });

  test('targets for 115 units on five lines: most reached, some short, a few well beyond', async () => {
    const targets = await t.deps.db.select().from(campaignTargets).where(eq(campaignTargets.campaignId, campaignId));
    assert.equal(targets.length, 115 * 5);
    assert.equal(new Set(targets.map((x) => x.unitId)).size, 115);
    const achieved = rowsOf<{ unit_id: string; line: string; value: number }>(
      await t.deps.db.execute(sql`
        select unit_id, line, (case line
          when 'branch_village' then count(distinct village_code)
          when 'secretary_household' then count(distinct village_code || ':' || household_name)
          when 'leader_stay' then count(distinct person_name)
          else sum(person_times) end)::int as value
        from ${campaignLedgerEntries} where campaign_id = ${campaignId} group by unit_id, line`),
    );
    const done = new Map(achieved.map((a) => [`${a.unit_id}:${a.line}`, a.value]));
    const ratios = targets.filter((x) => x.target > 0).map((x) => (done.get(`${x.unitId}:${x.line}`) ?? 0) / x.target);
    const reached = ratios.filter((r) => r >= 1).length;
    assert.ok(reached > ratios.length * 0.7, `${reached} of ${ratios.length} reached`);
    assert.ok(ratios.some((r) => r < 1) && ratios.some((r) => r >= 1.25));
  });

  test('the plan is the same on every run, and a second seed writes nothing', async () => {
    const first = await planCampaign(t.deps.db);
    const second = await planCampaign(t.deps.db);
    assert.deepEqual(first!.tasks.map((x) => [x.id, x.villageCode]), second!.tasks.map((x) => [x.id, x.villageCode]));
    const [before] = await t.deps.db.select({ n: count() }).from(campaignLedgerEntries);
    await seedCampaign(createDemoWorld(t.deps, TODAY));
    const [afterwards] = await t.deps.db.select({ n: count() }).from(campaignLedgerEntries);
    assert.equal(afterwards!.n, before!.n);
    assert.equal((await t.deps.db.select({ n: count() }).from(campaigns).where(eq(campaigns.name, CAMPAIGN_NAME)))[0]!.n, 1);
  });
});
