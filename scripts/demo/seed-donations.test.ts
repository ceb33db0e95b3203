import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { projects } from '../../server/modules/projects/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedProjects } from './seed-projects.ts';
import { seedDonations } from './seed-donations.ts';

const TODAY = '2026-11-20';

describe('demo donations', () => {
  let t: TestApp;
  let written: number;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    const world = createDemoWorld(t.deps, TODAY);
    await seedProjects(world);
    written = await seedDonations(world);
  });
  after(() => t.close());

  test('长流村\'s leader sees his village\'s gifts, arranged by him, totalled to the cent', async () => {
    assert.equal(written, 15);
    const leader = await signIn(t.app, 'changliu-leader', t.deps.config.demoPassword);
    const list = (await leader.get('/api/donations?pageSize=50')).json();
    assert.equal(list.total, 6);
    assert.deepEqual(list.totals, { money: '118800.00', goods: '51240.00', total: '170040.00', count: 6, donors: 6 });
    assert.ok(list.items.every((d: { arrangedByName: string | null; receivedOn: string }) => d.arrangedByName === '李晓奋' && d.receivedOn <= TODAY));
    const [lychee] = await t.deps.db.select({ id: projects.id }).from(projects).where(eq(projects.name, '长流村荔枝标准化种植示范基地'));
    const forProject = (await leader.get(`/api/donations?projectId=${lychee!.id}`)).json();
    assert.deepEqual(forProject.items.map((d: { donor: string; value: string }) => [d.donor, d.value]), [['茂名某农业发展有限公司', '80000.00']]);
  });

  test('会泽县\'s summary shows 娜姑镇\'s gifts; the county office recorded them', async () => {
    const county = await signIn(t.app, 'huize-org', t.deps.config.demoPassword);
    const summary = (await county.get('/api/donations/summary')).json();
    assert.deepEqual(
      { money: summary.total.money, goods: summary.total.goods, total: summary.total.total, count: summary.total.count },
      { money: '88600.00', goods: '47280.50', total: '135880.50', count: 9 },
    );
    const nagu = summary.rows.find((r: { name: string }) => r.name.startsWith('娜姑'));
    assert.equal(nagu.total, '135880.50');
    const tuoche = await signIn(t.app, 'tuoche-leader', t.deps.config.demoPassword);
    const theirs = (await tuoche.get('/api/donations?form=goods')).json();
    assert.equal(theirs.total, 4);
  });

  test('written once: a second run adds nothing', async () => {
    assert.equal(await seedDonations(createDemoWorld(t.deps, TODAY)), 0);
  });
});
