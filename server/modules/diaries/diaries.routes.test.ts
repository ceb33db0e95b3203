import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createCadre, createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { insertTeam } from '../leave/leave.fixture.ts';
import { beijingDay } from './diaries.rules.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();

const today = beijingDay();
const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('diaries routes', () => {
  let t: TestApp;
  let leader: Session;
  let member: Session;
  let otherMember: Session;
  let idle: Session;
  let naguParty: Session;
  let gaozhouOrg: Session;
  let noCadre: Session;
  let ids: { leader: string; member: string; otherMember: string };

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    const court = await createUnit(t.deps, { name: '曲靖市中级人民法院', divisionCode: places.qujing });
    const leaderCadre = await createCadre(t.deps, { unitId: court.id, name: '张队长' });
    const memberCadre = await createCadre(t.deps, { unitId: court.id, name: '李队员' });
    const otherCadre = await createCadre(t.deps, { unitId: court.id, name: '王队员' });
    const idleCadre = await createCadre(t.deps, { unitId: court.id, name: '赵待派' });
    await insertTeam(t.deps, places.naguVillage, court.id, [
      { cadreId: leaderCadre.id, role: 'leader_first_secretary' },
      { cadreId: memberCadre.id, role: 'member' },
      { cadreId: otherCadre.id, role: 'member' },
    ]);
    ids = { leader: leaderCadre.id, member: memberCadre.id, otherMember: otherCadre.id };
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage, cadreId: leaderCadre.id });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage, cadreId: memberCadre.id });
    otherMember = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage, cadreId: otherCadre.id });
    idle = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage, cadreId: idleCadre.id });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    gaozhouOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    noCadre = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage });
  });
  after(() => t.close());

  test('401 without a session on every route', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, url, payload] of [
      ['GET', '/api/diaries', undefined],
      ['GET', '/api/diaries/export', undefined],
      ['GET', `/api/diaries/${id}`, undefined],
      ['POST', '/api/diaries', { entryDate: today, content: '走访' }],
      ['PUT', `/api/diaries/${id}`, { content: '走访' }],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(payload ? { payload } : {}) });
      assert.equal(response.statusCode, 401, `${method} ${url}`);
    }
  });

  test('one entry per day for the caller, never in the future; audited', async () => {
    const created = await member.post('/api/diaries', { entryDate: today, content: '上午到杨正华家了解重楼销路，下午参加院坝会。' });
    assert.equal(created.statusCode, 201, created.body);
    const view = created.json();
    assert.equal(view.cadreId, ids.member);
    assert.equal(view.divisionCode, places.naguVillage);
    assert.deepEqual(view.abilities, { update: true });
    const [event] = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'diaries.create'), eq(auditEvents.entityId, view.id)));
    assert.ok(event);

    const again = await member.post('/api/diaries', { entryDate: today, content: '重复的一篇' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'DIARY_DUPLICATE');
    const future = await member.post('/api/diaries', { entryDate: tomorrow, content: '明天的日记' });
    assert.equal(future.statusCode, 400);
    assert.deepEqual(paths(future.json()), ['entryDate']);
    const empty = await member.post('/api/diaries', { entryDate: '2026-10-02', content: ' ' });
    assert.deepEqual(paths(empty.json()), ['content']);
    assert.equal((await member.post('/api/diaries', { entryDate: '2026-10-02', content: '补记：国庆假期值班。' })).statusCode, 201);
    assert.equal((await leader.post('/api/diaries', { entryDate: today, content: '队长的日记' })).statusCode, 201);
    assert.equal((await otherMember.post('/api/diaries', { entryDate: today, content: '王队员的日记' })).statusCode, 201);
  });

  test('accounts without a cadre or a posting cannot write; readers cannot write', async () => {
    assert.equal((await noCadre.post('/api/diaries', { entryDate: today, content: '无人' })).statusCode, 403);
    const unposted = await idle.post('/api/diaries', { entryDate: today, content: '待派' });
    assert.equal(unposted.statusCode, 409);
    assert.equal(unposted.json().code, 'DIARY_NOT_POSTED');
    assert.equal((await naguParty.post('/api/diaries', { entryDate: today, content: '乡镇' })).statusCode, 403);
  });

  test('own by default; a member never reads another; the leader and the township read the village', async () => {
    const own = (await member.get('/api/diaries')).json();
    assert.equal(own.total, 2);
    assert.ok(own.items.every((d: { cadreId: string }) => d.cadreId === ids.member));
    assert.equal((await member.get(`/api/diaries?cadreId=${ids.otherMember}`)).json().total, 0);
    assert.equal((await member.get(`/api/diaries?divisionCode=${places.naguVillage}`)).json().total, 2);
    const otherEntry = (await otherMember.get('/api/diaries')).json().items[0];
    assert.equal((await member.get(`/api/diaries/${otherEntry.id}`)).statusCode, 404);

    assert.equal((await leader.get('/api/diaries')).json().total, 1);
    assert.equal((await leader.get(`/api/diaries?cadreId=${ids.member}`)).json().total, 2);
    assert.equal((await leader.get(`/api/diaries/${otherEntry.id}`)).statusCode, 200);

    assert.equal((await naguParty.get('/api/diaries')).json().total, 4);
    assert.equal((await naguParty.get('/api/diaries?month=2026-10')).json().total, 1);
    assert.equal((await gaozhouOrg.get('/api/diaries')).json().total, 0);
    assert.equal((await gaozhouOrg.get(`/api/diaries/${otherEntry.id}`)).statusCode, 404);
    const exported = await naguParty.get('/api/diaries/export');
    assert.equal(exported.statusCode, 200);
    assert.match(decodeURIComponent(String(exported.headers['content-disposition'])), /民情日记/);
  });

  test('only the author corrects an entry', async () => {
    const entry = (await member.get('/api/diaries')).json().items[0];
    const updated = await member.put(`/api/diaries/${entry.id}`, { content: '改：下午的院坝会改到明天。' });
    assert.equal(updated.statusCode, 200, updated.body);
    assert.equal(updated.json().content, '改：下午的院坝会改到明天。');
    assert.equal((await leader.put(`/api/diaries/${entry.id}`, { content: '队长代改' })).statusCode, 403);
    assert.equal((await otherMember.put(`/api/diaries/${entry.id}`, { content: '别人代改' })).statusCode, 404);
    assert.equal((await naguParty.put(`/api/diaries/${entry.id}`, { content: '乡镇改' })).statusCode, 403);
    const [event] = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'diaries.update'), eq(auditEvents.entityId, entry.id)));
    assert.ok(event);
  });
});
