import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type Session } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import type { HouseholdStats, HouseholdStatsFigures } from '../../../contracts/household-stats.ts';
import { insertHousehold } from '../households/households.fixture.ts';
import { householdStatsFixture, householdStatsPlaces as extra } from './household-stats.fixture.ts';

const none = { households: 0, persons: 0 };
const q3 = 'quarter=2025-Q3';

/** The status, cause and monitoring tables with the zero entries left out, so the expectations stay short. */
function nonZero(f: HouseholdStatsFigures) {
  const keep = <T extends Record<string, { households: number }>>(r: T) => Object.fromEntries(Object.entries(r).filter(([, c]) => c.households > 0));
  return {
    byStatus: keep(f.byStatus),
    byCause: keep(f.byCause),
    byMonitoring: keep(f.byMonitoring),
    indicatorGaps: Object.fromEntries(Object.entries(f.indicatorGaps).filter(([, n]) => n > 0)),
  };
}

const scalars = (f: HouseholdStatsFigures) => ({
  households: f.households,
  persons: f.persons,
  toVisit: f.toVisit,
  visited: f.visited,
  visitCoverage: f.visitCoverage,
  demandsRaised: f.demandsRaised,
  demandsSolved: f.demandsSolved,
  demandDaysAverage: f.demandDaysAverage,
  labourTransfers: f.labourTransfers,
});

describe('household-stats routes', () => {
  let t: TestApp;
  let rural: Session;
  let naguParty: Session;
  let leader: Session;
  let member: Session;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    await householdStatsFixture(t.deps, insertHousehold);
    rural = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.huize });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage });
  });
  after(() => t.close());

  const stats = async (session: Session, query: string) => {
    const response = await session.get(`/api/household-stats?${query}`);
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as HouseholdStats;
  };

  test('401, 403, 400 with the field, 404 outside the scope', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/household-stats' })).statusCode, 401);
    assert.equal((await member.get('/api/household-stats')).statusCode, 403);
    const bad = await rural.get('/api/household-stats?quarter=2025-Q5&divisionCode=12');
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(((bad.json() as { fields?: { path: string }[] }).fields ?? []).map((f) => f.path).sort(), ['divisionCode', 'quarter']);
    assert.equal((await naguParty.get(`/api/household-stats?divisionCode=${extra.daqiao}`)).statusCode, 404);
    assert.equal((await rural.get(`/api/household-stats/export?divisionCode=${places.gaozhou}`)).statusCode, 404);
    assert.equal((await rural.get('/api/household-stats?divisionCode=530326199000')).statusCode, 404);
  });

  test('a county: one row per township with every figure, and the total', async () => {
    const county = await stats(rural, q3);
    assert.equal(county.divisionCode, places.huize);
    assert.deepEqual([county.from, county.to], ['2025-07-01', '2025-09-30']);
    assert.deepEqual(county.path, [{ code: places.huize, name: '会泽县' }]);
    assert.deepEqual(county.rows.map((r) => [r.divisionCode, r.name, r.drillable]), [
      [places.nagu, '娜姑镇', true],
      [extra.daqiao, '大桥乡', true],
    ]);
    const [nagu, daqiao] = county.rows;
    assert.deepEqual(scalars(nagu!), {
      households: 7,
      persons: 15,
      toVisit: 5,
      visited: 3,
      visitCoverage: 60,
      demandsRaised: 4,
      demandsSolved: 3,
      demandDaysAverage: 11,
      labourTransfers: 2,
    });
    assert.deepEqual(nonZero(nagu!), {
      byStatus: {
        new: { households: 1, persons: 1 },
        registered: { households: 2, persons: 5 },
        exited: { households: 1, persons: 2 },
        not_identified: { households: 1, persons: 1 },
        non_poor: { households: 2, persons: 6 },
      },
      byCause: { illness: { households: 3, persons: 6 }, disability: { households: 1, persons: 1 }, no_skills: { households: 1, persons: 2 } },
      byMonitoring: { sudden: { households: 1, persons: 4 }, risk_removed: { households: 1, persons: 2 } },
      indicatorGaps: { food: 1, housing: 1, water: 2 },
    });
    assert.deepEqual(nagu!.byMonitoring.unstable, none);
    assert.deepEqual(scalars(daqiao!), {
      households: 1,
      persons: 5,
      toVisit: 1,
      visited: 0,
      visitCoverage: 0,
      demandsRaised: 0,
      demandsSolved: 0,
      demandDaysAverage: null,
      labourTransfers: 1,
    });
    assert.deepEqual(nonZero(daqiao!).byCause, { disaster: { households: 1, persons: 5 } });
    assert.deepEqual(scalars(county.total), {
      households: 8,
      persons: 20,
      toVisit: 6,
      visited: 3,
      visitCoverage: 50,
      demandsRaised: 4,
      demandsSolved: 3,
      demandDaysAverage: 11,
      labourTransfers: 3,
    });
    assert.deepEqual(county.total.byStatus.exited, { households: 2, persons: 7 });
  });

  test('drills down: a township by village, a village on its own; another quarter moves only the field-work figures', async () => {
    const township = await stats(naguParty, q3);
    assert.equal(township.divisionCode, places.nagu);
    assert.deepEqual(township.path.map((p) => p.name), ['娜姑镇']);
    assert.deepEqual(
      township.rows.map((r) => [r.divisionCode, r.drillable, r.households, r.visited, r.demandsSolved, r.demandDaysAverage, r.labourTransfers]),
      [
        [places.naguVillage, false, 6, 2, 2, 15, 2],
        [extra.yingpan, false, 1, 1, 1, 3, 0],
      ],
    );
    assert.equal(township.rows[0]!.visitCoverage, 50);
    const drilled = await stats(rural, `${q3}&divisionCode=${places.nagu}`);
    assert.deepEqual(drilled.path.map((p) => p.name), ['会泽县', '娜姑镇']);
    assert.deepEqual(drilled.total, township.total);

    const village = await stats(leader, q3);
    assert.deepEqual(village.rows.map((r) => [r.divisionCode, r.persons]), [[places.naguVillage, 13]]);

    const q2 = await stats(rural, 'quarter=2025-Q2');
    assert.deepEqual([q2.total.households, q2.total.visited, q2.total.demandsRaised, q2.total.demandsSolved, q2.total.labourTransfers], [8, 1, 1, 0, 3]);
  });

  test('the export carries the rows and the total and is on the audit trail', async () => {
    const response = await rural.get(`/api/household-stats/export?${q3}`);
    assert.equal(response.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('帮扶对象统计')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    assert.match(String(values(1)[0]), /会泽县帮扶对象统计-2025-Q3/);
    assert.deepEqual(values(4).slice(0, 3), ['地区', '户数', '人数']);
    assert.deepEqual(values(5).slice(0, 6), ['娜姑镇', 7, 15, 5, 3, 60]);
    assert.deepEqual(values(7).slice(0, 3), ['合计', 8, 20]);
    const audit = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'household-stats.export'), eq(auditEvents.divisionCode, places.huize)));
    assert.equal(audit.length, 1);
  });
});
