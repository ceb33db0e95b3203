import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedLedgers } from './seed-ledgers.ts';

const quiet = { info: () => undefined };
const TODAY = '2026-11-20';

describe('demo ledgers', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    assert.equal(await loadDemoIfEmpty(t.deps, quiet), true);
  });
  after(() => t.close());

  test('拖车村, 长流村 and 会泽 teams get kept, not kept, open and overdue commitments', async () => {
    const written = await seedLedgers(createDemoWorld(t.deps, TODAY));
    assert.ok(written >= 12, `only ${written} commitments`);
    const leader = await signIn(t.app, 'tuoche-leader', t.deps.config.demoPassword);
    const own = (await leader.get('/api/ledgers/commitments')).json();
    assert.deepEqual([...new Set(own.items.map((c: { state: string }) => c.state))].sort(), ['kept', 'not_kept', 'open']);
    assert.ok(own.items.some((c: { overdue: boolean }) => c.overdue));
    const changliu = await signIn(t.app, 'changliu-leader', t.deps.config.demoPassword);
    assert.equal((await changliu.get('/api/ledgers/commitments')).json().total, 4);
    const county = await signIn(t.app, 'huize-org', t.deps.config.demoPassword);
    assert.ok((await county.get('/api/ledgers/commitments')).json().total >= 8);
  });

  test('written once: a second run adds nothing', async () => {
    assert.equal(await seedLedgers(createDemoWorld(t.deps, TODAY)), 0);
  });
});
