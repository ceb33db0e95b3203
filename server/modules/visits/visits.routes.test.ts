import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { multipart, samplePdf, samplePng, visitsFixture, type VisitsFixture } from './visits.fixture.ts';
import { beijingDay } from './visits.rules.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();

const tomorrow = new Date(Date.parse(`${beijingDay()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('visits routes', () => {
  let t: TestApp;
  let f: VisitsFixture;
  let leader: Session;
  let member: Session;
  let paired: Session;
  let naguParty: Session;
  let huizeOrg: Session;
  let gaozhouOrg: Session;
  let gaozhouLeader: Session;
  let viewer: Session;

  const visit = (overrides: Record<string, unknown> = {}) => ({
    householdId: f.registered.id,
    visitedOn: '2026-08-10',
    findings: '了解中药材种植情况，3 亩重楼长势良好。',
    ...overrides,
  });

  before(async () => {
    t = await createTestApp({ UPLOAD_MAX_MB: '1' });
    f = await visitsFixture(t.deps);
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage, cadreId: f.leader.id });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage, cadreId: f.member.id });
    paired = await sessionAs(t.app, t.deps, ['paired_cadre'], { division: places.naguVillage, cadreId: f.paired.id });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    gaozhouLeader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.changliu, cadreId: f.gaozhouCadre.id });
    viewer = await sessionAs(t.app, t.deps, ['viewer'], { division: places.yunnan });
  });
  after(() => t.close());

  test('401 without a session on every route', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, url] of [
      ['GET', '/api/visits'],
      ['GET', '/api/visits/export'],
      ['GET', '/api/visits/coverage'],
      ['GET', '/api/visits/coverage/households'],
      ['GET', `/api/visits/${id}`],
      ['POST', '/api/visits'],
      ['PUT', `/api/visits/${id}`],
      ['DELETE', `/api/visits/${id}`],
      ['POST', `/api/visits/${id}/photos`],
      ['GET', `/api/visits/${id}/photos/${id}`],
      ['DELETE', `/api/visits/${id}/photos/${id}`],
    ] as const) {
      const payload = url === '/api/visits' ? visit() : url.startsWith('/api/visits/0') && method === 'PUT' ? { visitedOn: '2026-08-10', findings: '走访' } : undefined;
      const response = await t.app.inject({ method, url, ...(payload ? { payload } : {}) });
      assert.equal(response.statusCode, 401, `${method} ${url}`);
    }
  });

  test('a member records his own visit; it is audited and seen by the township', async () => {
    const created = await member.post('/api/visits', visit({ followUp: '联系农技站上门指导' }));
    assert.equal(created.statusCode, 201, created.body);
    const view = created.json();
    assert.equal(view.cadreId, f.member.id);
    assert.equal(view.cadreName, '李队员');
    assert.equal(view.householderName, '杨正华');
    assert.equal(view.divisionCode, places.naguVillage);
    assert.equal(view.followUp, '联系农技站上门指导');
    assert.deepEqual(view.photos, []);
    assert.deepEqual(view.abilities, { update: true, delete: true });
    const [event] = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'visits.create'), eq(auditEvents.entityId, view.id)));
    assert.ok(event);
    const seen = await naguParty.get(`/api/visits/${view.id}`);
    assert.equal(seen.statusCode, 200);
    assert.deepEqual(seen.json().abilities, { update: false, delete: false });
    assert.equal((await gaozhouOrg.get(`/api/visits/${view.id}`)).statusCode, 404);
    assert.equal((await viewer.get(`/api/visits/${view.id}`)).statusCode, 200);
  });

  test('a member cannot record for another cadre; the leader can for his team only', async () => {
    const forLeader = await member.post('/api/visits', visit({ cadreId: f.leader.id }));
    assert.equal(forLeader.statusCode, 403);
    assert.equal((await paired.post('/api/visits', visit({ cadreId: f.member.id }))).statusCode, 403);
    const byLeader = await leader.post('/api/visits', visit({ cadreId: f.member.id, householdId: f.exited.id }));
    assert.equal(byLeader.statusCode, 201, byLeader.body);
    assert.equal(byLeader.json().cadreId, f.member.id);
    assert.equal((await leader.post('/api/visits', visit({ cadreId: f.gaozhouCadre.id }))).statusCode, 403);
    assert.equal((await leader.post('/api/visits', visit({ cadreId: f.idle.id }))).statusCode, 403);
    const own = await paired.post('/api/visits', visit());
    assert.equal(own.statusCode, 201);
    assert.equal(own.json().cadreId, f.paired.id);
    assert.equal((await naguParty.post('/api/visits', visit())).statusCode, 403);
  });

  test('a household out of scope answers 404; a future day and missing findings 400 on their fields', async () => {
    assert.equal((await member.post('/api/visits', visit({ householdId: f.gaozhouHousehold.id }))).statusCode, 404);
    const future = await member.post('/api/visits', visit({ visitedOn: tomorrow }));
    assert.equal(future.statusCode, 400);
    assert.deepEqual(paths(future.json()), ['visitedOn']);
    const empty = await member.post('/api/visits', visit({ findings: '  ' }));
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(paths(empty.json()), ['findings']);
    const noCadre = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage });
    const missing = await noCadre.post('/api/visits', visit());
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(paths(missing.json()), ['cadreId']);
    assert.equal((await noCadre.post('/api/visits', visit({ cadreId: f.member.id }))).statusCode, 201);
  });

  test('the creator or the village leader change a visit, nobody else', async () => {
    const id = (await member.post('/api/visits', visit({ householdId: f.monitored.id }))).json().id;
    const change = { visitedOn: '2026-08-11', findings: '补充：家中老人住院。', followUp: '协助办理医疗救助', followUpDone: '2026-08-20' };
    const byMember = await member.put(`/api/visits/${id}`, change);
    assert.equal(byMember.statusCode, 200, byMember.body);
    assert.equal(byMember.json().followUpDone, '2026-08-20');
    assert.equal((await paired.put(`/api/visits/${id}`, change)).statusCode, 403);
    assert.equal((await gaozhouLeader.put(`/api/visits/${id}`, change)).statusCode, 404);
    const early = await member.put(`/api/visits/${id}`, { ...change, followUpDone: '2026-08-01' });
    assert.equal(early.statusCode, 400);
    assert.deepEqual(paths(early.json()), ['followUpDone']);
    assert.equal((await leader.put(`/api/visits/${id}`, { ...change, findings: '队长核实。' })).statusCode, 200);
    const [updated] = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'visits.update'), eq(auditEvents.entityId, id)));
    assert.ok(updated);
    assert.equal((await paired.delete(`/api/visits/${id}`)).statusCode, 403);
    assert.equal((await leader.delete(`/api/visits/${id}`)).statusCode, 204);
    assert.equal((await leader.get(`/api/visits/${id}`)).statusCode, 404);
  });

  test('photos are optional JPG/PNG only; other types and executables are refused', async () => {
    const id = (await member.post('/api/visits', visit())).json().id;
    const url = `/api/visits/${id}/photos`;
    const upload = (name: string, data: Buffer, who = member) => {
      const form = multipart(name, data);
      return who.request('POST', url, form.payload, { 'content-type': form.contentType });
    };
    const stored = await upload('院坝会.png', samplePng);
    assert.equal(stored.statusCode, 201, stored.body);
    const photo = stored.json();
    assert.equal(photo.mimeType, 'image/png');
    const pdf = await upload('会议纪要.pdf', samplePdf);
    assert.equal(pdf.statusCode, 400);
    assert.equal(pdf.json().code, 'VISIT_PHOTO_NOT_IMAGE');
    assert.deepEqual(paths(pdf.json()), ['file']);
    const exe = await upload('setup.exe', Buffer.from('MZ\x90\x00 not really a program'));
    assert.equal(exe.json().code, 'FILE_EXECUTABLE');
    const disguised = await upload('照片.jpg', Buffer.from('just text'));
    assert.equal(disguised.statusCode, 400);
    assert.equal((await upload('别人的.png', samplePng, paired)).statusCode, 403);

    const download = await naguParty.get(`${url}/${photo.id}`);
    assert.equal(download.statusCode, 200);
    assert.deepEqual(download.rawPayload, samplePng);
    assert.equal(download.headers['content-type'], 'image/png');
    assert.equal((await gaozhouOrg.get(`${url}/${photo.id}`)).statusCode, 404);
    assert.equal((await member.get(`/api/visits/${id}`)).json().photos.length, 1);
    assert.equal((await member.delete(`${url}/${photo.id}`)).statusCode, 204);
    assert.equal((await member.delete(`${url}/${photo.id}`)).statusCode, 404);
  });

  test('the list filters by household, cadre and quarter, and exports', async () => {
    const mine = await member.get(`/api/visits?cadreId=${f.member.id}&quarter=2026Q3`);
    assert.equal(mine.statusCode, 200);
    assert.ok(mine.json().items.every((v: { cadreId: string; visitedOn: string }) => v.cadreId === f.member.id && v.visitedOn.startsWith('2026-0')));
    const byHousehold = (await huizeOrg.get(`/api/visits?householdId=${f.exited.id}`)).json();
    assert.equal(byHousehold.total, 1);
    assert.equal((await huizeOrg.get('/api/visits?quarter=2025Q1')).json().total, 0);
    assert.equal((await gaozhouOrg.get('/api/visits')).json().total, 0);
    assert.equal((await huizeOrg.get('/api/visits?quarter=2026Q5')).statusCode, 400);
    const exported = await huizeOrg.get('/api/visits/export?quarter=2026Q3');
    assert.equal(exported.statusCode, 200);
    assert.match(decodeURIComponent(String(exported.headers['content-disposition'])), /入户走访/);
  });
});
