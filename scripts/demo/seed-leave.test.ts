import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { count, eq } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { leaveRequests } from '../../server/modules/leave/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedLeave } from './seed-leave.ts';

describe('demo leave', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    await seedLeave(createDemoWorld(t.deps));
  });
  after(() => t.close());

  test('a month of leave in 娜姑镇', async () => {
    const rows = await t.deps.db.select({ state: leaveRequests.state, n: count() }).from(leaveRequests).groupBy(leaveRequests.state);
    const byState = Object.fromEntries(rows.map((r) => [r.state, r.n]));
    assert.deepEqual(byState, { reported_back: 6, pending: 2, rejected: 1, approved: 1 });
    const [long] = await t.deps.db.select().from(leaveRequests).where(eq(leaveRequests.days, 5));
    assert.equal(long!.approverRole, 'county_org');
  });

  test('each approver finds one waiting, the township the overdue report back, the member a free tomorrow', async () => {
    const password = t.deps.config.demoPassword;
    const township = await signIn(t.app, 'nagu-party', password);
    const county = await signIn(t.app, 'huize-org', password);
    const kinds = async (session: typeof township) => ((await session.get('/api/todos')).json().items as { kind: string; menuPath: string }[]).filter((i) => i.menuPath === '/leave').map((i) => i.kind).sort();
    assert.deepEqual(await kinds(township), ['leave', 'leave.report_back']);
    assert.deepEqual(await kinds(county), ['leave']);
    assert.equal((await township.get('/api/leave?overdueReportBack=true')).json().total, 1);
    const member = await signIn(t.app, 'tuoche-member', password);
    const mine = (await member.get('/api/leave')).json();
    assert.equal(mine.total, 1);
    assert.equal(mine.items[0].state, 'reported_back');
  });
});
