import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, count, eq, sum } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../server/test/test-app.ts';
import { households } from '../../server/modules/households/index.ts';
import { assetChecks, assets, dividends, shares } from '../../server/modules/assets/index.ts';
import { projects } from '../../server/modules/projects/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedHouseholds } from './seed-households.ts';
import { seedProjects } from './seed-projects.ts';
import { BEE_COOPERATIVE, DIGUTUN, seedAssetIncome, seedProjectAssets } from './seed-asset-income.ts';

const TODAY = '2026-11-20';

describe('demo asset income', () => {
  let t: TestApp;
  let written: { shares: number; dividends: number };
  let projectAssets: { assets: number; checks: number };

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    const world = createDemoWorld(t.deps, TODAY);
    await seedHouseholds(world);
    written = await seedAssetIncome(world);
    await seedProjects(world);
    projectAssets = await seedProjectAssets(world);
  });
  after(() => t.close());

  test('[001] 123 地古屯村 households hold shares of the bee-keeping cooperative, 谭世远 among them', async () => {
    assert.equal(written.shares, 123);
    const holders = await t.deps.db
      .select({ name: households.householderName, amount: shares.amount, village: shares.divisionCode })
      .from(shares)
      .innerJoin(households, eq(households.id, shares.householdId))
      .where(eq(shares.cooperative, BEE_COOPERATIVE));
    assert.equal(holders.length, 123);
    assert.ok(holders.every((h) => h.village === DIGUTUN));
    const tan = holders.find((h) => h.name === '谭世远');
    assert.ok(tan, '谭世远 holds a share');
    assert.equal(tan.amount, '3000.00');
  });

  test('dividends for 2025 paid to every shareholder, once each, and the stake is an asset of the village', async () => {
    const [paid] = await t.deps.db
      .select({ n: count(), total: sum(dividends.amount) })
      .from(dividends)
      .where(and(eq(dividends.divisionCode, DIGUTUN), eq(dividends.year, 2025)));
    assert.equal(paid!.n, 123);
    assert.equal(paid!.total, '73800.00');
    assert.equal(written.dividends, 246);
    const [stake] = await t.deps.db.select().from(assets).where(and(eq(assets.divisionCode, DIGUTUN), eq(assets.kind, 'shares')));
    assert.equal(stake!.kind, 'shares');
    assert.equal(stake!.value, '369000.00');
  });

  test('each handed-over project leaves one asset whose condition is that of its latest yearly check', async () => {
    const [handed] = await t.deps.db.select({ n: count() }).from(projects).where(eq(projects.state, 'handed_over'));
    assert.ok(handed!.n > 0);
    assert.equal(projectAssets.assets, handed!.n);
    const kept = await t.deps.db.select().from(assets).where(eq(assets.kind, 'shares'));
    assert.equal(kept.length, 1);
    const all = await t.deps.db.select().from(assets);
    const checks = await t.deps.db.select().from(assetChecks);
    assert.equal(checks.length, projectAssets.checks);
    for (const asset of all.filter((a) => a.projectId)) {
      const own = checks.filter((c) => c.assetId === asset.id).sort((a, b) => a.checkedOn.localeCompare(b.checkedOn));
      assert.equal(asset.condition, own.at(-1)?.condition ?? 'good', asset.name);
    }
  });

  test('a second run writes nothing', async () => {
    assert.deepEqual(await seedProjectAssets(createDemoWorld(t.deps, TODAY)), { assets: 0, checks: 0 });
    assert.deepEqual(await seedAssetIncome(createDemoWorld(t.deps, TODAY)), { shares: 0, dividends: 0 });
    const [row] = await t.deps.db.select({ n: count() }).from(shares);
    assert.equal(row!.n, 123);
  });
});
