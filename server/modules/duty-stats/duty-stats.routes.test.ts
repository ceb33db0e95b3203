import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type Session } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import type { DutyStats, DutyStatsRow } from '../../../contracts/duty-stats.ts';
import { dutyStatsFixture, statsPlaces } from './duty-stats.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path);
const row = (stats: DutyStats, code: string) => stats.rows.find((r: DutyStatsRow) => r.divisionCode === code && !r.own)!;

describe('duty-stats routes', () => {
  let t: TestApp;
  let huizeOrg: Session;
  let naguParty: Session;
  let discipline: Session;
  let viewer: Session;
  let leader: Session;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    await dutyStatsFixture(t.deps);
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    discipline = await sessionAs(t.app, t.deps, ['discipline'], { division: places.huize });
    viewer = await sessionAs(t.app, t.deps, ['viewer'], { division: places.yunnan });
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage });
  });
  after(() => t.close());

  test('401 without a session', async () => {
    for (const url of ['/api/duty-stats', '/api/duty-stats/export']) {
      const response = await t.app.inject({ method: 'GET', url });
      assert.equal(response.statusCode, 401, url);
    }
  });

  test('403 for a team leader', async () => {
    assert.equal((await leader.get('/api/duty-stats')).statusCode, 403);
  });

  test('400 names the field', async () => {
    const response = await huizeOrg.get('/api/duty-stats?month=2025-13&divisionCode=1234');
    assert.equal(response.statusCode, 400);
    assert.deepEqual(paths(response.json()).sort(), ['divisionCode', 'month']);
  });

  test('404 outside the caller’s region or for a region that does not exist', async () => {
    assert.equal((await huizeOrg.get(`/api/duty-stats?divisionCode=${places.gaozhou}`)).statusCode, 404);
    assert.equal((await naguParty.get(`/api/duty-stats?divisionCode=${statsPlaces.daqiao}`)).statusCode, 404);
    assert.equal((await naguParty.get(`/api/duty-stats/export?divisionCode=${places.huize}`)).statusCode, 404);
    assert.equal((await huizeOrg.get('/api/duty-stats?divisionCode=530326199000')).statusCode, 404);
  });

  test('a county sees one row per township with the figures of the inserted rows, and the total', async () => {
    const response = await huizeOrg.get('/api/duty-stats?month=2025-09');
    assert.equal(response.statusCode, 200, response.body);
    const stats = response.json() as DutyStats;
    assert.equal(stats.divisionCode, places.huize);
    assert.equal(stats.requiredDays, 20);
    assert.deepEqual(stats.path, [{ code: places.huize, name: '会泽县' }]);
    assert.deepEqual(stats.rows.map((r) => [r.name, r.drillable]), [['娜姑镇', true], ['大桥乡', true]]);
    const { divisionCode: _n, name: _nn, own: _o, drillable: _d, ...nagu } = row(stats, places.nagu);
    assert.deepEqual(nagu, {
      teams: 1,
      members: 2,
      presenceDays: 32,
      presenceAverage: 16,
      belowMinimum: 0,
      leaveDays: 13,
      leavePending: 1,
      inspections: 1,
      findings: 2,
      absent: 1,
      rectificationsOpen: 1,
      rectificationsOverdue: 1,
      criticisms: 1,
      reportsMissing: 0,
    });
    const { divisionCode: _c, name: _m, own: _w, drillable: _r, ...daqiao } = row(stats, statsPlaces.daqiao);
    assert.deepEqual(daqiao, {
      teams: 1,
      members: 2,
      presenceDays: 15,
      presenceAverage: 7.5,
      belowMinimum: 1,
      leaveDays: 0,
      leavePending: 0,
      inspections: 1,
      findings: 1,
      absent: 0,
      rectificationsOpen: 1,
      rectificationsOverdue: 0,
      criticisms: 0,
      reportsMissing: 1,
    });
    assert.deepEqual(stats.total, {
      teams: 2,
      members: 4,
      presenceDays: 47,
      presenceAverage: 11.8,
      belowMinimum: 1,
      leaveDays: 13,
      leavePending: 1,
      inspections: 2,
      findings: 3,
      absent: 1,
      rectificationsOpen: 2,
      rectificationsOverdue: 1,
      criticisms: 1,
      reportsMissing: 1,
    });
  });

  test('drills down: a township by village, its own inspections apart; a village on its own', async () => {
    const township = (await huizeOrg.get(`/api/duty-stats?month=2025-09&divisionCode=${places.nagu}`)).json() as DutyStats;
    assert.deepEqual(township.path.map((p) => p.name), ['会泽县', '娜姑镇']);
    assert.deepEqual(
      township.rows.map((r) => [r.divisionCode, r.own, r.drillable, r.teams, r.members, r.inspections, r.findings]),
      [
        [places.nagu, true, false, 0, 0, 1, 0],
        [places.naguVillage, false, false, 1, 2, 0, 2],
        [statsPlaces.naguSecondVillage, false, false, 0, 0, 0, 0],
      ],
    );
    assert.equal(township.total.inspections, 1);
    assert.equal(township.total.presenceDays, 32);

    const own = (await naguParty.get('/api/duty-stats?month=2025-09')).json() as DutyStats;
    assert.equal(own.divisionCode, places.nagu);
    assert.deepEqual(own.path, [{ code: places.nagu, name: '娜姑镇' }]);
    assert.deepEqual(own.total, township.total);

    const village = (await naguParty.get(`/api/duty-stats?month=2025-09&divisionCode=${places.naguVillage}`)).json() as DutyStats;
    assert.deepEqual(village.rows.map((r) => [r.divisionCode, r.drillable, r.members]), [[places.naguVillage, false, 2]]);
  });

  test('a province by city, a city by county; another province’s figures never mix in', async () => {
    const province = (await viewer.get('/api/duty-stats?month=2025-09')).json() as DutyStats;
    assert.deepEqual(province.rows.map((r) => [r.name, r.teams, r.members]), [['曲靖市', 2, 4]]);
    const city = (await viewer.get(`/api/duty-stats?month=2025-09&divisionCode=${places.qujing}`)).json() as DutyStats;
    assert.deepEqual(city.path.map((p) => p.name), ['云南省', '曲靖市']);
    assert.deepEqual(city.rows.map((r) => [r.name, r.presenceDays]), [['会泽县', 47]]);
    const discipline2025 = (await discipline.get('/api/duty-stats?month=2025-10')).json() as DutyStats;
    assert.equal(discipline2025.total.leavePending, 1);
    assert.equal(discipline2025.total.presenceDays, 0);
    assert.equal(discipline2025.total.belowMinimum, 4, 'nobody recorded a day in October');
  });

  test('the export carries the rows and the total and is on the audit trail', async () => {
    const response = await huizeOrg.get('/api/duty-stats/export?month=2025-09');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('在岗统计')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    assert.match(String(values(1)[0]), /会泽县在岗统计-2025-09/);
    assert.deepEqual(values(4).slice(0, 3), ['地区', '在岗工作队', '在岗队员']);
    assert.deepEqual(values(5).slice(0, 4), ['娜姑镇', 1, 2, 32]);
    assert.deepEqual(values(7).slice(0, 4), ['合计', 2, 4, 47]);
    const audit = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'dutyStats.export'), eq(auditEvents.divisionCode, places.huize)));
    assert.equal(audit.length, 1);
  });
});
