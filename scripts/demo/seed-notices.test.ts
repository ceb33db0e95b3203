import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedNotices } from './seed-notices.ts';

const TODAY = '2026-11-20';

describe('demo notices', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
  });
  after(() => t.close());

  test('会泽县 issued three notices this quarter; 拖车村’s team has the latest unread', async () => {
    const world = createDemoWorld(t.deps, TODAY);
    assert.ok((await seedNotices(world)) > 3);
    const county = await signIn(t.app, 'huize-org', t.deps.config.demoPassword);
    const list = (await county.get('/api/notices?state=issued')).json();
    assert.equal(list.total, 3);
    for (const notice of list.items) {
      assert.ok(notice.issuedAt >= '2026-09-30T16:00:00.000Z' && notice.issuedAt < '2026-11-21', notice.issuedAt);
      assert.ok(notice.readCount > 0 && notice.readCount <= notice.recipientCount);
    }
    assert.ok(list.items.some((n: { readCount: number; recipientCount: number }) => n.readCount < n.recipientCount));
    const member = await signIn(t.app, 'tuoche-member', t.deps.config.demoPassword);
    assert.equal((await member.get('/api/notices?read=unread')).json().total, 1);
    assert.equal((await member.get('/api/notices')).json().total, 3);
    const leader = await signIn(t.app, 'tuoche-leader', t.deps.config.demoPassword);
    assert.equal((await leader.get('/api/todos')).json().counts['/notices'], 1);
    assert.equal(await seedNotices(world), 0);
  });
});
