import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { count, eq } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { advisors } from '../../server/modules/advisors/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedHouseholds } from './seed-households.ts';
import { seedFieldwork } from './seed-fieldwork.ts';
import { seedProjects } from './seed-projects.ts';
import { LIUFEI, seedAdvisors } from './seed-advisors.ts';

const TODAY = '2026-11-20';

describe('demo village advisors', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    const world = createDemoWorld(t.deps, TODAY);
    await seedHouseholds(world);
    await seedFieldwork(world);
    await seedProjects(world);
    assert.equal(await seedAdvisors(world), 16);
  });
  after(() => t.close());

  test('岑溪市 has advisors in 15 villages; 六肥村\'s brought ¥6 million over 10 projects and the cooperative', async () => {
    const org = await signIn(t.app, 'cenxi-org', t.deps.config.demoPassword);
    const list = (await org.get('/api/advisors?pageSize=50')).json();
    assert.equal(list.total, 15);
    assert.equal(new Set(list.items.map((i: { divisionCode: string }) => i.divisionCode)).size, 15);
    assert.ok(list.items.every((i: { phone: string }) => /^1\d{2}\*{4}\d{4}$/.test(i.phone)));
    const liufei = (await org.get(`/api/advisors/supports?divisionCode=${LIUFEI}&pageSize=50`)).json();
    const money = liufei.totals.byKind.find((k: { kind: string }) => k.kind === 'money');
    assert.ok(Number(money.value) >= 6_000_000, money.value);
    assert.ok(money.count >= 10);
    assert.ok(liufei.items.some((s: { description: string }) => s.description.includes('六肥小学')));
    assert.ok(liufei.items.some((s: { description: string }) => s.description.includes('防洪堤')));
    assert.ok(liufei.items.some((s: { kind: string; description: string }) => s.kind === 'project' && s.description.includes('合作社')));
  });

  test('长流村\'s advisor has last quarter\'s briefing, sent, built from the village\'s records', async () => {
    const party = await signIn(t.app, 'xindong-party', t.deps.config.demoPassword);
    const list = (await party.get('/api/advisors')).json();
    assert.equal(list.total, 1);
    const advisor = (await party.get(`/api/advisors/${list.items[0].id}`)).json();
    assert.equal(advisor.briefings.length, 1);
    const [briefing] = advisor.briefings;
    assert.equal(briefing.period, '2026-Q3');
    assert.equal(briefing.channel, 'wechat');
    assert.ok(briefing.sentAt);
    assert.ok(briefing.content.households.total > 0);
    assert.ok(briefing.content.projects.total > 0);
    const page = await t.app.inject({ method: 'GET', url: `/api/public/briefings/${briefing.token}` });
    assert.equal(page.statusCode, 200);
  });

  test('running again writes nothing more', async () => {
    assert.equal(await seedAdvisors(createDemoWorld(t.deps, TODAY)), 0);
    const [row] = await t.deps.db.select({ n: count() }).from(advisors).where(eq(advisors.active, true));
    assert.equal(row!.n, 16);
  });
});
