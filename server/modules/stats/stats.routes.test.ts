import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { places, sessionAs } from '../../test/factories.ts';
import { sheetRows } from '../../test/xlsx.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { projectOutputs } from '../projects/index.ts';
import { todayInBeijing } from '../duty-stats/index.ts';
import { metricKeys } from '../../../contracts/stats-metrics.ts';
import type { StatsView } from '../../../contracts/stats.ts';
import { statsRefreshes } from './stats.schema.ts';
import { refreshStats } from './stats.refresh.ts';
import { insertStatsPlaces, insertVillageWork, statsPlaces } from './stats.fixture.ts';

const sumOf = (children: StatsView['children'], metric: (typeof metricKeys)[number]) =>
  Math.round(children.reduce((n, c) => n + c.figures[metric], 0) * 100) / 100;

describe('stats routes', () => {
  let t: TestApp;
  let county: Session;
  let township: Session;
  let gaozhou: Session;
  let viewer: Session;
  let member: Session;
  const today = todayInBeijing();

  before(async () => {
    t = await createTestApp();
    await insertStatsPlaces(t.deps);
    const villages = [...statsPlaces.naguVillages, ...statsPlaces.dahaiVillages];
    for (const [i, village] of villages.entries()) await insertVillageWork(t.deps, village, i + 1, today);
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    township = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    gaozhou = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    viewer = await sessionAs(t.app, t.deps, ['viewer'], { division: places.yunnan });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage });
    await refreshStats(t.deps.db, t.deps.config);
  });
  after(() => t.close());

  test('401 without a session, 403 without the permission, 404 outside the scope, 400 with the field path', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/stats' })).statusCode, 401);
    assert.equal((await member.get('/api/stats')).statusCode, 403);
    assert.equal((await gaozhou.get(`/api/stats?divisionCode=${places.huize}`)).statusCode, 404);
    assert.equal((await township.get(`/api/stats?division=${statsPlaces.dahaiTownship}`)).statusCode, 404);
    const bad = await county.get('/api/stats?divisionCode=5303');
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().fields.map((f: { path: string }) => f.path), ['divisionCode']);
  });

  test('a township is the sum of its villages and the county the sum of its townships, for every metric', async () => {
    const nagu: StatsView = (await township.get('/api/stats')).json();
    assert.equal(nagu.division.code, places.nagu);
    assert.equal(nagu.division.level, 'township');
    assert.deepEqual(nagu.children.map((c) => c.code), statsPlaces.naguVillages);
    assert.deepEqual(nagu.children.map((c) => c.name), ['拖车村村民委员会', '院子村村民委员会']);
    for (const metric of metricKeys) {
      if (metric !== 'villages') assert.equal(nagu.figures[metric], sumOf(nagu.children, metric), metric);
    }
    assert.deepEqual([nagu.figures.teams, nagu.figures.first_secretaries, nagu.figures.team_members, nagu.figures.party_members], [2, 2, 5, 3]);
    assert.deepEqual([nagu.figures.households, nagu.figures.visits, nagu.figures.households_visited, nagu.figures.road_km], [3, 3, 3, 4]);
    assert.equal(nagu.figures.donations_value, 3000);
    assert.equal(nagu.rates.visitCoverage, 1);

    const huize: StatsView = (await county.get('/api/stats')).json();
    assert.deepEqual(huize.children.map((c) => c.code), [places.nagu, statsPlaces.dahaiTownship]);
    for (const metric of metricKeys) assert.equal(huize.figures[metric], sumOf(huize.children, metric), metric);
    assert.equal(huize.figures.team_members, 2 + 3 + 4 + 5);
    assert.deepEqual(huize.division.path.map((p) => p.code), [places.huize]);
    assert.equal(huize.monthly.visits.length, 12);
    assert.equal(huize.monthly.visits.at(-1)!.month, today.slice(0, 7));
    assert.equal(huize.monthly.visits.at(-1)!.value, 1 + 2 + 3 + 4);
  });

  test('a viewer of the province reads down to the village, with the path from the province', async () => {
    const yunnan: StatsView = (await viewer.get('/api/stats')).json();
    assert.equal(yunnan.figures.teams, 4);
    const village: StatsView = (await viewer.get(`/api/stats?division=${places.naguVillage}`)).json();
    assert.deepEqual(village.division.path.map((p) => p.code), [places.yunnan, places.qujing, places.huize, places.nagu, places.naguVillage]);
    assert.equal(village.division.level, 'village');
    assert.deepEqual(village.children, []);
    assert.equal(village.figures.team_members, 2);
  });

  test('the figures come from the rollup: a change to a detail row shows only after the next refresh, which is recorded', async () => {
    await t.deps.db.update(projectOutputs).set({ actual: '100' }).where(eq(projectOutputs.kind, 'road_km'));
    const before = (await county.get('/api/stats')).json().figures.road_km;
    assert.equal(before, 1.5 + 2.5 + 3.5 + 4.5);
    const runs = (await t.deps.db.select().from(statsRefreshes)).length;
    const result = await refreshStats(t.deps.db, t.deps.config);
    assert.ok(result.rows > 0);
    assert.equal((await county.get('/api/stats')).json().figures.road_km, 400);
    const recorded = await t.deps.db.select().from(statsRefreshes);
    assert.equal(recorded.length, runs + 1);
    assert.ok(recorded.every((r) => r.state === 'done' && r.finishedAt !== null));
  });

  test('POST /api/stats/refresh queues the job, readable through /api/jobs/:id; refused without the permission', async () => {
    assert.equal((await township.post('/api/stats/refresh', {})).statusCode, 403);
    const accepted = await county.post('/api/stats/refresh', {});
    assert.equal(accepted.statusCode, 202, accepted.body);
    const { jobId } = accepted.json();
    await t.deps.jobs.idle();
    const job = (await county.get(`/api/jobs/${jobId}`)).json();
    assert.equal(job.status, 'succeeded', JSON.stringify(job));
    assert.ok(job.result.rows > 0);
    assert.equal((await township.get(`/api/jobs/${jobId}`)).statusCode, 404);
    const audited = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'stats.refresh'));
    assert.equal(audited.length, 1);
  });

  test('export: the division’s figures, then its children with every metric; audited', async () => {
    assert.equal((await member.get('/api/stats/export')).statusCode, 403);
    assert.equal((await gaozhou.get(`/api/stats/export?divisionCode=${places.nagu}`)).statusCode, 404);
    const response = await county.get('/api/stats/export');
    assert.equal(response.statusCode, 200);
    const summary = await sheetRows(response);
    assert.equal(summary[0]![0], '会泽县统计数据');
    assert.ok(summary.some((row) => row[1] === '驻村工作队（支）' && row[2] === '4'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const children = workbook.worksheets[1]!;
    assert.equal(children.name, '下级明细');
    assert.equal(children.getRow(2).getCell(2).value, '娜姑镇');
    assert.equal(children.getRow(1).cellCount, 3 + metricKeys.length + 2);
    const audited = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'stats.export'));
    assert.equal(audited.length, 1);
  });
});
