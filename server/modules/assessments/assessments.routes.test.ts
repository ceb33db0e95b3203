import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { insertTeamWithMembers } from '../ledgers/ledgers.fixture.ts';
import { assessments } from './assessments.schema.ts';
import { insertCriticism, insertPublishedQuarters } from './assessments.fixture.ts';

type Field = { path: string; message: string };
type Grade = { id: string; category: string; cadreId: string | null; teamId: string; grade: string; basis: { cappedByTeam?: string; criticisms: number } };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();

describe('assessments routes', () => {
  let t: TestApp;
  let county: Session;
  let gaozhouCounty: Session;
  let township: Session;
  let leaderA: Session;
  let a: { teamId: string; leader: string; member: string };
  let b: { teamId: string; leader: string; member: string };
  let id: string;
  let grades: Grade[];
  const gradeOf = (pick: (g: Grade) => boolean) => grades.find(pick)!;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    const unit = await createUnit(t.deps, { name: '会泽县财政局', divisionCode: places.huize });
    a = await insertTeamWithMembers(t.deps, { unitId: unit.id, divisionCode: places.naguVillage, name: '甲工作队' });
    b = await insertTeamWithMembers(t.deps, { unitId: unit.id, divisionCode: places.naguVillage, name: '乙工作队' });
    const v = places.naguVillage;
    await insertPublishedQuarters(t.deps, places.huize, 2025, [
      { cadreId: a.leader, teamId: a.teamId, divisionCode: v, scores: [95, 95, 95, 95] },
      { cadreId: a.member, teamId: a.teamId, divisionCode: v, scores: [92, 92, 92, 92] },
      { cadreId: b.leader, teamId: b.teamId, divisionCode: v, scores: [91, 91, 91, 91] },
      { cadreId: b.member, teamId: b.teamId, divisionCode: v, scores: [70, 70, 70, 70] },
    ]);
    await insertCriticism(t.deps, { cadreId: b.leader, teamId: b.teamId, divisionCode: v, year: 2025 });
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouCounty = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    township = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    leaderA = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage, cadreId: a.leader });
  });
  after(() => t.close());

  test('401, 400 with field paths, 403 for the township and another county', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/assessments' })).statusCode, 401);
    assert.deepEqual(paths((await county.post('/api/assessments', { divisionCode: places.qujing, year: 1990, excellentQuota: 2 })).json()), ['divisionCode', 'excellentQuota', 'year']);
    assert.equal((await township.post('/api/assessments', { divisionCode: places.huize, year: 2025 })).statusCode, 403);
    assert.equal((await gaozhouCounty.post('/api/assessments', { divisionCode: places.huize, year: 2025 })).statusCode, 403);
    assert.equal((await t.deps.db.select().from(assessments)).length, 0);
  });

  test('proposes grades by the averages, the criticism bar, the quota and the team cap', async () => {
    const created = await county.post('/api/assessments', { divisionCode: places.huize, year: 2025, excellentQuota: 0.5 });
    assert.equal(created.statusCode, 201);
    id = created.json().id;
    grades = created.json().grades.items;
    assert.equal(created.json().grades.total, 6);
    assert.equal(gradeOf((g) => g.category === 'team' && g.teamId === a.teamId).grade, 'excellent');
    assert.equal(gradeOf((g) => g.category === 'team' && g.teamId === b.teamId).grade, 'competent');
    assert.equal(gradeOf((g) => g.cadreId === a.leader).grade, 'excellent');
    const barred = gradeOf((g) => g.cadreId === b.leader);
    assert.equal(barred.grade, 'competent');
    assert.equal(barred.basis.criticisms, 1);
    assert.equal(gradeOf((g) => g.cadreId === a.member).grade, 'excellent');
    assert.equal(gradeOf((g) => g.cadreId === b.member).grade, 'basically_competent');
    assert.deepEqual(created.json().quota.map((q: { category: string; used: number; available: number }) => [q.category, q.used, q.available]), [
      ['team', 1, 1],
      ['first_secretary', 1, 1],
      ['member', 1, 1],
    ]);
    assert.equal((await county.post('/api/assessments', { divisionCode: places.huize, year: 2025 })).statusCode, 409);
    const audit = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    assert.deepEqual(audit.map((e) => e.action), ['assessments.create']);
  });

  test('lists and filters; out of scope answers 404', async () => {
    assert.equal((await county.get('/api/assessments')).json().total, 1);
    assert.equal((await gaozhouCounty.get('/api/assessments')).json().total, 0);
    assert.equal((await township.get('/api/assessments')).json().total, 1);
    assert.equal((await gaozhouCounty.get(`/api/assessments/${id}`)).statusCode, 404);
    const members = (await county.get(`/api/assessments/${id}?category=member`)).json();
    assert.equal(members.grades.total, 2);
    assert.deepEqual(paths((await county.get(`/api/assessments/${id}?grade=best`)).json()), ['grade']);
    assert.equal((await county.get(`/api/assessments/${id}/export`)).statusCode, 200);
    assert.equal((await leaderA.get(`/api/assessments/${id}`)).statusCode, 403);
  });

  test('a change needs a reason and respects the quota and the team’s grade', async () => {
    const url = (g: Grade) => `/api/assessments/${id}/grades/${g.id}`;
    const bLeader = gradeOf((g) => g.cadreId === b.leader);
    const aMember = gradeOf((g) => g.cadreId === a.member);
    const bMember = gradeOf((g) => g.cadreId === b.member);
    const bTeam = gradeOf((g) => g.category === 'team' && g.teamId === b.teamId);
    assert.deepEqual(paths((await county.put(url(bLeader), { grade: 'excellent' })).json()), ['reason']);
    assert.equal((await township.put(url(bLeader), { grade: 'excellent', reason: '表现突出' })).statusCode, 403);
    assert.equal((await gaozhouCounty.put(url(bLeader), { grade: 'excellent', reason: '表现突出' })).statusCode, 404);
    const full = await county.put(url(bLeader), { grade: 'excellent', reason: '表现突出' });
    assert.equal(full.statusCode, 409);
    assert.equal(full.json().code, 'QUOTA_FULL');
    const lowered = await county.put(url(aMember), { grade: 'competent', reason: '群众评议一般' });
    assert.equal(lowered.statusCode, 200);
    assert.equal(lowered.json().reason, '群众评议一般');
    assert.equal((await county.put(url(bMember), { grade: 'excellent', reason: '表现突出' })).json().code, 'ABOVE_TEAM');
    assert.equal((await county.put(url(bMember), { grade: 'competent', reason: '整改到位' })).statusCode, 200);
    assert.equal((await county.put(url(bTeam), { grade: 'basically_competent', reason: '整体一般' })).json().code, 'BELOW_MEMBERS');
  });

  test('confirmed: no more changes; the cadre sees his own grade only then', async () => {
    assert.equal((await leaderA.get('/api/assessments/mine')).json().total, 0);
    assert.equal((await township.post(`/api/assessments/${id}/confirm`)).statusCode, 403);
    const confirmed = await county.post(`/api/assessments/${id}/confirm`);
    assert.equal(confirmed.statusCode, 200);
    assert.equal(confirmed.json().state, 'confirmed');
    assert.equal((await county.post(`/api/assessments/${id}/confirm`)).statusCode, 409);
    const aLeader = gradeOf((g) => g.cadreId === a.leader);
    assert.equal((await county.put(`/api/assessments/${id}/grades/${aLeader.id}`, { grade: 'competent', reason: '复核' })).statusCode, 409);
    const mine = (await leaderA.get('/api/assessments/mine')).json();
    assert.deepEqual(mine.items.map((g: { grade: string; year: number }) => [g.grade, g.year]), [['excellent', 2025]]);
    assert.equal((await county.get('/api/assessments/mine')).statusCode, 403);
    const history = (await county.get(`/api/assessments/cadres/${a.leader}`)).json();
    assert.deepEqual(history.items.map((g: { grade: string }) => g.grade), ['excellent']);
    assert.equal((await gaozhouCounty.get(`/api/assessments/cadres/${a.leader}`)).statusCode, 404);
    assert.deepEqual(paths((await county.get('/api/assessments/cadres/x')).json()), ['cadreId']);
  });
});
