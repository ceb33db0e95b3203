import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedEvaluations } from './seed-evaluations.ts';

const TODAY = '2026-11-20';

describe('demo quarterly evaluation', () => {
  let t: TestApp;
  let written: number;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    written = await seedEvaluations(createDemoWorld(t.deps, TODAY));
  });
  after(() => t.close());

  test('会泽县: 2026 Q2 published with an adjustment, 2026 Q3 scored and waiting for the county to confirm', async () => {
    assert.equal(written, 2);
    const county = await signIn(t.app, 'huize-org', t.deps.config.demoPassword);
    const list = (await county.get('/api/evaluations?divisionCode=530326000000')).json();
    const byQuarter = Object.fromEntries(list.items.map((e: { year: number; quarter: number; state: string; cadreCount: number }) => [`${e.year}Q${e.quarter}`, e]));
    assert.equal(byQuarter['2026Q2'].state, 'published');
    assert.equal(byQuarter['2026Q3'].state, 'open');
    assert.ok(byQuarter['2026Q2'].cadreCount > 0);
    assert.equal(byQuarter['2026Q2'].missingCount, 0);
    assert.equal(byQuarter['2026Q3'].missingCount, 0);
    assert.equal(byQuarter['2026Q4'], undefined);
    const township = await signIn(t.app, 'nagu-party', t.deps.config.demoPassword);
    const ranking = (await township.get(`/api/evaluations/${byQuarter['2026Q2'].id}`)).json();
    assert.ok(ranking.ranking.total > 0);
    assert.ok(ranking.ranking.items.every((r: { divisionCode: string }) => r.divisionCode.startsWith('530326102')));
  });

  test('the 拖车村 leader sees his own published result', async () => {
    const leader = await signIn(t.app, 'tuoche-leader', t.deps.config.demoPassword);
    const mine = (await leader.get('/api/evaluations/mine')).json();
    assert.equal(mine.total, 1);
    assert.equal(mine.items[0].adjustments.length, 1);
  });

  test('written once: a second run adds nothing', async () => {
    assert.equal(await seedEvaluations(createDemoWorld(t.deps, TODAY)), 0);
  });
});
