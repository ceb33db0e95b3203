import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { and, count, gte, isNull, like } from 'drizzle-orm';
import { statsRefreshes } from '../../server/modules/stats/index.ts';
import { teamMembers } from '../../server/modules/teams/index.ts';
import type { StatsView } from '../../contracts/stats.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { addDays, createDemoWorld, isoDay } from './demo-world.ts';
import { seedStats } from './seed-stats.ts';

// The seeds' teams all started by then; members joining later came through the demo month's 选派.
const BASE_TERM_END = addDays(isoDay(new Date()), -60);

/** domain.md §13: the seeds' own figures, read back through GET /api/stats as the people named in them would. */
describe('demo statistics: the figures of seeds 002, 003 and 004 from the rollup', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    // The demo month ends with seedStats, so the load itself leaves the rollup built.
    await loadDemoIfEmpty(t.deps, { info: () => undefined }, { activity: true });
  });
  after(() => t.close());

  const stats = async (username: string, division?: string) => {
    const session = await signIn(t.app, username, t.deps.config.demoPassword);
    const response = await session.get(division ? `/api/stats?divisionCode=${division}` : '/api/stats');
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as StatsView;
  };

  test('the rollup is built at the end of the load; a second run rebuilds the same figures', async (context) => {
    const runs = await t.deps.db.select().from(statsRefreshes);
    assert.equal(runs.length, 1);
    assert.equal(runs[0]!.state, 'done');
    const before = await stats('huize-org');
    const started = performance.now();
    await seedStats(createDemoWorld(t.deps));
    context.diagnostic(`refresh took ${Math.round(performance.now() - started)} ms`);
    const after = await stats('huize-org');
    assert.deepEqual(after.figures, before.figures);
    assert.equal((await t.deps.db.select().from(statsRefreshes)).length, 2);
  });

  test('[002] 梧州市: 179 first secretaries, 900+ km of road, about 200 bridges, 200+ water and 500+ sanitation works, ¥6 million donated', async () => {
    const wuzhou = await stats('wuzhou-city');
    assert.equal(wuzhou.division.code, '450400000000');
    const f = wuzhou.figures;
    assert.equal(f.first_secretaries, 179);
    assert.ok(f.road_km >= 900, `${f.road_km} km`);
    assert.ok(f.bridges >= 190 && f.bridges <= 215, `${f.bridges} bridges`);
    assert.ok(f.water_projects >= 200, `${f.water_projects} water projects`);
    assert.ok(f.sanitation_projects >= 500, `${f.sanitation_projects} sanitation projects`);
    assert.ok(f.donations_value >= 6_000_000, `${f.donations_value} donated`);
    const counties = wuzhou.children.reduce((n, c) => n + c.figures.road_km, 0);
    assert.equal(counties.toFixed(2), f.road_km.toFixed(2));
  });

  test('[003] 会泽县: 355 teams, 364 first secretaries, 1,032 members — the demo month’s 选派 replaced whom it dispatched for', async () => {
    const f = (await stats('huize-org')).figures;
    // seed-selection dispatches a member to 拖车村 in place of one gone back to the court, and recalls another.
    const [joined] = await t.deps.db
      .select({ n: count() })
      .from(teamMembers)
      .where(and(gte(teamMembers.joinedOn, BASE_TERM_END), isNull(teamMembers.leftOn), like(teamMembers.divisionCode, '530326%')));
    assert.equal(joined!.n, 1, 'one member joined during the demo month');
    assert.deepEqual([f.teams, f.first_secretaries, f.team_members], [355, 364, 1032]);
  });

  test('[004] 苍溪县应急管理局: 5 cadres, 4 party members, about 50 km of road, 64 houses, 76 households, 4 gardens, 5 demonstration households', async () => {
    const cangxi = await stats('cangxi-org');
    assert.equal(cangxi.division.code, '510824000000');
    const f = cangxi.figures;
    assert.equal(f.teams, 1, 'the bureau’s team is the county’s only one');
    assert.deepEqual([f.team_members, f.party_members, f.first_secretaries], [5, 4, 1]);
    assert.ok(f.road_km >= 50 && f.road_km < 51, `${f.road_km} km`);
    assert.deepEqual([f.houses_rebuilt, f.households_income_up, f.demo_bases, f.demo_households], [64, 76, 4, 5]);
  });
});
