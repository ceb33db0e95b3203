import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { classFromProfile, seedVillageClasses } from './seed-village-classes.ts';

const TODAY = '2026-11-20';

describe('demo village classes', () => {
  let t: TestApp;
  let written: number;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    written = await seedVillageClasses(createDemoWorld(t.deps, TODAY));
  });
  after(() => t.close());

  test('the class follows the profile: no venue → organization, gaps → infrastructure, an empty purse → collective economy', () => {
    assert.equal(classFromProfile({ mainIndustries: ['蔬菜'], infrastructureGaps: ['无村级活动场所', '饮水不安全'], collectiveIncome: '40000.00' }).classCode, 'organization');
    const roads = classFromProfile({ mainIndustries: ['烤烟'], infrastructureGaps: ['村组道路未硬化'], collectiveIncome: '5000.00' });
    assert.equal(roads.classCode, 'infrastructure');
    assert.deepEqual(roads.otherFactors, ['collective_economy']);
    assert.match(roads.supportPlan, /村组道路未硬化/);
    assert.equal(classFromProfile({ mainIndustries: ['荔枝'], infrastructureGaps: [], collectiveIncome: '3000.00' }).classCode, 'collective_economy');
    assert.equal(classFromProfile({ mainIndustries: ['荔枝'], infrastructureGaps: [], collectiveIncome: '60000.00' }).classCode, 'industry');
  });

  test('every stationed village of the four regions is classed this year, with its teams’ units', async () => {
    assert.ok(written >= 4, `written ${written}`);
    const huize = await signIn(t.app, 'huize-org', t.deps.config.demoPassword);
    const list = (await huize.get('/api/village-classes?year=2026&pageSize=200')).json();
    assert.ok(list.total > 0);
    const tuoche = list.items.find((c: { divisionCode: string }) => c.divisionCode === '530326102204');
    assert.equal(tuoche.classCode, 'organization');
    assert.ok(tuoche.backingUnits.length > 0 && tuoche.backingUnits.every((u: { name: string | null }) => u.name));
    assert.equal(tuoche.decidedByName, '会泽县委组织部');
    for (const username of ['gaozhou-org', 'wuzhou-city', 'cangxi-org']) {
      const session = await signIn(t.app, username, t.deps.config.demoPassword);
      assert.ok((await session.get('/api/village-classes/summary?year=2026')).json().total > 0, username);
    }
    const page = (await huize.get('/api/villages/530326102204/profile')).json();
    assert.equal(page.classes[0].year, 2026);
    assert.ok(page.teams.length > 0);
  });

  test('written once: a second run adds nothing', async () => {
    assert.equal(await seedVillageClasses(createDemoWorld(t.deps, TODAY)), 0);
  });
});
