import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedNewsletters } from './seed-newsletters.ts';

const TODAY = '2026-11-20';

describe('demo newsletters', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
  });
  after(() => t.close());

  test('会泽县 published four 第一书记动态, 梧州市 three 扶贫动态; one in review, one draft; once only', async () => {
    const world = createDemoWorld(t.deps, TODAY);
    assert.equal(await seedNewsletters(world), 9);
    const county = await signIn(t.app, 'huize-org', t.deps.config.demoPassword);
    const published = (await county.get('/api/newsletters?state=published&sort=issueNo&order=asc')).json();
    assert.deepEqual(published.items.map((n: { issueNo: number }) => n.issueNo), [1, 2, 3, 4]);
    assert.equal((await county.get('/api/newsletters?state=in_review')).json().total, 1);
    assert.equal((await county.get('/api/todos')).json().counts['/newsletters'], 1);
    const leader = await signIn(t.app, 'tuoche-leader', t.deps.config.demoPassword);
    assert.equal((await leader.get('/api/newsletters?state=draft')).json().total, 1);
    const wuzhou = (await t.app.inject({ method: 'GET', url: '/api/public/newsletters?division=450400000000' })).json();
    assert.equal(wuzhou.total, 3);
    assert.equal(wuzhou.items[0].issuerName, '梧州市');
    const page = await t.app.inject({ method: 'GET', url: `/api/public/newsletters/${wuzhou.items[0].token}` });
    assert.equal(page.json().kindLabel, '扶贫动态');
    assert.equal(await seedNewsletters(world), 0);
  });
});
