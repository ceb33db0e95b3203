import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { count, eq, sql } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { enterpriseContributions, enterprisePairings, enterprises } from '../../server/modules/enterprises/index.ts';
import { divisions } from '../../server/modules/divisions/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { CHANGJIANG, CHANGJIANG_FIRST_INVESTMENT, FUNING, seedEnterprises } from './seed-enterprises.ts';

describe('demo enterprises (村企连心)', () => {
  let t: TestApp;
  let written: { enterprises: number; pairings: number; contributions: number };

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    written = await seedEnterprises(createDemoWorld(t.deps));
  });
  after(() => t.close());

  test('[002] 20 苍梧县 enterprises, each paired with one or two of its villages, plus 南宁长江集团', async () => {
    assert.equal(written.enterprises, 21);
    const cangwu = await signIn(t.app, 'cangwu-org', t.deps.config.demoPassword);
    const list = (await cangwu.get('/api/enterprises?pageSize=50')).json();
    assert.equal(list.total, 20);
    for (const item of list.items as { villages: { code: string }[]; contactPhone: string | null }[]) {
      assert.ok(item.villages.length >= 1 && item.villages.length <= 2);
      assert.ok(item.villages.every((v) => v.code.startsWith('450421')));
      assert.match(item.contactPhone ?? '', /\*\*\*\*/);
    }
    const paired = await t.deps.db
      .select({ level: divisions.level })
      .from(enterprisePairings)
      .innerJoin(divisions, eq(divisions.code, enterprisePairings.divisionCode));
    assert.equal(paired.length, written.pairings);
    assert.ok(paired.every((p) => p.level === 'village'));
  });

  test('南宁长江集团 put 1200多万元 into 富宁村, and 梧州市\'s summary shows it under 岑溪市', async () => {
    const [row] = await t.deps.db.select().from(enterprises).where(eq(enterprises.name, CHANGJIANG));
    const given = await t.deps.db.select().from(enterpriseContributions).where(eq(enterpriseContributions.enterpriseId, row!.id));
    const money = given.find((g) => g.kind === 'money')!;
    assert.equal(money.divisionCode, FUNING);
    assert.equal(money.value, CHANGJIANG_FIRST_INVESTMENT);
    assert.ok(Number(money.value) > 12_000_000);

    const city = await signIn(t.app, 'wuzhou-city', t.deps.config.demoPassword);
    const summary = (await city.get('/api/enterprises/summary')).json();
    const cenxi = summary.rows.find((r: { divisionCode: string }) => r.divisionCode === '450481000000');
    assert.equal(cenxi.enterprises, 1);
    assert.equal(cenxi.moneyAndGoods, CHANGJIANG_FIRST_INVESTMENT);
    assert.equal(cenxi.jobs, 45);
  });

  test('the county summary adds up to what was recorded, to the cent', async () => {
    const [sums] = await t.deps.db
      .select({
        moneyAndGoods: sql<string>`coalesce(sum(${enterpriseContributions.value}) filter (where ${enterpriseContributions.kind} in ('money', 'goods')), 0)::numeric(14,2)::text`,
        purchases: sql<string>`coalesce(sum(${enterpriseContributions.value}) filter (where ${enterpriseContributions.kind} = 'purchases'), 0)::numeric(14,2)::text`,
        jobs: sql<number>`coalesce(sum(${enterpriseContributions.quantity}) filter (where ${enterpriseContributions.kind} = 'jobs'), 0)::int`,
      })
      .from(enterpriseContributions)
      .where(sql`${enterpriseContributions.divisionCode} like '450421%'`);
    const cangwu = await signIn(t.app, 'cangwu-org', t.deps.config.demoPassword);
    const summary = (await cangwu.get('/api/enterprises/summary')).json();
    assert.equal(summary.total.enterprises, 20);
    assert.equal(summary.total.moneyAndGoods, sums!.moneyAndGoods);
    assert.equal(summary.total.purchases, sums!.purchases);
    assert.equal(summary.total.jobs, sums!.jobs);
    assert.ok(Number(sums!.purchases) > 0 && sums!.jobs > 0);
    const rowsMoney = (summary.rows as { moneyAndGoods: string }[]).reduce((a, r) => a + Math.round(Number(r.moneyAndGoods) * 100), 0);
    assert.equal(rowsMoney, Math.round(Number(sums!.moneyAndGoods) * 100));
  });

  test('a second run writes nothing', async () => {
    assert.deepEqual(await seedEnterprises(createDemoWorld(t.deps)), { enterprises: 0, pairings: 0, contributions: 0 });
    const [row] = await t.deps.db.select({ n: count() }).from(enterprises);
    assert.equal(row!.n, 21);
  });
});
