import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { count } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { criticisms, inspections, rectifications } from '../../server/modules/inspections/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedLeave } from './seed-leave.ts';
import { seedInspections } from './seed-inspections.ts';

describe('demo inspections', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    const world = createDemoWorld(t.deps);
    await seedLeave(world);
    await seedInspections(world);
  });
  after(() => t.close());

  test('every method, one order accepted, one criticised, one open', async () => {
    const methods = await t.deps.db.select({ method: inspections.method, n: count() }).from(inspections).groupBy(inspections.method);
    assert.deepEqual(methods.map((m) => m.method).sort(), ['attendance_review', 'on_site', 'phone_check', 'villager_visit']);
    const states = await t.deps.db.select({ state: rectifications.state, n: count() }).from(rectifications).groupBy(rectifications.state);
    assert.deepEqual(Object.fromEntries(states.map((s) => [s.state, s.n])), { accepted: 1, overdue: 1, open: 1 });
    const [notices] = await t.deps.db.select({ n: count() }).from(criticisms);
    assert.equal(notices!.n, 1);
  });

  test('tuoche-leader has the open order to answer; the inspector sees the notice', async () => {
    const password = t.deps.config.demoPassword;
    const leader = await signIn(t.app, 'tuoche-leader', password);
    const todos = (await leader.get('/api/todos')).json().items as { kind: string; menuPath: string }[];
    assert.ok(todos.some((i) => i.kind === 'rectification' && i.menuPath === '/inspections'));
    const discipline = await signIn(t.app, 'huize-discipline', password);
    assert.equal((await discipline.get('/api/inspections/criticisms')).json().total, 1);
    const leave = (await discipline.get('/api/inspections?method=attendance_review')).json().items[0];
    const detail = (await discipline.get(`/api/inspections/${leave.id}`)).json();
    assert.ok(detail.findings.some((f: { absenceReason: string | null; leave: unknown }) => f.absenceReason === 'leave' && f.leave));
  });
});
