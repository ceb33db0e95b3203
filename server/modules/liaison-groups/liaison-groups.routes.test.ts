import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq, inArray } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createCadre, createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { meetings } from '../meetings/index.ts';
import { liaisonGroupMembers, liaisonGroups } from './liaison-groups.schema.ts';
import { insertLiaisonTeam } from './liaison-groups.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();
type Member = { teamId: string; teamName: string; villageName: string | null; role: string; contactName: string | null };

describe('liaison groups routes', () => {
  let t: TestApp;
  let city: Session;
  let county: Session;
  let township: Session;
  let gaozhouCounty: Session;
  let leader: Session;
  let tuocheTeam: string;
  let naguTeam: string;
  let changliuTeam: string;
  let leaderCadre: string;
  let memberCadre: string;
  let outsider: string;
  let meetingId: string;
  let groupId: string;

  const group = (extra: Record<string, unknown> = {}) => ({ kind: 'working_group', name: '曲靖市驻村工作联络小组', establishedOn: '2024-03-15', ...extra });

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    const unit = await createUnit(t.deps, { name: '曲靖市中级人民法院', divisionCode: places.qujing });
    leaderCadre = (await createCadre(t.deps, { unitId: unit.id, name: '张队长' })).id;
    memberCadre = (await createCadre(t.deps, { unitId: unit.id, name: '李队员' })).id;
    outsider = (await createCadre(t.deps, { unitId: unit.id, name: '王干部' })).id;
    tuocheTeam = await insertLiaisonTeam(t.deps, '驻拖车村工作队', places.naguVillage, [
      { cadreId: leaderCadre, role: 'leader' },
      { cadreId: memberCadre, role: 'member' },
    ]);
    // Kept at the township's code so that it lies outside the team leader's village.
    naguTeam = await insertLiaisonTeam(t.deps, '驻娜姑镇工作队', places.nagu);
    changliuTeam = await insertLiaisonTeam(t.deps, '驻长流村工作队', places.changliu);
    const [meeting] = await t.deps.db
      .insert(meetings)
      .values({ divisionCode: places.qujing, kind: 'symposium', title: '曲靖市驻村工作座谈会', heldOn: '2024-03-15' })
      .returning({ id: meetings.id });
    meetingId = meeting!.id;
    city = await sessionAs(t.app, t.deps, ['city_org'], { division: places.qujing });
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    township = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    gaozhouCounty = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage, cadreId: leaderCadre });
  });
  after(() => t.close());

  test('401 without a session; 403 for a team leader writing', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/liaison-groups' })).statusCode, 401);
    assert.equal((await leader.post('/api/liaison-groups', group())).statusCode, 403);
  });

  test('400 with field paths; nothing half-saved', async () => {
    const chat = await city.post('/api/liaison-groups', group({ kind: 'chat_group' }));
    assert.equal(chat.statusCode, 400);
    assert.deepEqual(paths(chat.json()), ['platform']);
    const shape = await city.post(
      '/api/liaison-groups',
      group({ members: [{ teamId: tuocheTeam, role: 'leader' }, { teamId: naguTeam, role: 'leader' }, { teamId: tuocheTeam }] }),
    );
    assert.deepEqual(paths(shape.json()), ['members.1.role', 'members.2.teamId']);
    // The group itself is valid: only its members fail, and neither the group nor any member is kept.
    const members = await city.post(
      '/api/liaison-groups',
      group({ meetingId, members: [{ teamId: tuocheTeam, role: 'leader', contactCadreId: outsider }, { teamId: changliuTeam }] }),
    );
    assert.equal(members.statusCode, 400);
    assert.equal(members.json().code, 'LIAISON_GROUP_INVALID');
    assert.deepEqual(paths(members.json()), ['members.0.contactCadreId', 'members.1.teamId']);
    const far = await county.post('/api/liaison-groups', group({ divisionCode: places.qujing, meetingId: '00000000-0000-4000-8000-000000000000' }));
    assert.deepEqual(paths(far.json()), ['divisionCode', 'meetingId']);
    const outOfRegion = await township.post('/api/liaison-groups', group({ members: [{ teamId: changliuTeam }] }));
    assert.deepEqual(paths(outOfRegion.json()), ['members.0.teamId']);
    assert.equal((await t.deps.db.select().from(liaisonGroups)).length, 0);
    assert.equal((await t.deps.db.select().from(liaisonGroupMembers)).length, 0);
  });

  test('a city group: teams, contacts by name, its meeting; a team leader sees the group his team is in', async () => {
    const created = await city.post(
      '/api/liaison-groups',
      group({ meetingId, purpose: '信息沟通、资源整合', members: [{ teamId: naguTeam, role: 'deputy' }, { teamId: tuocheTeam, role: 'leader', contactCadreId: leaderCadre }] }),
    );
    assert.equal(created.statusCode, 201);
    const detail = created.json();
    groupId = detail.id;
    assert.equal(detail.divisionCode, places.qujing);
    assert.equal(detail.regionName, '曲靖市');
    assert.equal(detail.memberCount, 2);
    assert.equal(detail.leaderTeamName, '驻拖车村工作队');
    assert.deepEqual(detail.meeting, { id: meetingId, title: '曲靖市驻村工作座谈会', heldOn: '2024-03-15' });
    assert.deepEqual(detail.abilities, { update: true, delete: true });
    assert.deepEqual(
      detail.members.map((m: Member) => [m.teamName, m.villageName, m.role, m.contactName]),
      [
        ['驻拖车村工作队', '拖车村村民委员会', 'leader', '张队长'],
        ['驻娜姑镇工作队', '娜姑镇', 'deputy', null],
      ],
    );
    assert.doesNotMatch(created.body, /phone|idNumber/i);

    const seen = await leader.get(`/api/liaison-groups/${groupId}`);
    assert.equal(seen.statusCode, 200);
    assert.deepEqual(seen.json().abilities, { update: false, delete: false });
    // The city's meeting did not have his team: he sees the group, not the meeting.
    assert.equal(seen.json().meeting, null);
    assert.deepEqual((await leader.get('/api/liaison-groups')).json().items.map((g: { id: string }) => g.id), [groupId]);

    assert.equal((await county.get(`/api/liaison-groups/${groupId}`)).statusCode, 200);
    assert.equal((await county.put(`/api/liaison-groups/${groupId}`, group())).statusCode, 403);
    assert.equal((await county.delete(`/api/liaison-groups/${groupId}`)).statusCode, 403);
    assert.equal((await gaozhouCounty.get(`/api/liaison-groups/${groupId}`)).statusCode, 404);
    assert.equal((await gaozhouCounty.put(`/api/liaison-groups/${groupId}`, group())).statusCode, 404);
  });

  test('update replaces the members; the team that left no longer sees the group', async () => {
    const updated = await city.put(`/api/liaison-groups/${groupId}`, group({ name: '曲靖市驻村扶贫联络小组', meetingId, members: [{ teamId: naguTeam, role: 'leader' }] }));
    assert.equal(updated.statusCode, 200);
    assert.equal(updated.json().name, '曲靖市驻村扶贫联络小组');
    assert.deepEqual(updated.json().members.map((m: Member) => [m.teamId, m.role]), [[naguTeam, 'leader']]);
    const rows = await t.deps.db.select().from(liaisonGroupMembers).where(eq(liaisonGroupMembers.groupId, groupId));
    assert.deepEqual(rows.map((r) => [r.teamId, r.divisionCode]), [[naguTeam, places.nagu]]);
    assert.equal((await leader.get(`/api/liaison-groups/${groupId}`)).statusCode, 404);
    const refused = await city.put(`/api/liaison-groups/${groupId}`, group({ members: [{ teamId: changliuTeam }] }));
    assert.deepEqual(paths(refused.json()), ['members.0.teamId']);
    assert.equal((await city.get(`/api/liaison-groups/${groupId}`)).json().members.length, 1);
  });

  test('list filters, sort and counts; export is a workbook', async () => {
    const chat = await county.post(
      '/api/liaison-groups',
      group({ kind: 'chat_group', platform: 'wechat', name: '会泽县驻村工作队微信群', members: [{ teamId: tuocheTeam, contactCadreId: memberCadre }] }),
    );
    assert.equal(chat.statusCode, 201);
    assert.equal(chat.json().divisionCode, places.huize);
    const old = await county.post('/api/liaison-groups', group({ name: '会泽县原联络小组', establishedOn: '2019-01-01', dissolvedOn: '2020-01-01' }));
    assert.equal(old.statusCode, 201);
    const names = async (query: string) => (await city.get(`/api/liaison-groups?${query}`)).json().items.map((g: { name: string }) => g.name);
    // Collations order Chinese differently between engines: check the set and that the order flips.
    const ascending = await names('sort=name&order=asc');
    assert.deepEqual([...ascending].sort(), ['会泽县原联络小组', '会泽县驻村工作队微信群', '曲靖市驻村扶贫联络小组'].sort());
    assert.deepEqual(await names('sort=name&order=desc'), [...ascending].reverse());
    assert.deepEqual(await names('kind=chat_group'), ['会泽县驻村工作队微信群']);
    assert.deepEqual(await names('active=false'), ['会泽县原联络小组']);
    assert.equal((await names('active=true')).length, 2);
    assert.deepEqual(await names(`teamId=${tuocheTeam}`), ['会泽县驻村工作队微信群']);
    assert.deepEqual(await names('q=扶贫'), ['曲靖市驻村扶贫联络小组']);
    assert.deepEqual(await names(`divisionCode=${places.huize}&sort=establishedOn&order=desc`), ['会泽县驻村工作队微信群', '会泽县原联络小组']);
    const list = (await county.get('/api/liaison-groups?q=扶贫')).json();
    assert.equal(list.total, 1);
    assert.equal(list.items[0].memberCount, 1);
    assert.equal(list.items[0].leaderTeamName, '驻娜姑镇工作队');
    assert.equal(list.items[0].regionName, '曲靖市');
    assert.equal((await gaozhouCounty.get('/api/liaison-groups')).json().total, 0);
    assert.deepEqual(paths((await city.get('/api/liaison-groups?kind=bad')).json()), ['kind']);
    const sheet = await city.get('/api/liaison-groups/export?sort=name');
    assert.equal(sheet.statusCode, 200);
    assert.match(String(sheet.headers['content-type']), /spreadsheetml/);
    assert.equal(sheet.rawPayload.subarray(0, 2).toString(), 'PK');
    assert.equal((await city.get('/api/liaison-groups/export?active=bad')).statusCode, 400);
  });

  test('delete takes the members with it; every write and the export are audited', async () => {
    const spare = (await township.post('/api/liaison-groups', group({ name: '娜姑镇临时小组', members: [{ teamId: tuocheTeam }] }))).json();
    assert.equal(spare.divisionCode, places.nagu);
    assert.equal((await township.delete(`/api/liaison-groups/${spare.id}`)).statusCode, 204);
    assert.equal((await township.get(`/api/liaison-groups/${spare.id}`)).statusCode, 404);
    assert.equal((await township.delete(`/api/liaison-groups/${spare.id}`)).statusCode, 404);
    assert.equal((await t.deps.db.select().from(liaisonGroupMembers).where(eq(liaisonGroupMembers.groupId, spare.id))).length, 0);
    const audits = await t.deps.db.select().from(auditEvents).where(inArray(auditEvents.entityId, [groupId, spare.id]));
    assert.deepEqual(audits.map((a) => a.action).sort(), ['liaison_groups.create', 'liaison_groups.create', 'liaison_groups.delete', 'liaison_groups.update']);
    const exports = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'liaison_groups.export'));
    assert.equal(exports.length, 1);
    assert.equal((exports[0]!.after as { rows: number }).rows, 3);
  });
});
