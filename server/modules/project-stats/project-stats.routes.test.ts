import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type Session } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import type { ProjectStats, ProjectStatsFigures, ProjectUnitStats } from '../../../contracts/project-stats.ts';
import { projectStatsFixture, projectStatsPlaces as extra } from './project-stats.fixture.ts';

/** The figures with the zero entries left out, so the expectations stay short. */
function brief(f: ProjectStatsFigures) {
  const keep = <T extends Record<string, unknown>>(r: T, zero: (v: T[keyof T]) => boolean) => Object.fromEntries(Object.entries(r).filter(([, v]) => !zero(v as T[keyof T])));
  return {
    projects: f.projects,
    budget: f.budget,
    approvedBudget: f.approvedBudget,
    byState: keep(f.byState, (v) => v.projects === 0),
    byCategory: keep(f.byCategory, (v) => v.projects === 0),
    funds: keep(f.funds, (v) => v.budgeted === '0.00'),
    fundsTotal: f.fundsTotal,
    outputs: f.outputs,
    beneficiaries: [f.beneficiaryHouseholds, f.beneficiaryPersons],
    donations: keep(f.donations, (v) => v.count === 0),
    enterprise: keep(f.enterpriseContributions, (v) => v.count === 0),
    enterpriseJobs: f.enterpriseJobs,
    advisors: keep(f.advisorSupports, (v) => v.count === 0),
    serviceRequests: keep(f.serviceRequests, (v) => v === 0),
    assetIncome: [f.assets, f.shares, f.dividends],
  };
}

const none = { count: 0, value: '0.00' };

describe('project-stats routes', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof projectStatsFixture>>;
  let county: Session;
  let naguParty: Session;
  let leader: Session;
  let landUnit: Session;
  let member: Session;
  let outsider: Session;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    world = await projectStatsFixture(t.deps);
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage });
    landUnit = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: world.land });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage });
    outsider = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
  });
  after(() => t.close());

  const get = async <T,>(session: Session, url: string) => {
    const response = await session.get(url);
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as T;
  };

  test('401, 403, 400 with the field, 404 outside the scope or for another unit', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/project-stats' })).statusCode, 401);
    assert.equal((await member.get('/api/project-stats')).statusCode, 403);
    const bad = await county.get('/api/project-stats/units?divisionCode=12&unitId=x');
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(((bad.json() as { fields?: { path: string }[] }).fields ?? []).map((f) => f.path).sort(), ['divisionCode', 'unitId']);
    assert.equal((await naguParty.get(`/api/project-stats?divisionCode=${extra.daqiao}`)).statusCode, 404);
    assert.equal((await outsider.get(`/api/project-stats?divisionCode=${places.huize}`)).statusCode, 404);
    assert.equal((await outsider.get(`/api/project-stats/export?divisionCode=${places.huize}`)).statusCode, 404);
    assert.equal((await county.get('/api/project-stats?divisionCode=530326199000')).statusCode, 404);
    assert.equal((await landUnit.get(`/api/project-stats/units?unitId=${world.court}`)).statusCode, 404);
    assert.equal((await county.get('/api/project-stats/units?unitId=00000000-0000-4000-8000-000000000000')).statusCode, 404);
  });

  test('a county by township: projects, funds to the cent, outputs by unit of measure, social resources, and the total', async () => {
    const stats = await get<ProjectStats>(county, '/api/project-stats');
    assert.equal(stats.divisionCode, places.huize);
    assert.deepEqual(stats.path, [{ code: places.huize, name: '会泽县' }]);
    assert.deepEqual(stats.rows.map((r) => [r.divisionCode, r.name, r.drillable]), [
      [places.nagu, '娜姑镇', true],
      [extra.daqiao, '大桥乡', true],
    ]);
    assert.deepEqual(brief(stats.rows[0]!), {
      projects: 2,
      budget: '1200000.30',
      approvedBudget: '1200000.30',
      byState: { in_progress: { projects: 1, budget: '1000000.10' }, accepted: { projects: 1, budget: '200000.20' } },
      byCategory: { road: { projects: 1, budget: '1000000.10' }, housing: { projects: 1, budget: '200000.20' } },
      funds: {
        fiscal: { budgeted: '600000.05', allocated: '600000.05', paid: '100000.01' },
        unit: { budgeted: '550000.15', allocated: '350000.10', paid: '200000.12' },
        donation: { budgeted: '50000.10', allocated: '50000.10', paid: '50000.10' },
      },
      fundsTotal: { budgeted: '1200000.30', allocated: '1000000.25', paid: '350000.23' },
      outputs: [
        { kind: 'road_km', unit: '公里', planned: '5.50', actual: '3.25' },
        { kind: 'houses_rebuilt', unit: '户', planned: '4.00', actual: '4.00' },
        { kind: 'other', unit: '个村民小组', planned: '3.00', actual: '3.00' },
      ],
      beneficiaries: [14, 42],
      donations: { money: { count: 1, value: '1000.50' }, goods: { count: 1, value: '200.25' } },
      enterprise: { money: { count: 1, value: '5000.00' }, jobs: { count: 1, value: '0.00' } },
      enterpriseJobs: '12.00',
      advisors: {},
      serviceRequests: { submitted: 1, done: 1 },
      assetIncome: [
        { count: 1, value: '150000.15' },
        { count: 1, value: '3000.00' },
        { count: 1, value: '240.40' },
      ],
    });
    const daqiao = stats.rows[1]!;
    assert.deepEqual([daqiao.projects, daqiao.budget, daqiao.approvedBudget, daqiao.byState.proposed], [1, '300000.00', '0.00', { projects: 1, budget: '300000.00' }]);
    assert.deepEqual(daqiao.advisorSupports.money, { count: 1, value: '800.80' });
    assert.deepEqual(daqiao.assets, none);

    const total = brief(stats.total);
    assert.deepEqual([total.projects, total.budget, total.approvedBudget, total.beneficiaries], [3, '1500000.30', '1200000.30', [14, 42]]);
    assert.deepEqual(total.fundsTotal, { budgeted: '1500000.30', allocated: '1000000.25', paid: '350000.23' });
    assert.deepEqual(total.funds.fiscal, { budgeted: '850000.05', allocated: '600000.05', paid: '100000.01' });
    assert.deepEqual(stats.total.outputs.map((o) => [o.kind, o.unit, o.planned, o.actual]), [
      ['road_km', '公里', '6.75', '3.25'],
      ['water_projects', '处', '1.00', '0.00'],
      ['houses_rebuilt', '户', '4.00', '4.00'],
      ['other', '个村民小组', '3.00', '3.00'],
    ]);
    assert.deepEqual(total.donations, { money: { count: 2, value: '1300.50' }, goods: { count: 1, value: '200.25' } });
    assert.deepEqual(total.serviceRequests, { submitted: 1, done: 2 });
  });

  test('drills down a level: a township by village, the same total; a team leader sees his village', async () => {
    const township = await get<ProjectStats>(naguParty, '/api/project-stats');
    assert.deepEqual(township.rows.map((r) => [r.divisionCode, r.drillable, r.projects, r.budget]), [
      [places.naguVillage, false, 1, '1000000.10'],
      [extra.yingpan, false, 1, '200000.20'],
    ]);
    const drilled = await get<ProjectStats>(county, `/api/project-stats?divisionCode=${places.nagu}`);
    assert.deepEqual(drilled.path.map((p) => p.name), ['会泽县', '娜姑镇']);
    assert.deepEqual(drilled.total, township.total);
    const byTownship = await get<ProjectStats>(county, '/api/project-stats');
    const { divisionCode: _code, name: _name, own: _own, drillable: _drillable, ...naguFigures } = byTownship.rows[0]!;
    assert.deepEqual(drilled.total, naguFigures);

    const village = await get<ProjectStats>(leader, '/api/project-stats');
    assert.deepEqual(village.rows.map((r) => [r.divisionCode, r.projects, r.donations.money.value, r.serviceRequests.submitted]), [[places.naguVillage, 1, '1000.50', 1]]);
  });

  test('by backing unit: projects, villages, money and outputs; a project counts for the unit that proposed or funds it', async () => {
    const stats = await get<ProjectUnitStats>(county, '/api/project-stats/units');
    const land = stats.rows.find((r) => r.unitId === world.land)!;
    const court = stats.rows.find((r) => r.unitId === world.court)!;
    assert.equal(stats.rows.length, 2);
    assert.deepEqual(
      [land.projects, land.villages, land.categories, land.budget, land.approvedBudget, land.unitFunds, land.allocated, land.paid, land.beneficiaryHouseholds, land.beneficiaryPersons],
      [1, 2, 1, '1000000.10', '1000000.10', '400000.05', '800000.05', '150000.03', 10, 30],
    );
    assert.deepEqual(
      [court.projects, court.villages, court.categories, court.budget, court.approvedBudget, court.unitFunds, court.allocated, court.paid],
      [2, 2, 2, '500000.20', '200000.20', '200000.10', '200000.20', '200000.20'],
    );
    assert.deepEqual(court.outputs.find((o) => o.kind === 'other'), { kind: 'other', unit: '个村民小组', planned: '3.00', actual: '3.00' });

    const one = await get<ProjectUnitStats>(county, `/api/project-stats/units?unitId=${world.court}&divisionCode=${extra.daqiao}`);
    assert.deepEqual(one.rows.map((r) => [r.unitId, r.projects, r.budget]), [[world.court, 1, '300000.00']]);

    // A unit's own account: its projects wherever they lie, 高州 included, and no other unit.
    const own = await get<ProjectUnitStats>(landUnit, '/api/project-stats/units');
    assert.deepEqual(own.rows.map((r) => [r.unitId, r.projects, r.villages, r.budget, r.unitFunds]), [[world.land, 2, 3, '1001000.09', '401000.04']]);
    const country = await get<ProjectStats>(landUnit, '/api/project-stats');
    assert.equal(country.divisionCode, null);
    assert.deepEqual(country.rows.filter((r) => r.projects > 0).map((r) => [r.divisionCode, r.projects]), [
      [places.guangdong, 1],
      [places.yunnan, 1],
    ]);
    assert.deepEqual(country.total.donations.money, none);
  });

  test('both exports carry the figures and are on the audit trail', async () => {
    const response = await county.get('/api/project-stats/export');
    assert.equal(response.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const values = (sheet: string, n: number) => (workbook.getWorksheet(sheet)!.getRow(n).values as unknown[]).slice(1);
    assert.match(String(values('概况', 1)[0]), /会泽县项目资金统计/);
    assert.deepEqual(values('概况', 4).slice(0, 3), ['地区', '项目数', '申报预算（元）']);
    assert.deepEqual(values('概况', 5).slice(0, 4), ['娜姑镇', 2, 1200000.3, 1200000.3]);
    assert.deepEqual(values('概况', 7).slice(0, 3), ['合计', 3, 1500000.3]);
    assert.deepEqual(values('项目产出', 4).slice(1, 3), ['道路（公里）-计划', '道路（公里）-完成']);
    assert.deepEqual(values('项目产出', 7).slice(0, 3), ['合计', 6.75, 3.25]);

    const units = await county.get('/api/project-stats/units/export');
    assert.equal(units.statusCode, 200);
    const unitBook = new ExcelJS.Workbook();
    await unitBook.xlsx.load(units.rawPayload as unknown as ArrayBuffer);
    const unitRows = unitBook.getWorksheet('按帮扶单位')!.getSheetValues().slice(5) as unknown[][];
    assert.deepEqual(unitRows.map((r) => r.slice(2, 4)).sort(), [
      [1, 2],
      [2, 2],
    ]);

    const audit = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'project_stats'), eq(auditEvents.divisionCode, places.huize)));
    assert.deepEqual(audit.map((a) => a.action).sort(), ['project-stats.export', 'project-stats.export-units']);
  });
});
