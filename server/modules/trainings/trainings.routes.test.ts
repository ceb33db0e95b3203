import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type Session } from '../../test/test-app.ts';
import { places, sessionAs } from '../../test/factories.ts';
import { sheetRows } from '../../test/xlsx.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { sessionBody, trainingFixture, type TrainingFixture } from './trainings.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();
const year = new Date().getUTCFullYear();

describe('trainings routes', () => {
  let t: TestApp;
  let f: TrainingFixture;
  let huizeOrg: Session;
  let gaozhouOrg: Session;
  let naguParty: Session;
  let viewer: Session;
  let unitParty: Session;
  let countySession: string;
  let townshipSession: string;

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

  test('401 without a session on every route', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const requests: [method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: object][] = [
      ['GET', '/api/trainings'],
      ['GET', '/api/trainings/export'],
      ['POST', '/api/trainings', sessionBody()],
      ['GET', `/api/trainings/${id}`],
      ['PUT', `/api/trainings/${id}`, sessionBody()],
      ['POST', `/api/trainings/${id}/attendance`, { cadreIds: [id] }],
      ['PATCH', `/api/trainings/${id}/attendance/${id}`, { attended: true }],
      ['DELETE', `/api/trainings/${id}/attendance/${id}`],
      ['GET', `/api/trainings/cadres/${id}`],
    ];
    for (const [method, url, payload] of requests) {
      const response = await t.app.inject({ method, url, ...(payload ? { payload } : {}) });
      assert.equal(response.statusCode, 401, `${method} ${url}`);
    }
  });

  test('400 names the field: shape, organizer level, region outside, date range', async () => {
    const shape = await huizeOrg.post('/api/trainings', sessionBody({ topic: '', hours: -1, stage: 'x' }));
    assert.equal(shape.statusCode, 400);
    assert.deepEqual(paths(shape.json()), ['hours', 'stage', 'topic']);
    const tenths = await huizeOrg.post('/api/trainings', sessionBody({ hours: 1.25 }));
    assert.deepEqual(paths(tenths.json()), ['hours']);
    const level = await huizeOrg.post('/api/trainings', sessionBody({ level: 'township' }));
    assert.equal(level.statusCode, 400);
    assert.deepEqual(paths(level.json()), ['divisionCode']);
    assert.match(level.json().fields[0].message, /乡/);
    const outside = await huizeOrg.post('/api/trainings', sessionBody({ divisionCode: places.gaozhou }));
    assert.deepEqual(paths(outside.json()), ['divisionCode']);
    const townshipAtCounty = await naguParty.post('/api/trainings', sessionBody());
    assert.deepEqual(paths(townshipAtCounty.json()), ['divisionCode']);
    const range = await huizeOrg.get('/api/trainings?from=2024-05-01&to=2024-04-01');
    assert.equal(range.statusCode, 400);
    assert.deepEqual(paths(range.json()), ['to']);
  });

  test('403 for readers', async () => {
    assert.equal((await viewer.post('/api/trainings', sessionBody())).statusCode, 403);
    assert.equal((await unitParty.post('/api/trainings', sessionBody())).statusCode, 403);
  });

  test('the county and the township record sessions, audited', async () => {
    const county = await huizeOrg.post('/api/trainings', sessionBody());
    assert.equal(county.statusCode, 201, county.body);
    countySession = county.json().id;
    assert.equal(county.json().hours, 3.5);
    assert.equal(county.json().divisionName, '会泽县');
    assert.deepEqual(county.json().abilities, { update: true });
    const township = await naguParty.post('/api/trainings', sessionBody({ divisionCode: places.nagu, level: 'township', stage: 'in_post', topic: '群众工作方法', hours: 2 }));
    assert.equal(township.statusCode, 201, township.body);
    townshipSession = township.json().id;
    const audit = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, countySession));
    assert.deepEqual(audit.map((a) => a.action), ['trainings.create']);
  });

  test('attendance: cadres of the region only (400 by index), duplicates kept once', async () => {
    const foreign = await huizeOrg.post(`/api/trainings/${countySession}/attendance`, { cadreIds: [f.leader.id, f.gaozhouCadre.id] });
    assert.equal(foreign.statusCode, 400);
    assert.deepEqual(paths(foreign.json()), ['cadreIds.1']);
    const empty = await huizeOrg.post(`/api/trainings/${countySession}/attendance`, { cadreIds: [] });
    assert.deepEqual(paths(empty.json()), ['cadreIds']);
    const added = await huizeOrg.post(`/api/trainings/${countySession}/attendance`, { cadreIds: [f.leader.id, f.member.id, f.countyCadre.id, f.leader.id] });
    assert.equal(added.statusCode, 200, added.body);
    assert.equal(added.json().attendeeCount, 3);
    assert.equal(added.json().attendees.length, 3);
    assert.match(added.json().attendees[0].cadre.idNumber, /^\d{6}\*{8}\d{3}[\dX]$/);
    assert.equal(added.json().attendees[0].unitName, '会泽县农业农村局');
    const again = await huizeOrg.post(`/api/trainings/${countySession}/attendance`, { cadreIds: [f.leader.id] });
    assert.equal(again.json().attendeeCount, 3);
    const township = await naguParty.post(`/api/trainings/${townshipSession}/attendance`, { cadreIds: [f.leader.id, f.envoy.id], attended: true });
    assert.equal(township.statusCode, 200, township.body);
    // The county cadre is not the township's to register.
    const county = await naguParty.post(`/api/trainings/${townshipSession}/attendance`, { cadreIds: [f.countyCadre.id] });
    assert.deepEqual(paths(county.json()), ['cadreIds.0']);
  });

  test('attended flag and removal; 404 for someone not on the register', async () => {
    const absent = await huizeOrg.patch(`/api/trainings/${countySession}/attendance/${f.member.id}`, { attended: false, note: '请假' });
    assert.equal(absent.statusCode, 200, absent.body);
    assert.equal(absent.json().attendedCount, 2);
    assert.equal(absent.json().attendees.find((a: { cadreId: string }) => a.cadreId === f.member.id).note, '请假');
    const shape = await huizeOrg.patch(`/api/trainings/${countySession}/attendance/${f.member.id}`, { attended: 'maybe' });
    assert.deepEqual(paths(shape.json()), ['attended']);
    assert.equal((await huizeOrg.patch(`/api/trainings/${countySession}/attendance/${f.envoy.id}`, { attended: true })).statusCode, 404);
    const removed = await huizeOrg.delete(`/api/trainings/${countySession}/attendance/${f.countyCadre.id}`);
    assert.equal(removed.statusCode, 200);
    assert.equal(removed.json().attendeeCount, 2);
    assert.equal((await huizeOrg.delete(`/api/trainings/${countySession}/attendance/${f.countyCadre.id}`)).statusCode, 404);
  });

  test('scope: the township sees the county session its cadres sat in, but only its own names, and may not change it', async () => {
    const list = await naguParty.get('/api/trainings');
    assert.equal(list.json().total, 2);
    const detail = await naguParty.get(`/api/trainings/${countySession}`);
    assert.equal(detail.statusCode, 200);
    assert.equal(detail.json().abilities.update, false);
    assert.equal(detail.json().attendees.length, 2);
    assert.equal(detail.json().hiddenAttendees, 0);
    assert.equal((await naguParty.put(`/api/trainings/${countySession}`, sessionBody({ topic: '改名' }))).statusCode, 403);
    assert.equal((await naguParty.post(`/api/trainings/${countySession}/attendance`, { cadreIds: [f.envoy.id] })).statusCode, 403);
    // The unit's party committee finds the sessions its cadres attended.
    assert.equal((await unitParty.get('/api/trainings')).json().total, 2);
  });

  test('404 out of region: a 高州市 clerk neither sees nor changes 会泽县 sessions', async () => {
    assert.equal((await gaozhouOrg.get(`/api/trainings/${countySession}`)).statusCode, 404);
    assert.equal((await gaozhouOrg.get('/api/trainings')).json().total, 0);
    assert.equal((await gaozhouOrg.put(`/api/trainings/${countySession}`, sessionBody({ divisionCode: places.gaozhou }))).statusCode, 404);
    assert.equal((await gaozhouOrg.post(`/api/trainings/${countySession}/attendance`, { cadreIds: [f.gaozhouCadre.id] })).statusCode, 404);
    assert.equal((await gaozhouOrg.get(`/api/trainings/cadres/${f.leader.id}`)).statusCode, 404);
  });

  test('lists with filters and sort; updates a session', async () => {
    const byLevel = await huizeOrg.get('/api/trainings?level=township');
    assert.equal(byLevel.json().total, 1);
    assert.equal(byLevel.json().items[0].topic, '群众工作方法');
    assert.equal((await huizeOrg.get(`/api/trainings?q=${encodeURIComponent('动员')}`)).json().total, 1);
    assert.equal((await huizeOrg.get('/api/trainings?stage=special')).json().total, 0);
    assert.equal((await huizeOrg.get(`/api/trainings?from=${year}-01-01&to=${year}-12-31`)).json().total, 2);
    assert.equal((await huizeOrg.get(`/api/trainings?divisionCode=${places.nagu}`)).json().total, 1);
    const sorted = await huizeOrg.get('/api/trainings?sort=hours&order=desc');
    assert.deepEqual(sorted.json().items.map((i: { hours: number }) => i.hours), [3.5, 2]);
    const updated = await huizeOrg.put(`/api/trainings/${countySession}`, sessionBody({ stage: 'special', topic: '脱贫攻坚业务培训' }));
    assert.equal(updated.statusCode, 200, updated.body);
    assert.equal(updated.json().stage, 'special');
    assert.equal(updated.json().attendeeCount, 2);
  });

  test("a cadre's training: sessions and hours, attended only, this year and in all", async () => {
    const lastYear = await huizeOrg.post('/api/trainings', sessionBody({ heldOn: `${year - 1}-11-20`, hours: 4, topic: '农村政策与法律法规' }));
    await huizeOrg.post(`/api/trainings/${lastYear.json().id}/attendance`, { cadreIds: [f.leader.id, f.member.id] });
    const leader = await huizeOrg.get(`/api/trainings/cadres/${f.leader.id}`);
    assert.equal(leader.statusCode, 200, leader.body);
    assert.equal(leader.json().year, year);
    assert.equal(leader.json().sessions.length, 3);
    assert.equal(leader.json().yearHours, 5.5);
    assert.equal(leader.json().totalHours, 9.5);
    // Marked absent at the county session: its 3.5 hours do not count.
    const member = await huizeOrg.get(`/api/trainings/cadres/${f.member.id}`);
    assert.equal(member.json().yearHours, 0);
    assert.equal(member.json().totalHours, 4);
    assert.equal((await naguParty.get(`/api/trainings/cadres/${f.leader.id}`)).json().totalHours, 9.5);
    assert.equal((await huizeOrg.get('/api/trainings/cadres/not-a-uuid')).statusCode, 400);
  });

  test('exports the filtered list as xlsx, audited', async () => {
    const response = await huizeOrg.get('/api/trainings/export?level=township');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /spreadsheetml/);
    const rows = await sheetRows(response);
    assert.equal(rows[0]![1], '培训主题');
    assert.equal(rows.length, 2);
    assert.equal(rows[1]![1], '群众工作方法');
    assert.equal(rows[1]![4], '娜姑镇');
    const audit = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'trainings.export'));
    assert.equal(audit.length, 1);
  });
});
