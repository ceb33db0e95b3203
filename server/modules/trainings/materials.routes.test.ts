import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type Session } from '../../test/test-app.ts';
import { places, sessionAs } from '../../test/factories.ts';
import { sheetRows } from '../../test/xlsx.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { issuedMaterials } from './index.ts';
import { trainingFixture, type TrainingFixture } from './trainings.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();

describe('issued materials routes', () => {
  let t: TestApp;
  let f: TrainingFixture;
  let huizeOrg: Session;
  let gaozhouOrg: Session;
  let naguParty: Session;
  let viewer: Session;
  let unitParty: Session;
  const issue = (overrides: Record<string, unknown> = {}) => ({ teamId: f.team.id, kind: 'card', issuedOn: '2024-03-20', ...overrides });

  before(async () => {
    t = await createTestApp();
    f = await trainingFixture(t);
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    viewer = await sessionAs(t.app, t.deps, ['viewer'], { division: places.yunnan });
    unitParty = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: f.huizeUnit.id });
  });
  after(() => t.close());

  test('401 without a session', async () => {
    for (const [method, url] of [
      ['GET', '/api/trainings/materials'],
      ['GET', '/api/trainings/materials/summary'],
      ['GET', '/api/trainings/materials/export'],
      ['POST', '/api/trainings/materials'],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(method === 'POST' ? { payload: issue() } : {}) });
      assert.equal(response.statusCode, 401, url);
    }
  });

  test('400 names the field; 403 for a reader; 404 for a team outside the region', async () => {
    const shape = await huizeOrg.post('/api/trainings/materials', issue({ kind: 'badge', quantity: 0, issuedOn: '20240320' }));
    assert.equal(shape.statusCode, 400);
    assert.deepEqual(paths(shape.json()), ['issuedOn', 'kind', 'quantity']);
    const plateToMember = await huizeOrg.post('/api/trainings/materials', issue({ kind: 'plate', cadreId: f.leader.id }));
    assert.deepEqual(paths(plateToMember.json()), ['cadreId']);
    const stranger = await huizeOrg.post('/api/trainings/materials', issue({ cadreId: f.countyCadre.id }));
    assert.deepEqual(paths(stranger.json()), ['cadreId']);
    const left = await huizeOrg.post('/api/trainings/materials', issue({ cadreId: f.former.id }));
    assert.deepEqual(paths(left.json()), ['cadreId']);
    assert.equal((await viewer.post('/api/trainings/materials', issue())).statusCode, 403);
    assert.equal((await unitParty.post('/api/trainings/materials', issue())).statusCode, 403);
    assert.equal((await huizeOrg.post('/api/trainings/materials', issue({ teamId: f.gaozhouTeam.id }))).statusCode, 404);
    assert.equal((await gaozhouOrg.post('/api/trainings/materials', issue())).statusCode, 404);
  });

  test('cards to a team: one row per member in post; again only tops up', async () => {
    const response = await huizeOrg.post('/api/trainings/materials', issue());
    assert.equal(response.statusCode, 201, response.body);
    assert.deepEqual(response.json(), { issued: 3, skipped: 0 });
    const rows = await t.deps.db.select().from(issuedMaterials).where(and(eq(issuedMaterials.teamId, f.team.id), eq(issuedMaterials.kind, 'card')));
    assert.deepEqual(rows.map((r) => r.cadreId).sort(), [f.leader.id, f.member.id, f.envoy.id].sort());
    assert.ok(rows.every((r) => r.divisionCode === places.naguVillage && r.quantity === 1));
    const again = await huizeOrg.post('/api/trainings/materials', issue());
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'MATERIAL_ALL_ISSUED');
    // A lost card is replaced to the member named.
    const replacement = await huizeOrg.post('/api/trainings/materials', issue({ cadreId: f.member.id, note: '遗失补发' }));
    assert.deepEqual(replacement.json(), { issued: 1, skipped: 0 });
    const audit = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'trainings.materials.issue'));
    assert.equal(audit.length, 2);
  });

  test('one plate per team; the township issues in its own villages', async () => {
    const plate = await naguParty.post('/api/trainings/materials', issue({ kind: 'plate' }));
    assert.equal(plate.statusCode, 201, plate.body);
    assert.deepEqual(plate.json(), { issued: 1, skipped: 0 });
    const second = await huizeOrg.post('/api/trainings/materials', issue({ kind: 'plate' }));
    assert.equal(second.statusCode, 409);
    assert.equal(second.json().code, 'MATERIAL_PLATE_ISSUED');
    const diaries = await naguParty.post('/api/trainings/materials', issue({ kind: 'diary', quantity: 2 }));
    assert.deepEqual(diaries.json(), { issued: 3, skipped: 0 });
  });

  test('the ledger per team and per region, with totals per kind', async () => {
    const perTeam = await huizeOrg.get(`/api/trainings/materials?teamId=${f.team.id}&pageSize=5`);
    assert.equal(perTeam.statusCode, 200);
    assert.equal(perTeam.json().total, 8);
    assert.equal(perTeam.json().items.length, 5);
    assert.deepEqual(perTeam.json().totals, { plate: 1, card: 4, diary: 6, handbook: 0 });
    const plateRow = (await huizeOrg.get('/api/trainings/materials?kind=plate')).json();
    assert.equal(plateRow.total, 1);
    assert.equal(plateRow.items[0].cadreName, null);
    assert.equal(plateRow.items[0].teamName, '会泽县农业农村局驻拖车村工作队');
    const byCadre = (await huizeOrg.get(`/api/trainings/materials?cadreId=${f.member.id}`)).json();
    assert.equal(byCadre.total, 3);
    assert.equal(byCadre.items[0].cadreName, '李秀英');
    assert.equal((await huizeOrg.get(`/api/trainings/materials?divisionCode=${places.zhenjiang}`)).json().total, 0);
    assert.equal((await gaozhouOrg.get('/api/trainings/materials')).json().total, 0);
    // The sending unit sees what its team received.
    assert.equal((await unitParty.get('/api/trainings/materials')).json().total, 8);
    const range = await huizeOrg.get('/api/trainings/materials?from=2024-05-01&to=2024-04-01');
    assert.deepEqual(paths(range.json()), ['to']);
  });

  test('summary of a region: pieces per kind beside teams and members in post', async () => {
    const huize = await huizeOrg.get('/api/trainings/materials/summary');
    assert.equal(huize.statusCode, 200);
    assert.deepEqual(huize.json(), { divisionCode: places.huize, totals: { plate: 1, card: 4, diary: 6, handbook: 0 }, activeTeams: 1, activeMembers: 3 });
    const township = await viewer.get(`/api/trainings/materials/summary?divisionCode=${places.nagu}`);
    assert.equal(township.json().totals.card, 4);
    const gaozhou = await gaozhouOrg.get('/api/trainings/materials/summary');
    assert.deepEqual(gaozhou.json(), { divisionCode: places.gaozhou, totals: { plate: 0, card: 0, diary: 0, handbook: 0 }, activeTeams: 1, activeMembers: 1 });
    assert.equal((await huizeOrg.get('/api/trainings/materials/summary?divisionCode=53')).statusCode, 400);
  });

  test('exports the ledger as xlsx, audited', async () => {
    const response = await huizeOrg.get(`/api/trainings/materials/export?kind=plate`);
    assert.equal(response.statusCode, 200);
    const rows = await sheetRows(response);
    assert.deepEqual(rows[0], ['发放日期', '物资', '工作队', '领取人', '数量', '备注']);
    assert.deepEqual(rows[1]!.slice(0, 5), ['2024-03-20', '纪律提醒牌', '会泽县农业农村局驻拖车村工作队', '（工作队）', '1']);
    const audit = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'trainings.materials.export'));
    assert.equal(audit.length, 1);
  });
});
