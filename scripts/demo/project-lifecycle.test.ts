import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { projects } from '../../server/modules/projects/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { addDays, createDemoWorld } from './demo-world.ts';
import { LIFECYCLE_PROJECT, seedProjectLifecycle } from './project-lifecycle.ts';

describe('demo project lifecycle', () => {
  let t: TestApp;
  let projectId: string;
  const today = new Date().toISOString().slice(0, 10);

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    projectId = await seedProjectLifecycle(createDemoWorld(t.deps, today));
  });
  after(() => t.close());

  test('approved a month ago, its notice over, ¥300,000.00 from two sources', async () => {
    const [row] = await t.deps.db.select().from(projects).where(eq(projects.name, LIFECYCLE_PROJECT));
    assert.equal(row!.state, 'approved');
    assert.equal(row!.approvedBudget, '300000.00');
    assert.equal(row!.noticeStart, addDays(today, -30));
    assert.ok(row!.noticeEnd! < today);
    assert.equal(await seedProjectLifecycle(createDemoWorld(t.deps, today)), projectId);
  });

  test('changliu-leader may start it; the sources name the court', async () => {
    const leader = await signIn(t.app, 'changliu-leader', t.deps.config.demoPassword);
    const view = (await leader.get(`/api/projects/${projectId}`)).json();
    assert.deepEqual(view.workflow.actions.map((a: { action: string }) => a.action), ['start']);
    assert.deepEqual(view.fundSources.map((s: { funder: string; amount: string }) => s.amount), ['200000.00', '100000.00']);
    assert.equal(view.fundSources[1].funder, '广东省高级人民法院');
    assert.ok(view.fundSources[1].unitId);
  });
});
