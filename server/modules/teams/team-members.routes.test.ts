import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type Session } from '../../test/test-app.ts';
import { places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { cadres } from '../cadres/index.ts';
import { teamBody, teamFixture, type TeamFixture } from './teams.fixture.ts';

type Field = { path: string; message: string };
type Member = { id: string; cadreId: string; role: string; leftOn: string | null };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path);

describe('team members, roster and end of term', () => {
  let t: TestApp;
  let f: TeamFixture;
  let huizeOrg: Session;
  let gaozhouOrg: Session;
  let naguParty: Session;
  let teamId: string;
  const memberOf = (team: { members: Member[] }, cadreId: string) => team.members.find((m) => m.cadreId === cadreId)!;

  before(async () => {
    t = await createTestApp();
    f = await teamFixture(t);
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    const created = await huizeOrg.post('/api/teams', teamBody(f));
    assert.equal(created.statusCode, 201, created.body);
    teamId = created.json().id;
  });
  after(() => t.close());

  test('401 without a session', async () => {
    const writes: [string, object][] = [
      [`/api/teams/${teamId}/members`, { cadreId: f.spare.id, role: 'member', joinedOn: '2024-04-01' }],
      [`/api/teams/${teamId}/end`, { termEnd: '2026-02-28' }],
    ];
    for (const [url, payload] of writes) assert.equal((await t.app.inject({ method: 'POST', url, payload })).statusCode, 401);
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/teams/${teamId}/roster` })).statusCode, 401);
  });

  test('a member joins: 404 out of scope, 403 for a township, 400 with the field, 409 busy, success', async () => {
    const body = { cadreId: f.envoy.id, role: 'tech_envoy', joinedOn: '2024-04-01' };
    assert.equal((await gaozhouOrg.post(`/api/teams/${teamId}/members`, body)).statusCode, 404);
    assert.equal((await naguParty.post(`/api/teams/${teamId}/members`, body)).statusCode, 403);

    const early = await huizeOrg.post(`/api/teams/${teamId}/members`, { ...body, joinedOn: '2023-01-01' });
    assert.equal(early.statusCode, 400);
    assert.deepEqual(paths(early.json()), ['joinedOn']);
    const secondLeader = await huizeOrg.post(`/api/teams/${teamId}/members`, { ...body, role: 'leader' });
    assert.deepEqual(paths(secondLeader.json()), ['role']);
    const badRole = await huizeOrg.post(`/api/teams/${teamId}/members`, { ...body, role: 'captain' });
    assert.deepEqual(paths(badRole.json()), ['role']);

    const busy = await huizeOrg.post(`/api/teams/${teamId}/members`, { ...body, cadreId: f.member.id });
    assert.equal(busy.statusCode, 409);
    assert.equal(busy.json().code, 'TEAM_CADRE_BUSY');
    assert.deepEqual(paths(busy.json()), ['cadreId']);

    const response = await huizeOrg.post(`/api/teams/${teamId}/members`, body);
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(response.json().memberCount, 3);
    assert.equal(memberOf(response.json(), f.envoy.id).role, 'tech_envoy');
    const [posted] = await t.deps.db.select().from(cadres).where(eq(cadres.id, f.envoy.id));
    assert.equal(posted!.postedDivisionCode, places.naguVillage);
  });

  test('leadership hands over in one step; the leader cannot just step down', async () => {
    const team = (await huizeOrg.get(`/api/teams/${teamId}`)).json();
    const leader = memberOf(team, f.leader.id);
    const envoy = memberOf(team, f.envoy.id);
    const url = (m: Member) => `/api/teams/${teamId}/members/${m.id}`;

    assert.equal((await gaozhouOrg.patch(url(envoy), { role: 'leader' })).statusCode, 404);
    assert.equal((await naguParty.patch(url(envoy), { role: 'leader' })).statusCode, 403);
    const empty = await huizeOrg.patch(url(envoy), {});
    assert.deepEqual(paths(empty.json()), ['role']);
    const noHandover = await huizeOrg.patch(url(envoy), { role: 'leader' });
    assert.equal(noHandover.statusCode, 400);
    assert.deepEqual(paths(noHandover.json()), ['formerLeaderRole']);
    const stepDown = await huizeOrg.patch(url(leader), { role: 'member' });
    assert.deepEqual(paths(stepDown.json()), ['role']);
    const leaderLeaves = await huizeOrg.patch(url(leader), { leftOn: '2025-01-01' });
    assert.deepEqual(paths(leaderLeaves.json()), ['leftOn']);

    const handover = await huizeOrg.patch(url(envoy), { role: 'leader', formerLeaderRole: 'first_secretary' });
    assert.equal(handover.statusCode, 200, handover.body);
    assert.equal(handover.json().leaderName, '王科技');
    assert.equal(memberOf(handover.json(), f.leader.id).role, 'first_secretary');
  });

  test('a member leaves, is no longer posted, and may join another team', async () => {
    const team = (await huizeOrg.get(`/api/teams/${teamId}`)).json();
    const member = memberOf(team, f.member.id);
    const url = `/api/teams/${teamId}/members/${member.id}`;
    const before = await huizeOrg.patch(url, { leftOn: '2024-03-01' });
    assert.deepEqual(paths(before.json()), ['leftOn']);
    const response = await huizeOrg.patch(url, { leftOn: '2025-06-30' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().memberCount, 2);
    assert.equal(memberOf(response.json(), f.member.id).leftOn, '2025-06-30');
    const again = await huizeOrg.patch(url, { leftOn: '2025-07-01' });
    assert.equal(again.statusCode, 409);
    const [cadre] = await t.deps.db.select().from(cadres).where(eq(cadres.id, f.member.id));
    assert.equal(cadre!.postedDivisionCode, null);
    const audit = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'teams.members.leave'), eq(auditEvents.entityId, member.id)));
    assert.equal(audit.length, 1);
  });

  test('the roster opens in Excel and lists the members in post, masked; 404 out of scope', async () => {
    assert.equal((await gaozhouOrg.get(`/api/teams/${teamId}/roster`)).statusCode, 404);
    const viewer = await sessionAs(t.app, t.deps, ['viewer'], { division: places.huize });
    assert.equal((await viewer.get(`/api/teams/${teamId}/roster`)).statusCode, 403);
    assert.equal((await huizeOrg.get('/api/teams/not-a-uuid/roster')).statusCode, 400);

    const response = await naguParty.get(`/api/teams/${teamId}/roster`);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-disposition']), /filename\*=UTF-8''/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    assert.match(rows[0]![0]!, /队员花名册/);
    assert.match(rows.find((r) => r[0] === '驻村村庄')![1]!, /会泽县\/娜姑镇\/拖车村村民委员会/);
    assert.match(rows.find((r) => r[0] === '派出单位')![1]!, /云南省农业科学院（牵头）/);
    const header = rows.findIndex((r) => r[0] === '序号');
    assert.deepEqual(rows[header], ['序号', '姓名', '性别', '队内职务', '派出单位', '政治面貌', '身份证号', '入队日期']);
    const members = rows.slice(header + 1);
    assert.deepEqual(members.map((r) => [r[1], r[3]]), [
      ['王科技', '队长'],
      ['张建国', '第一书记'],
    ]);
    assert.equal(members[0]![2], '男');
    assert.match(members[0]![6]!, /^\d{6}\*{8}\d{3}[\dX]$/);
    const audit = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'teams.export'), eq(auditEvents.entityId, teamId)));
    assert.equal(audit.length, 1);
  });

  test('the term ends: members leave, postings clear, no one joins afterwards', async () => {
    assert.equal((await gaozhouOrg.post(`/api/teams/${teamId}/end`, { termEnd: '2026-02-28' })).statusCode, 404);
    assert.equal((await naguParty.post(`/api/teams/${teamId}/end`, { termEnd: '2026-02-28' })).statusCode, 403);
    const early = await huizeOrg.post(`/api/teams/${teamId}/end`, { termEnd: '2024-03-15' });
    assert.equal(early.statusCode, 400);
    assert.deepEqual(paths(early.json()), ['termEnd']);
    const response = await huizeOrg.post(`/api/teams/${teamId}/end`, { termEnd: '2026-02-28' });
    assert.equal(response.statusCode, 200, response.body);
    const team = response.json();
    assert.equal(team.status, 'ended');
    assert.equal(team.memberCount, 0);
    assert.equal(team.leaderName, null);
    assert.ok(team.members.every((m: Member) => m.leftOn !== null));
    assert.deepEqual(team.abilities, { update: true, manageMembers: false, export: true });
    const [cadre] = await t.deps.db.select().from(cadres).where(eq(cadres.id, f.envoy.id));
    assert.equal(cadre!.postedDivisionCode, null);
    const join = await huizeOrg.post(`/api/teams/${teamId}/members`, { cadreId: f.spare.id, role: 'leader', joinedOn: '2025-01-01' });
    assert.equal(join.statusCode, 409);
    assert.equal(join.json().code, 'TEAM_ENDED');
    assert.equal((await huizeOrg.post(`/api/teams/${teamId}/end`, { termEnd: '2026-02-28' })).statusCode, 409);
    const freed = await huizeOrg.post('/api/teams', teamBody(f, {
        name: '新一轮工作队',
        termStart: '2026-03-01',
        termEnd: null,
        members: [{ cadreId: f.envoy.id, role: 'leader_first_secretary' }, { cadreId: f.member.id, role: 'member' }],
      }));
    assert.equal(freed.statusCode, 201, freed.body);
  });
});
