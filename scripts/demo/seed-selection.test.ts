import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { count } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { selectionNominations } from '../../server/modules/selection/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedSelection } from './seed-selection.ts';

describe('demo selection', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    await seedSelection(createDemoWorld(t.deps));
  });
  after(() => t.close());

  test('rejected then renominated, recalled then replaced, one awaiting vetting', async () => {
    const rows = await t.deps.db.select({ state: selectionNominations.state, n: count() }).from(selectionNominations).groupBy(selectionNominations.state);
    assert.deepEqual(Object.fromEntries(rows.map((r) => [r.state, r.n])), { rejected: 1, dispatched: 1, recalled: 1, training: 1, nominated: 2 });
  });

  test('huize-org has the candidate to vet in its to-do list; the court sees the history', async () => {
    const password = t.deps.config.demoPassword;
    const county = await signIn(t.app, 'huize-org', password);
    const todos = ((await county.get('/api/todos')).json().items as { kind: string; menuPath: string }[]).filter((i) => i.menuPath === '/selection');
    assert.deepEqual(todos.map((i) => i.kind), ['selection', 'selection']);
    const court = await signIn(t.app, 'qjcourt-unit', password);
    const list = (await court.get('/api/selection/nominations?sort=createdAt&order=asc')).json();
    assert.equal(list.total, 5);
    const recalled = list.items.find((i: { state: string }) => i.state === 'recalled');
    const timeline = (await county.get(`/api/selection/cadres/${recalled.cadreId}/timeline`)).json();
    assert.deepEqual(timeline.items.map((i: { action: string }) => i.action), ['submit', 'approve', 'dispatch', 'recall']);
  });
});
