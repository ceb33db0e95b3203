import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type Session } from '../../test/test-app.ts';
import { places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { cadres } from '../cadres/index.ts';
import { unitDivisions } from '../units/index.ts';
import { secondNaguVillage, teamBody, teamFixture, type TeamFixture } from './teams.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path);

describe('teams routes', () => {
  let t: TestApp;
  let f: TeamFixture;
  let huizeOrg: Session;
  let gaozhouOrg: Session;
  let naguParty: Session;
  let zhenjiangParty: Session;
  let provincialUnitParty: Session;
  let villageLeader: Session;
  let teamId: string;

  before(async () => {
    t = await createTestApp();
    f = await teamFixture(t);
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    zhenjiangParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.zhenjiang });
    provincialUnitParty = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: f.provincialUnit.id });
    villageLeader = await sessionAs(t.app, t.deps, ['team_leader'], { division: secondNaguVillage });
  });
  after(() => t.close());

  test('401 without a session', async () => {
    for (const [method, url] of [
      ['GET', '/api/teams'],
      ['GET', '/api/teams/export'],
      ['POST', '/api/teams'],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(method === 'POST' ? { payload: teamBody(f) } : {}) });
      assert.equal(response.statusCode, 401, url);
    }
  });

  test('403: a township party committee cannot build a team', async () => {
    const response = await zhenjiangParty.post('/api/teams', teamBody(f, { villageCodes: [places.zhenjiangVillage] }));
    assert.equal(response.statusCode, 403);
  });

  test('400 names the field: shape, villages outside the region, two leaders, lead unit, term', async () => {
    const shape = await huizeOrg.post('/api/teams', teamBody(f, { name: '队', villageCodes: [] }));
    assert.equal(shape.statusCode, 400);
    assert.deepEqual(paths(shape.json()).sort(), ['name', 'villageCodes']);

    const outside = await huizeOrg.post('/api/teams', teamBody(f, { villageCodes: [places.changliu] }));
    assert.equal(outside.statusCode, 400);
    assert.equal(outside.json().code, 'VALIDATION_FAILED');
    assert.deepEqual(paths(outside.json()), ['villageCodes.0']);
    assert.match(outside.json().fields[0].message, /村/);

    const township = await huizeOrg.post('/api/teams', teamBody(f, { villageCodes: [places.nagu] }));
    assert.deepEqual(paths(township.json()), ['villageCodes.0']);

    const twoLeaders = await huizeOrg.post(
      '/api/teams',
      teamBody(f, { members: [{ cadreId: f.leader.id, role: 'leader_first_secretary' }, { cadreId: f.member.id, role: 'leader' }] }),
    );
    assert.equal(twoLeaders.statusCode, 400);
    assert.deepEqual(paths(twoLeaders.json()), ['members']);

    const noLead = await huizeOrg.post('/api/teams', teamBody(f, { units: [{ unitId: f.countyUnit.id, isLead: false }] }));
    assert.deepEqual(paths(noLead.json()), ['units']);

    const term = await huizeOrg.post('/api/teams', teamBody(f, { termEnd: '2024-01-01' }));
    assert.ok(paths(term.json()).includes('termEnd'));

    const foreignCadre = await huizeOrg.post('/api/teams', teamBody(f, { members: [{ cadreId: f.gaozhouCadre.id, role: 'leader' }] }));
    assert.deepEqual(paths(foreignCadre.json()), ['members.0.cadreId']);
  });

  test('builds a team from two units with a 队长兼第一书记, posts its members and records the units there', async () => {
    const response = await huizeOrg.post('/api/teams', teamBody(f));
    assert.equal(response.statusCode, 201, response.body);
    const team = response.json();
    teamId = team.id;
    assert.equal(team.divisionCode, places.naguVillage);
    assert.deepEqual(team.villages.map((v: { code: string }) => v.code), [places.naguVillage, secondNaguVillage]);
    assert.equal(team.villages[0].name, '拖车村村民委员会');
    assert.equal(team.villages[0].path, '云南省/曲靖市/会泽县/娜姑镇/拖车村村民委员会');
    assert.deepEqual(team.units.map((u: { name: string; isLead: boolean }) => [u.name, u.isLead]), [
      ['云南省农业科学院', true],
      ['会泽县农业农村局', false],
    ]);
    assert.equal(team.leaderName, '张建国');
    assert.equal(team.memberCount, 2);
    const leader = team.members.find((m: { cadreId: string }) => m.cadreId === f.leader.id);
    assert.equal(leader.role, 'leader_first_secretary');
    assert.equal(leader.joinedOn, '2024-03-01');
    assert.equal(leader.unitName, '云南省农业科学院');
    assert.match(leader.cadre.idNumber, /^\d{6}\*{8}\d{3}[\dX]$/);
    assert.deepEqual(team.abilities, { update: true, manageMembers: true, export: true });

    const [posted] = await t.deps.db.select().from(cadres).where(eq(cadres.id, f.leader.id));
    assert.equal(posted!.postedDivisionCode, places.naguVillage);
    const presence = await t.deps.db.select().from(unitDivisions).where(eq(unitDivisions.unitId, f.provincialUnit.id));
    assert.deepEqual(presence.map((p) => p.divisionCode).sort(), [places.naguVillage, secondNaguVillage]);
    const audit = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'teams.create'), eq(auditEvents.entityId, teamId)));
    assert.equal(audit.length, 1);
    assert.doesNotMatch(JSON.stringify(audit[0]!.after), /\d{17}[\dX]/);
  });

  test('409: a cadre already in a team cannot join another', async () => {
    const response = await huizeOrg.post(
      '/api/teams',
      teamBody(f, { name: '第二工作队', members: [{ cadreId: f.spare.id, role: 'leader' }, { cadreId: f.leader.id, role: 'member' }] }),
    );
    assert.equal(response.statusCode, 409);
    const body = response.json();
    assert.equal(body.code, 'TEAM_CADRE_BUSY');
    assert.deepEqual(paths(body), ['members.1.cadreId']);
    assert.match(body.fields[0].message, /云南省农科院驻拖车村工作队/);
  });

  test('404: a team of 会泽县 is invisible to a 高州市 clerk', async () => {
    const detail = await gaozhouOrg.get(`/api/teams/${teamId}`);
    assert.equal(detail.statusCode, 404);
    const list = await gaozhouOrg.get('/api/teams');
    assert.equal(list.json().total, 0);
    const update = await gaozhouOrg.put(`/api/teams/${teamId}`, { ...teamBody(f), members: undefined });
    assert.equal(update.statusCode, 404);
  });

  test('the township, the sending unit and the team leader of a second village read the team', async () => {
    for (const session of [naguParty, provincialUnitParty, villageLeader]) {
      const response = await session.get(`/api/teams/${teamId}`);
      assert.equal(response.statusCode, 200);
    }
    const township = await naguParty.get(`/api/teams/${teamId}`);
    assert.deepEqual(township.json().abilities, { update: false, manageMembers: false, export: true });
    const byUnit = await provincialUnitParty.get('/api/teams');
    assert.equal(byUnit.json().total, 1);
  });

  test('lists with region, name, status and unit filters', async () => {
    const byTownship = await huizeOrg.get(`/api/teams?divisionCode=${places.nagu}`);
    assert.equal(byTownship.statusCode, 200);
    const item = byTownship.json().items[0];
    assert.equal(byTownship.json().total, 1);
    assert.equal(item.leaderName, '张建国');
    assert.equal(item.memberCount, 2);
    assert.equal(item.villages.length, 2);
    const bySecondVillage = await huizeOrg.get(`/api/teams?divisionCode=${secondNaguVillage}`);
    assert.equal(bySecondVillage.json().total, 1);
    const elsewhere = await huizeOrg.get(`/api/teams?divisionCode=${places.zhenjiang}`);
    assert.equal(elsewhere.json().total, 0);
    assert.equal((await huizeOrg.get(`/api/teams?q=${encodeURIComponent('农科院')}`)).json().total, 1);
    assert.equal((await huizeOrg.get('/api/teams?status=ended')).json().total, 0);
    assert.equal((await huizeOrg.get(`/api/teams?unitId=${f.gaozhouUnit.id}`)).json().total, 0);
    const bad = await huizeOrg.get('/api/teams?divisionCode=5303');
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(paths(bad.json()), ['divisionCode']);
  });

  test('exports the filtered list as xlsx, audited; 403 for a reader without export', async () => {
    const response = await huizeOrg.get('/api/teams/export?status=active');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.getRow(1).getCell(1).value, '工作队');
    assert.equal(sheet.getRow(2).getCell(1).value, '云南省农科院驻拖车村工作队');
    assert.equal(sheet.getRow(2).getCell(4).value, '张建国');
    const audit = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'teams.export'));
    assert.equal(audit.length, 1);
    const viewer = await sessionAs(t.app, t.deps, ['viewer'], { division: places.huize });
    assert.equal((await viewer.get('/api/teams/export')).statusCode, 403);
  });

  test('updates a team: 403 for a township, 400 with the field, success moves the postings', async () => {
    const body = { ...teamBody(f), members: undefined, name: '会泽县娜姑镇组团式工作队', villageCodes: [secondNaguVillage, places.naguVillage] };
    assert.equal((await naguParty.put(`/api/teams/${teamId}`, body)).statusCode, 403);
    const late = await huizeOrg.put(`/api/teams/${teamId}`, { ...body, termStart: '2024-03-03' });
    assert.equal(late.statusCode, 400);
    assert.deepEqual(paths(late.json()), ['termStart']);
    const response = await huizeOrg.put(`/api/teams/${teamId}`, body);
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.json().name, '会泽县娜姑镇组团式工作队');
    assert.equal(response.json().divisionCode, secondNaguVillage);
    const [posted] = await t.deps.db.select().from(cadres).where(eq(cadres.id, f.member.id));
    assert.equal(posted!.postedDivisionCode, secondNaguVillage);
  });
});
