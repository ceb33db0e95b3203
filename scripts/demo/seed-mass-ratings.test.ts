import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { massRatingCodes, massRatings } from '../../server/modules/mass-ratings/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { demoRatingCodes, seedMassRatings } from './seed-mass-ratings.ts';

const TODAY = '2026-11-20';

describe('demo mass ratings', () => {
  let t: TestApp;
  let written: number;

  before(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '1000' });
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    written = await seedMassRatings(createDemoWorld(t.deps, TODAY));
  });
  after(() => t.close());

  test('two quarters of voices; used codes match the ratings', async () => {
    const ratings = await t.deps.db.select().from(massRatings);
    assert.equal(ratings.length, written);
    assert.ok(written >= 24 * 3, `written ${written}`);
    assert.deepEqual([...new Set(ratings.map((r) => `${r.year}-${r.quarter}`))].sort(), ['2026-3', '2026-4']);
    const used = await t.deps.db.select().from(massRatingCodes).where(eq(massRatingCodes.used, true));
    assert.equal(used.length, written);
    assert.ok(ratings.filter((r) => r.satisfaction === 'satisfied').length > written / 2);
  });

  test('huize-org sees its teams rated; 长流村 has unused codes and the demo codes work once', async () => {
    const county = await signIn(t.app, 'huize-org', t.deps.config.demoPassword);
    const list = (await county.get('/api/mass-ratings?year=2026&quarter=4&pageSize=100')).json();
    assert.ok(list.items.filter((r: { summary: { shown: boolean } }) => r.summary.shown).length >= 10);
    const gaozhou = await signIn(t.app, 'gaozhou-org', t.deps.config.demoPassword);
    const changliu = (await gaozhou.get('/api/mass-ratings?q=长流&pageSize=100')).json().items.find((r: { token: string | null }) => r.token);
    assert.ok(changliu.codesIssued - changliu.codesUsed >= 20 + demoRatingCodes.length);
    const vote = () =>
      t.app.inject({ method: 'POST', url: `/api/public/teams/${changliu.token}/rating`, payload: { code: demoRatingCodes[0], satisfaction: 'satisfied', keepOrAdjust: 'keep' } });
    assert.equal((await vote()).statusCode, 201);
    assert.equal((await vote()).statusCode, 409);
  });

  test('written once: a second run adds nothing', async () => {
    assert.equal(await seedMassRatings(createDemoWorld(t.deps, TODAY)), 0);
  });
});
