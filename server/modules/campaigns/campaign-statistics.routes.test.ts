import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { sheetRows } from '../../test/xlsx.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import type { CampaignFigures, ChainView, StatisticsView } from '../../../contracts/campaign-analysis.ts';
import { insertAnalysisWorld, insertJinzhong, jinzhong, type AnalysisWorld } from './campaign-statistics.fixture.ts';

const zero: CampaignFigures = {
  branchesPaired: 0,
  villagesPaired: 0,
  secretaries: 0,
  households: 0,
  leadingCadres: 0,
  professionalPersonTimes: 0,
  memberPersonTimes: 0,
  problemsSolved: 0,
  policyItems: 0,
  technicalServices: 0,
  ideas: 0,
  projects: 0,
  funds: '0.00',
};
const figures = (f: Partial<CampaignFigures>): CampaignFigures => ({ ...zero, ...f });

// Counted by hand from insertAnalysisWorld's twelve entries.
const all = figures({ branchesPaired: 3, villagesPaired: 2, secretaries: 3, households: 2, leadingCadres: 1, professionalPersonTimes: 3, memberPersonTimes: 6, problemsSolved: 2, policyItems: 3, technicalServices: 4, ideas: 1, projects: 1, funds: '35000.50' });
const unitA = figures({ branchesPaired: 2, villagesPaired: 2, secretaries: 2, households: 2, leadingCadres: 1, memberPersonTimes: 6, problemsSolved: 2, policyItems: 3, technicalServices: 4, ideas: 1, projects: 1, funds: '30000.50' });
const unitB = figures({ branchesPaired: 1, villagesPaired: 1, secretaries: 1, households: 1, professionalPersonTimes: 3, funds: '5000.00' });
const nagu = figures({ branchesPaired: 2, villagesPaired: 1, secretaries: 2, households: 1, leadingCadres: 1, problemsSolved: 2, policyItems: 3, technicalServices: 4, funds: '15000.50' });
const jinzhongFigures = figures({ branchesPaired: 1, villagesPaired: 1, secretaries: 1, households: 1, leadingCadres: 1, professionalPersonTimes: 3, memberPersonTimes: 6, ideas: 1, projects: 1, funds: '20000.00' });

describe('campaign statistics and chain routes', () => {
  let t: TestApp;
  let w: AnalysisWorld;
  let admin: Session;
  let partyA: Session;
  let township: Session;
  let county: Session;
  let gaozhou: Session;
  let viewer: Session;
  let stranger: Session;
  let absentUnit: string;
  const url = (path: string) => `/api/campaigns/${w.campaignId}${path}`;
  const stats = async (session: Session, query: string) => {
    const response = await session.get(url(`/statistics?${query}`));
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as StatisticsView;
  };
  const byKey = (view: StatisticsView) => Object.fromEntries(view.rows.map((r) => [r.key, r]));

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    await insertJinzhong(t.deps);
    const a = await createUnit(t.deps, { name: '省测试厅', divisionCode: places.yunnan });
    const b = await createUnit(t.deps, { name: '省测试局', divisionCode: places.yunnan });
    const c = await createUnit(t.deps, { name: '省未参加局', divisionCode: places.yunnan });
    absentUnit = c.id;
    w = await insertAnalysisWorld(t.deps, places.yunnan, { unitA: a.id, unitB: b.id }, { v1: places.naguVillage, v2: jinzhong.village });
    admin = await sessionAs(t.app, t.deps, ['campaign_admin'], { division: places.yunnan });
    partyA = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: a.id });
    township = await sessionAs(t.app, t.deps, ['county_org'], { division: places.nagu });
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhou = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    viewer = await sessionAs(t.app, t.deps, ['viewer'], { division: places.huize });
    stranger = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: c.id });
  });
  after(() => t.close());

  test('totals follow the shared definition of the figures, and units split them', async () => {
    const view = await stats(admin, 'groupBy=unit');
    assert.deepEqual(view.totals, all);
    const rows = byKey(view);
    assert.deepEqual(rows[w.unitA]?.figures, unitA);
    assert.equal(rows[w.unitA]?.label, '省测试厅');
    assert.equal(rows[w.unitA]?.drillable, true);
    assert.deepEqual(rows[w.unitB]?.figures, unitB);
  });

  test('a unit drills down to its branches, each counted on its own entries', async () => {
    const view = await stats(admin, `groupBy=branch&unitId=${w.unitA}`);
    assert.deepEqual(view.totals, unitA);
    const rows = byKey(view);
    assert.deepEqual(Object.keys(rows).sort(), [w.branchA1, w.branchA2, w.leadGroup].sort());
    assert.deepEqual(rows[w.branchA1]?.figures, figures({ branchesPaired: 1, villagesPaired: 1, secretaries: 1, households: 1, problemsSolved: 2, policyItems: 3, technicalServices: 4, funds: '10000.50' }));
    assert.deepEqual(rows[w.branchA2]?.figures, figures({ branchesPaired: 1, villagesPaired: 1, secretaries: 1, households: 1, memberPersonTimes: 6, ideas: 1, projects: 1, funds: '20000.00' }));
    assert.deepEqual(rows[w.leadGroup]?.figures, figures({ leadingCadres: 1 }));
    assert.equal(rows[w.branchA1]?.label, '省测试厅第一党支部');
  });

  test('by month and by line, with a period filter', async () => {
    const months = byKey(await stats(admin, 'groupBy=month'));
    assert.deepEqual(Object.keys(months), ['2025-03', '2025-04', '2025-05']);
    assert.deepEqual(months['2025-03']?.figures, figures({ branchesPaired: 2, villagesPaired: 1, secretaries: 2, households: 1, leadingCadres: 1, problemsSolved: 2, technicalServices: 4, funds: '15000.50' }));
    assert.equal(months['2025-03']?.label, '2025年3月');
    const lines = byKey(await stats(admin, 'groupBy=line'));
    assert.equal(Object.keys(lines).length, 5);
    assert.deepEqual(lines.professional_visit?.figures, figures({ professionalPersonTimes: 3 }));
    assert.equal(lines.professional_visit?.label, '千名专业人才进千村帮难解困');
    const spring = await stats(admin, 'groupBy=unit&dateFrom=2025-04-01&dateTo=2025-04-30');
    assert.deepEqual(spring.totals, figures({ branchesPaired: 2, villagesPaired: 2, secretaries: 1, households: 1, leadingCadres: 1, policyItems: 3, ideas: 1 }));
    const line = await stats(admin, 'groupBy=unit&line=secretary_household');
    assert.deepEqual(line.totals, figures({ secretaries: 3, households: 2, technicalServices: 4 }));
  });

  test('regions drill down one level at a time', async () => {
    const top = await stats(admin, 'groupBy=region');
    assert.deepEqual(top.rows.map((r) => [r.key, r.label, r.drillable]), [['530300000000', '曲靖市', true]]);
    const huize = byKey(await stats(admin, `groupBy=region&divisionCode=${places.huize}`));
    assert.deepEqual(Object.keys(huize), ['530326102000', '530326103000']);
    assert.equal(huize['530326102000']?.label, '娜姑镇');
    assert.deepEqual(huize['530326102000']?.figures, nagu);
    assert.deepEqual(huize['530326103000']?.figures, jinzhongFigures);
    const villages = await stats(admin, `groupBy=region&divisionCode=${places.nagu}`);
    assert.deepEqual(villages.rows.map((r) => [r.key, r.drillable]), [[places.naguVillage, false]]);
  });

  test('a unit sees only its own ledger; a department or a leader only its region; others not at all', async () => {
    assert.deepEqual((await stats(partyA, 'groupBy=unit')).totals, unitA);
    assert.deepEqual((await stats(partyA, `groupBy=unit&unitId=${w.unitB}`)).totals, zero);
    assert.deepEqual((await stats(township, 'groupBy=unit')).totals, nagu);
    assert.deepEqual((await stats(county, 'groupBy=unit')).totals, all);
    assert.equal((await gaozhou.get(url('/statistics'))).statusCode, 404);
    assert.deepEqual((await stats(viewer, 'groupBy=unit')).totals, all);
    assert.equal((await viewer.get(url('/assessment'))).statusCode, 404);
    assert.equal((await stranger.get(url('/statistics'))).statusCode, 404);
    assert.equal((await admin.get('/api/campaigns/00000000-0000-4000-8000-000000000000/statistics')).statusCode, 404);
  });

  test('bad filters are refused with the field named', async () => {
    const response = await admin.get(url('/statistics?groupBy=week&dateFrom=2025-05-01&dateTo=2025-04-01'));
    assert.equal(response.statusCode, 400);
    const paths = (response.json().fields as { path: string }[]).map((f) => f.path).sort();
    assert.ok(paths.includes('groupBy'), response.body);
  });

  test('the export opens with the report sentence and the rows, and is audited', async () => {
    const response = await admin.get(url('/statistics/export?groupBy=unit'));
    assert.equal(response.statusCode, 200);
    const rows = await sheetRows(response);
    assert.equal(rows[1]?.[0], '已有 3 个机关党支部结对帮扶 2 个村');
    assert.equal(rows[11]?.[0], '资金达 3.5万元');
    const units = rows.filter((r) => r[0] === '省测试厅' || r[0] === '省测试局');
    assert.equal(units.length, 2);
    const audit = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'campaigns.export'), eq(auditEvents.entityType, 'campaign_statistics')));
    assert.equal(audit.length, 1);
  });

  test('the chain runs 党组 → 机关党委 → branches → members, under the unit’s targets', async () => {
    const response = await partyA.get(url(`/chain?unitId=${w.unitA}`));
    assert.equal(response.statusCode, 200, response.body);
    const chain = response.json() as ChainView;
    assert.equal(chain.unitName, '省测试厅');
    assert.deepEqual(chain.orgs.map((o) => o.name), ['省测试厅党组', '省测试厅机关党委']);
    assert.deepEqual(chain.orgs[0]?.people, [{ personName: '陈局长', personTimes: 2, entries: 2 }]);
    const committee = chain.orgs[1]!;
    assert.deepEqual(committee.children.map((c) => c.name), ['省测试厅第一党支部', '省测试厅第二党支部']);
    assert.deepEqual(committee.children[0]?.people, [{ personName: '张一', personTimes: 4, entries: 4 }]);
    assert.deepEqual(committee.children[1]?.people, [{ personName: '李二', personTimes: 8, entries: 3 }]);
    assert.deepEqual(chain.totals, unitA);
    assert.deepEqual(
      chain.targets.map((x) => [x.line, x.target, x.achieved]),
      [['branch_village', 2, 2], ['secretary_household', 4, 2], ['leader_stay', 0, 1], ['professional_visit', 0, 0], ['member_service', 10, 6]],
    );
    assert.equal((await partyA.get(url(`/chain?unitId=${w.unitB}`))).statusCode, 404);
    assert.equal((await admin.get(url(`/chain?unitId=${w.unitB}`))).statusCode, 200);
    assert.equal((await admin.get(url('/chain?unitId=00000000-0000-4000-8000-000000000000'))).statusCode, 404);
    // 娜姑镇 sees 省测试局 through its entries in 拖车村; its professional visit to 金钟村 is not 娜姑镇's to see.
    const seen = (await township.get(url(`/chain?unitId=${w.unitB}`))).json() as ChainView;
    assert.deepEqual(seen.totals, figures({ branchesPaired: 1, villagesPaired: 1, secretaries: 1, households: 1, funds: '5000.00' }));
    assert.equal((await township.get(url(`/chain?unitId=${absentUnit}`))).statusCode, 404);
  });
});
