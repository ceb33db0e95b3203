import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import type { OutputSum, ProjectStats, ProjectUnitStats } from '../../contracts/project-stats.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedHouseholds } from './seed-households.ts';
import { seedProjects } from './seed-projects.ts';
import { seedWuzhouProjects } from './seed-wuzhou-projects.ts';
import { seedWuzhouDonations } from './seed-wuzhou-donations.ts';
import { seedEnterprises } from './seed-enterprises.ts';

const TODAY = '2026-11-20';
const HUIZE = '530326000000';
const CANGXI = '510824000000';

const actual = (outputs: readonly OutputSum[], kind: OutputSum['kind'], unit?: string) =>
  outputs.filter((o) => o.kind === kind && (unit === undefined || o.unit === unit)).reduce((n, o) => n + Number(o.actual), 0);

/** The seeds' own figures, read back through the statistics as the people named in them would read them. */
describe('project statistics of the demo: the figures of seeds 002, 003 and 004', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    await seedHouseholds(createDemoWorld(t.deps, TODAY));
    await seedProjects(createDemoWorld(t.deps, TODAY));
    await seedWuzhouProjects(createDemoWorld(t.deps, TODAY));
    await seedWuzhouDonations(createDemoWorld(t.deps, TODAY));
    await seedEnterprises(createDemoWorld(t.deps, TODAY));
  });
  after(() => t.close());

  const get = async <T,>(username: string, url: string) => {
    const session = await signIn(t.app, username, t.deps.config.demoPassword);
    const response = await session.get(url);
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as T;
  };

  test('[003] huize-org by backing unit: 曲靖市国土资源局 44,908,700.00 in 11 projects over 3 villages; 会泽卷烟厂 22,125,000.00 over 4 villages and 10 categories', async () => {
    const stats = await get<ProjectUnitStats>('huize-org', '/api/project-stats/units');
    assert.equal(stats.divisionCode, HUIZE);
    const land = stats.rows.find((r) => r.name === '曲靖市国土资源局');
    assert.ok(land);
    assert.deepEqual([land.approvedBudget, land.projects, land.villages], ['44908700.00', 11, 3]);
    const tobacco = stats.rows.find((r) => r.name === '红云红河烟草（集团）有限责任公司会泽卷烟厂');
    assert.ok(tobacco);
    assert.deepEqual([tobacco.approvedBudget, tobacco.villages, tobacco.categories], ['22125000.00', 4, 10]);
  });

  test('[003] qjcourt-unit sees its own unit: 2,380,000.00, 8 groups, 5,760 people', async () => {
    const stats = await get<ProjectUnitStats>('qjcourt-unit', '/api/project-stats/units');
    assert.deepEqual(stats.rows.map((r) => r.name), ['曲靖市中级人民法院']);
    const court = stats.rows[0]!;
    assert.equal(court.approvedBudget, '2380000.00');
    assert.equal(actual(court.outputs, 'other', '个村民小组'), 8);
    assert.equal(actual(court.outputs, 'people_served'), 5760);
    assert.equal(court.beneficiaryPersons, 5760);
  });

  test('[004] cangxi-org: at least 50 km of road, 64 houses rebuilt, 76 households with higher income; the townships add up to the county', async () => {
    const stats = await get<ProjectStats>('cangxi-org', '/api/project-stats');
    assert.equal(stats.divisionCode, CANGXI);
    assert.ok(actual(stats.total.outputs, 'road_km') >= 50, `${actual(stats.total.outputs, 'road_km')} km`);
    assert.equal(actual(stats.total.outputs, 'houses_rebuilt'), 64);
    assert.equal(actual(stats.total.outputs, 'households_income_up'), 76);
    const drillable = stats.rows.filter((r) => r.drillable && r.projects > 0);
    assert.ok(drillable.length > 0);
    const township = await get<ProjectStats>('cangxi-org', `/api/project-stats?divisionCode=${drillable[0]!.divisionCode}`);
    assert.deepEqual(township.total.byState, drillable[0]!.byState);
    assert.equal(township.total.fundsTotal.paid, drillable[0]!.fundsTotal.paid);
  });

  test('[002] wuzhou-city: 900+ km of village roads, nearly 200 bridges, 200+ water projects, 500+ sanitation works, about ¥6 million donated, 12 million from 南宁长江集团 in 岑溪市', async () => {
    const stats = await get<ProjectStats>('wuzhou-city', '/api/project-stats');
    assert.equal(stats.divisionCode, '450400000000');
    const total = stats.total;
    assert.ok(actual(total.outputs, 'road_km') > 900, `${actual(total.outputs, 'road_km')} km`);
    const bridges = actual(total.outputs, 'bridges');
    assert.ok(bridges >= 190 && bridges < 200, `${bridges} bridges`);
    assert.ok(actual(total.outputs, 'water_projects') > 200);
    assert.ok(actual(total.outputs, 'sanitation_projects') > 500);
    const donated = Number(total.donations.money.value) + Number(total.donations.goods.value);
    assert.ok(donated > 6_000_000 && donated < 6_100_000, `${donated} donated`);
    const cenxi = stats.rows.find((r) => r.divisionCode === '450481000000');
    assert.ok(cenxi);
    assert.ok(Number(cenxi.enterpriseContributions.money.value) >= 12_000_000);
    // The counties add up to the city.
    const roads = stats.rows.reduce((sum, r) => sum + actual(r.outputs, 'road_km'), 0);
    assert.equal(roads.toFixed(2), actual(total.outputs, 'road_km').toFixed(2));
  });
});
