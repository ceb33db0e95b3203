import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedHouseholds } from './seed-households.ts';
import { CANGXI_TEAM, mengshanFigures, seedIndustry } from './seed-industry.ts';

type TeamCheck = { teamName: string; members: number; partyMembers: number; gardens: number; demoHouseholds: number; partyMembersWithoutGarden: string[]; cadresWithoutDemoHousehold: string[] };

describe('demo industry', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    await seedHouseholds(createDemoWorld(t.deps));
    await seedIndustry(createDemoWorld(t.deps));
  });
  after(() => t.close());

  test('[004] 苍溪: four gardens, five demonstration households, nobody missing in the team', async () => {
    const org = await signIn(t.app, 'cangxi-org', t.deps.config.demoPassword);
    const summary = (await org.get('/api/industry')).json();
    const team = (summary.teams as TeamCheck[]).find((c) => c.teamName === CANGXI_TEAM)!;
    assert.ok(team, 'the bureau team is checked');
    assert.deepEqual([team.members, team.partyMembers, team.gardens, team.demoHouseholds], [5, 4, 4, 5]);
    assert.deepEqual([team.partyMembersWithoutGarden, team.cadresWithoutDemoHousehold], [[], []]);
    const pairs = (await org.get('/api/industry/demo-households?pageSize=50')).json();
    const liang = pairs.items.find((p: { cadreName: string }) => p.cadreName === '梁仕勇');
    assert.equal(liang.householderName, '杨正华');
    assert.equal(liang.scale, '3亩');
    const zhao = pairs.items.find((p: { cadreName: string }) => p.cadreName === '赵建军');
    assert.equal(zhao.householderName, '邹容邦');
    const gardens = (await org.get(`/api/industry/demo-bases?kind=collective`)).json();
    assert.equal(gardens.items[0].name, '龙神塘村集体经济园');
    assert.ok(Number(gardens.items[0].yearlyIncome) > 10000);
  });

  test('[002] 蒙山: 21 cooperatives, 19 bases, 1,200 and more employed; run twice, nothing new', async () => {
    const org = await signIn(t.app, 'mengshan-org', t.deps.config.demoPassword);
    const total = (await org.get('/api/industry')).json().total;
    assert.equal(total.cooperatives, mengshanFigures.cooperatives);
    assert.equal(total.trainedLeaders, mengshanFigures.cooperatives);
    assert.equal(total.demoBases, mengshanFigures.demoBases);
    assert.ok(total.peopleEmployed >= 1200, `${total.peopleEmployed} employed`);
    assert.ok(total.pioneerPosts > 0 && total.coreFarmers > 0);
    assert.equal(total.villagesComplete, mengshanFigures.demoBases);
    assert.deepEqual(await seedIndustry(createDemoWorld(t.deps)), { gardens: 0, demoHouseholds: 0, cooperatives: 0, demoBases: 0 });
  });
});
