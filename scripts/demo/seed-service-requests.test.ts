import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { count } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { serviceRequests } from '../../server/modules/service-requests/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedServiceRequests } from './seed-service-requests.ts';

describe('demo service requests', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    await seedServiceRequests(createDemoWorld(t.deps));
  });
  after(() => t.close());

  test('one request in every state in 高州市, one of them overdue', async () => {
    const rows = await t.deps.db.select({ state: serviceRequests.state, n: count() }).from(serviceRequests).groupBy(serviceRequests.state);
    const byState = Object.fromEntries(rows.map((r) => [r.state, r.n]));
    assert.deepEqual(byState, { done: 1, submitted: 1, accepted: 1, in_progress: 2, returned: 1, withdrawn: 1 });
    const station = await signIn(t.app, 'gaozhou-station', t.deps.config.demoPassword);
    const overdue = (await station.get('/api/service-requests?overdue=true')).json();
    assert.equal(overdue.total, 1);
    assert.equal(overdue.items[0].state, 'in_progress');
    const todos = ((await station.get('/api/todos')).json().items as { menuPath: string; overdue: boolean }[]).filter((i) => i.menuPath === '/service-requests');
    assert.equal(todos.length, 4);
    assert.equal(todos.filter((i) => i.overdue).length, 1);
  });

  test('长流村\'s leader sees his trademark done and asked nothing about the cooperative yet', async () => {
    const leader = await signIn(t.app, 'changliu-leader', t.deps.config.demoPassword);
    const mine = (await leader.get('/api/service-requests')).json();
    assert.equal(mine.total, 1);
    assert.equal(mine.items[0].state, 'done');
    assert.match(mine.items[0].result, /商标/);
    const township = await signIn(t.app, 'xindong-party', t.deps.config.demoPassword);
    assert.ok((await township.get('/api/service-requests')).json().items.some((i: { divisionCode: string }) => i.divisionCode === '440981101207'));
  });
});
