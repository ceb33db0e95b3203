import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { sheetRows } from '../../test/xlsx.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import type { AssessmentView } from '../../../contracts/campaign-analysis.ts';
import { campaigns } from './campaigns.schema.ts';
import { defaultFormula, insertAnalysisWorld, insertJinzhong, jinzhong, type AnalysisWorld } from './campaign-statistics.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();

describe('campaign assessment routes', () => {
  let t: TestApp;
  let w: AnalysisWorld;
  let admin: Session;
  let guangdongAdmin: Session;
  let partyA: Session;
  let county: Session;
  const url = (path: string) => `/api/campaigns/${w.campaignId}${path}`;
  const assessment = async (session: Session, query = '') => {
    const response = await session.get(url(`/assessment${query}`));
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as AssessmentView;
  };

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    await insertJinzhong(t.deps);
    const a = await createUnit(t.deps, { name: '省测试厅', divisionCode: places.yunnan });
    const b = await createUnit(t.deps, { name: '省测试局', divisionCode: places.yunnan });
    w = await insertAnalysisWorld(t.deps, places.yunnan, { unitA: a.id, unitB: b.id }, { v1: places.naguVillage, v2: jinzhong.village });
    admin = await sessionAs(t.app, t.deps, ['campaign_admin'], { division: places.yunnan });
    guangdongAdmin = await sessionAs(t.app, t.deps, ['campaign_admin'], { division: places.guangdong });
    partyA = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: a.id });
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
  });
  after(() => t.close());

  test('each unit against its targets: achieved, capped completion, weighted score and rank', async () => {
    const view = await assessment(admin);
    // 省测试局: 100 × (2 × 1/1 + 1 × 1/2) / 3 = 83.33; 省测试厅: 100 × (2 × 2/2 + 1 × 2/4 + 1 × 6/10) / 4 = 77.5.
    assert.deepEqual(view.rows.map((r) => [r.unitName, r.score, r.rank]), [['省测试局', 83.33, 1], ['省测试厅', 77.5, 2]]);
    const a = view.rows[1]!;
    assert.deepEqual(
      a.cells.map((c) => [c.line, c.target, c.achieved, c.percent]),
      [['branch_village', 2, 2, 100], ['secretary_household', 4, 2, 50], ['leader_stay', 0, 1, null], ['professional_visit', 0, 0, null], ['member_service', 10, 6, 60]],
    );
    assert.deepEqual(view.formula, defaultFormula);
  });

  test('filters by name and by unit keep each unit’s rank among all', async () => {
    assert.deepEqual((await assessment(admin, '?q=测试厅')).rows.map((r) => [r.unitId, r.rank]), [[w.unitA, 2]]);
    assert.deepEqual((await assessment(admin, `?unitId=${w.unitB}`)).rows.map((r) => r.unitName), ['省测试局']);
  });

  test('a unit sees its own row only; departments and other regions do not see the assessment', async () => {
    assert.deepEqual((await assessment(partyA)).rows.map((r) => [r.unitId, r.score, r.rank]), [[w.unitA, 77.5, 2]]);
    assert.equal((await county.get(url('/assessment'))).statusCode, 404);
    assert.equal((await guangdongAdmin.get(url('/assessment'))).statusCode, 404);
  });

  test('the formula is validated field by field and nothing is saved on a refusal', async () => {
    const zero = await admin.put(url('/assessment/formula'), { weights: { branch_village: 0 }, capPercent: 100, fullScore: 100 });
    assert.equal(zero.statusCode, 400);
    assert.deepEqual(paths(zero.json()), ['weights']);
    assert.match(zero.json().fields[0].message, /权重/);
    const bad = await admin.put(url('/assessment/formula'), { weights: { branch_village: -1 }, capPercent: 300, fullScore: 0 });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(paths(bad.json()), ['capPercent', 'fullScore', 'weights', 'weights.branch_village']);
    const [row] = await t.deps.db.select().from(campaigns).where(eq(campaigns.id, w.campaignId));
    assert.deepEqual(row?.formula, defaultFormula);
  });

  test('the committee sets the formula, scores follow it and the change is audited', async () => {
    assert.equal((await partyA.put(url('/assessment/formula'), { weights: { secretary_household: 1 }, capPercent: 100, fullScore: 10 })).statusCode, 403);
    assert.equal((await guangdongAdmin.put(url('/assessment/formula'), { weights: { secretary_household: 1 }, capPercent: 100, fullScore: 10 })).statusCode, 404);
    const response = await admin.put(url('/assessment/formula'), { weights: { secretary_household: 1, leader_stay: 5 }, capPercent: 150, fullScore: 10 });
    assert.equal(response.statusCode, 200, response.body);
    const view = response.json() as AssessmentView;
    // leader_stay has no target, so only 帮千户 counts: 10 × 1/2 = 5 for each unit, and they share first place.
    assert.deepEqual(view.rows.map((r) => [r.unitName, r.score, r.rank]), [['省测试局', 5, 1], ['省测试厅', 5, 1]]);
    const [audit] = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'campaigns.assess'), eq(auditEvents.entityId, w.campaignId)));
    assert.deepEqual(audit?.before, defaultFormula);
    assert.deepEqual(audit?.after, { weights: { secretary_household: 1, leader_stay: 5 }, capPercent: 150, fullScore: 10 });
    await admin.put(url('/assessment/formula'), defaultFormula);
  });

  test('the export lists units with their lines, score and rank', async () => {
    const response = await admin.get(url('/assessment/export'));
    assert.equal(response.statusCode, 200);
    const rows = await sheetRows(response);
    const header = rows.find((r) => r[0] === '单位')!;
    assert.equal(header.at(-1), '名次');
    const first = rows[rows.indexOf(header) + 1]!;
    assert.equal(first[0], '省测试局');
    assert.equal(first.at(-2), '83.33');
    assert.equal((await county.get(url('/assessment/export'))).statusCode, 404);
  });
});
