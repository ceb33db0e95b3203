import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createCadre, createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { makeScope } from '../../platform/access/scope.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { meetings, meetingTeams } from './meetings.schema.ts';
import { liaisonGroups } from '../liaison-groups/index.ts';
import { insertMeetingTeam } from './meetings.fixture.ts';
import { findMeetingInScope } from './meetings.repository.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();
const ids = (body: { items: { id: string }[] }) => body.items.map((m) => m.id).sort();
// A village of 会泽县 outside 娜姑镇.
const longtanVillage = '530326104201';

describe('meetings routes', () => {
  let t: TestApp;
  let county: Session;
  let township: Session;
  let city: Session;
  let gaozhouCounty: Session;
  let leader: Session;
  let tuoche: string;
  let longtan: string;
  let changliu: string;
  let cityMeeting: string;
  let otherCityMeeting: string;
  let countyMeeting: string;

  const meeting = (extra: Record<string, unknown> = {}) => ({ kind: 'symposium', title: '驻村工作座谈会', heldOn: '2026-06-18', ...extra });

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    const unit = await createUnit(t.deps, { name: '曲靖市中级人民法院', divisionCode: places.qujing });
    const leaderCadre = await createCadre(t.deps, { unitId: unit.id, name: '张队长' });
    tuoche = await insertMeetingTeam(t.deps, '驻拖车村工作队', places.naguVillage, [{ cadreId: leaderCadre.id, role: 'leader' }]);
    longtan = await insertMeetingTeam(t.deps, '驻龙潭村工作队', longtanVillage);
    changliu = await insertMeetingTeam(t.deps, '驻长流村工作队', places.changliu);
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    township = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    city = await sessionAs(t.app, t.deps, ['city_org'], { division: places.qujing });
    gaozhouCounty = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage, cadreId: leaderCadre.id });
  });
  after(() => t.close());

  test('401 without a session on every route; 403 for a team leader recording', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, url] of [
      ['GET', '/api/meetings'],
      ['GET', '/api/meetings/export'],
      ['GET', `/api/meetings/${id}`],
      ['POST', '/api/meetings'],
      ['PUT', `/api/meetings/${id}`],
      ['DELETE', `/api/meetings/${id}`],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(method === 'POST' || method === 'PUT' ? { payload: meeting() } : {}) });
      assert.equal(response.statusCode, 401, `${method} ${url}`);
    }
    assert.equal((await leader.post('/api/meetings', meeting())).statusCode, 403);
  });

  test('every route is described in the OpenAPI document under the module tag', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operations = [doc.paths['/api/meetings'].get, doc.paths['/api/meetings'].post, doc.paths['/api/meetings/export'].get, ...['get', 'put', 'delete'].map((m) => doc.paths['/api/meetings/{id}'][m])];
    for (const operation of operations) {
      assert.deepEqual(operation.tags, ['meetings 会议记录']);
      assert.ok(operation.summary);
    }
  });

  test('400 with field paths: missing fields, a future day, a region or team out of reach; nothing saved', async () => {
    assert.deepEqual(paths((await county.post('/api/meetings', {})).json()), ['heldOn', 'kind', 'title']);
    const future = await county.post('/api/meetings', meeting({ heldOn: '2999-01-01' }));
    assert.equal(future.statusCode, 400);
    assert.deepEqual(paths(future.json()), ['heldOn']);
    assert.deepEqual(paths((await county.post('/api/meetings', meeting({ divisionCode: places.gaozhou }))).json()), ['divisionCode']);
    assert.deepEqual(paths((await county.post('/api/meetings', meeting({ teamIds: ['x'] }))).json()), ['teamIds.0']);
    const teams = await county.post('/api/meetings', meeting({ divisionCode: places.nagu, teamIds: [tuoche, longtan, changliu, tuoche] }));
    assert.equal(teams.statusCode, 400);
    assert.equal(teams.json().code, 'MEETING_INVALID');
    assert.deepEqual(paths(teams.json()), ['teamIds.1', 'teamIds.2', 'teamIds.3']);
    assert.equal(teams.json().fields.find((f: Field) => f.path === 'teamIds.1').message, '该工作队不在会议所属区域内');
    assert.deepEqual(paths((await township.post('/api/meetings', meeting({ teamIds: [longtan] }))).json()), ['teamIds.0']);
    assert.equal((await t.deps.db.select().from(meetings)).length, 0);
    assert.equal((await t.deps.db.select().from(meetingTeams)).length, 0);
  });

  test("a city's meeting: seen by the villages and townships whose team attended, owned by the city only", async () => {
    const created = await city.post('/api/meetings', {
      kind: 'promotion',
      title: '全市驻村工作推进会',
      heldOn: '2026-11-20',
      place: '市委党校报告厅',
      host: '王部长',
      attendeeCount: 80,
      agenda: ['通报第三季度考核情况', '部署冬春帮扶'],
      outcomes: [
        { kind: 'decision', text: '各县12月底前完成走访全覆盖' },
        { kind: 'experience', text: '拖车村产业帮扶经验' },
      ],
      teamIds: [tuoche],
    });
    assert.equal(created.statusCode, 201, created.body);
    const detail = created.json();
    cityMeeting = detail.id;
    assert.equal(detail.divisionCode, places.qujing);
    assert.equal(detail.regionName, '曲靖市');
    assert.equal(detail.teamCount, 1);
    assert.equal(detail.outcomeCount, 2);
    assert.deepEqual(detail.teams, [{ teamId: tuoche, teamName: '驻拖车村工作队', divisionCode: places.naguVillage, villageName: '拖车村村民委员会' }]);
    assert.deepEqual(detail.groups, []);
    assert.equal(detail.createdByName, (await city.get('/api/auth/me')).json().displayName);
    assert.deepEqual(detail.abilities, { update: true, delete: true });
    otherCityMeeting = (await city.post('/api/meetings', meeting({ kind: 'exchange', title: '全市驻村经验交流会' }))).json().id;

    assert.deepEqual(ids((await leader.get('/api/meetings')).json()), [cityMeeting]);
    assert.equal((await leader.get(`/api/meetings/${otherCityMeeting}`)).statusCode, 404);
    const seen = (await leader.get(`/api/meetings/${cityMeeting}`)).json();
    assert.deepEqual(seen.abilities, { update: false, delete: false });
    assert.equal(seen.summary, null);
    assert.deepEqual(ids((await township.get('/api/meetings')).json()), [cityMeeting]);
    assert.deepEqual((await township.get(`/api/meetings/${cityMeeting}`)).json().abilities, { update: false, delete: false });
    assert.equal((await township.put(`/api/meetings/${cityMeeting}`, meeting())).statusCode, 403);
    assert.equal((await county.delete(`/api/meetings/${cityMeeting}`)).statusCode, 403);
    assert.equal((await gaozhouCounty.get(`/api/meetings/${cityMeeting}`)).statusCode, 404);
    assert.equal((await gaozhouCounty.get('/api/meetings')).json().total, 0);

    const village = makeScope(places.naguVillage, null);
    assert.deepEqual(await findMeetingInScope(t.deps.db, village, cityMeeting), { id: cityMeeting, title: '全市驻村工作推进会', heldOn: '2026-11-20' });
    assert.equal(await findMeetingInScope(t.deps.db, village, otherCityMeeting), undefined);
  });

  test('an update replaces the teams; a refused update changes nothing', async () => {
    const created = await county.post('/api/meetings', meeting({ title: '会泽县驻村工作座谈会', place: '县委组织部会议室', teamIds: [tuoche] }));
    assert.equal(created.statusCode, 201, created.body);
    countyMeeting = created.json().id;
    assert.equal(created.json().divisionCode, places.huize);
    assert.equal((await leader.get(`/api/meetings/${countyMeeting}`)).statusCode, 200);

    const refused = await county.put(`/api/meetings/${countyMeeting}`, meeting({ title: '改名', teamIds: [longtan, changliu] }));
    assert.deepEqual(paths(refused.json()), ['teamIds.1']);
    const unchanged = (await county.get(`/api/meetings/${countyMeeting}`)).json();
    assert.equal(unchanged.title, '会泽县驻村工作座谈会');
    assert.deepEqual(unchanged.teams.map((m: { teamId: string }) => m.teamId), [tuoche]);
    assert.equal((await gaozhouCounty.put(`/api/meetings/${countyMeeting}`, meeting())).statusCode, 404);

    const updated = await county.put(`/api/meetings/${countyMeeting}`, meeting({ title: '会泽县驻村工作座谈会（二）', place: '县委组织部会议室', summary: '纪要', teamIds: [longtan] }));
    assert.equal(updated.statusCode, 200, updated.body);
    assert.equal(updated.json().title, '会泽县驻村工作座谈会（二）');
    assert.deepEqual(updated.json().teams.map((m: { teamId: string }) => m.teamId), [longtan]);
    const stored = await t.deps.db.select().from(meetingTeams).where(eq(meetingTeams.meetingId, countyMeeting));
    assert.deepEqual(stored.map((r) => [r.teamId, r.divisionCode]), [[longtan, longtanVillage]]);
    assert.equal((await leader.get(`/api/meetings/${countyMeeting}`)).statusCode, 404);
  });

  test('list: filters, sort, counts', async () => {
    const all = (await county.get('/api/meetings')).json();
    assert.deepEqual(ids(all), [cityMeeting, countyMeeting].sort());
    const row = all.items.find((m: { id: string }) => m.id === cityMeeting);
    assert.deepEqual([row.regionName, row.teamCount, row.outcomeCount, row.attendeeCount], ['曲靖市', 1, 2, 80]);
    assert.deepEqual(ids((await county.get('/api/meetings?kind=promotion')).json()), [cityMeeting]);
    assert.deepEqual(ids((await county.get(`/api/meetings?teamId=${longtan}`)).json()), [countyMeeting]);
    assert.deepEqual(ids((await county.get(`/api/meetings?divisionCode=${places.huize}`)).json()), [countyMeeting]);
    assert.deepEqual(ids((await county.get('/api/meetings?from=2026-11-01&to=2026-11-30')).json()), [cityMeeting]);
    assert.deepEqual(ids((await county.get(`/api/meetings?q=${encodeURIComponent('组织部')}`)).json()), [countyMeeting]);
    assert.deepEqual(ids((await county.get(`/api/meetings?q=${encodeURIComponent('王部长')}`)).json()), [cityMeeting]);
    const byTitle = (await city.get('/api/meetings?sort=title&order=asc')).json();
    assert.deepEqual(byTitle.items.map((m: { title: string }) => m.title), ['会泽县驻村工作座谈会（二）', '全市驻村工作推进会', '全市驻村经验交流会'].sort());
    const paged = (await city.get('/api/meetings?sort=heldOn&order=desc&pageSize=1')).json();
    assert.equal(paged.total, 3);
    assert.deepEqual(paged.items.map((m: { id: string }) => m.id), [cityMeeting]);
    assert.deepEqual(paths((await county.get('/api/meetings?kind=bad')).json()), ['kind']);
  });

  test('export opens as a workbook of the filtered rows and is on the audit trail', async () => {
    const response = await county.get('/api/meetings/export?kind=promotion');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('会议记录')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    assert.deepEqual(values(1).slice(0, 4), ['会议名称', '会议类别', '召开日期', '所属区域']);
    assert.deepEqual(values(2).slice(0, 4), ['全市驻村工作推进会', '工作推进会', '2026-11-20', '曲靖市']);
    assert.equal(sheet.rowCount, 2);
    const audit = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'meetings.export'));
    assert.equal(audit.length, 1);
    assert.equal((audit[0]!.after as { rows: number }).rows, 1);
    assert.equal((await county.get('/api/meetings/export?kind=bad')).statusCode, 400);
  });

  test('delete, with create, update and delete on the audit trail with what changed', async () => {
    // 娜姑镇 no longer sees it: its team was replaced by one from another township.
    assert.equal((await township.delete(`/api/meetings/${countyMeeting}`)).statusCode, 404);
    const [group] = await t.deps.db
      .insert(liaisonGroups)
      .values({ divisionCode: places.huize, kind: 'working_group', name: '会上成立的联络小组', establishedOn: '2026-01-01', meetingId: countyMeeting })
      .returning({ id: liaisonGroups.id });
    const refused = await county.delete(`/api/meetings/${countyMeeting}`);
    assert.deepEqual([refused.statusCode, refused.json().code], [409, 'MEETING_SET_UP_GROUPS']);
    await t.deps.db.update(liaisonGroups).set({ meetingId: null }).where(eq(liaisonGroups.id, group!.id));
    assert.equal((await county.delete(`/api/meetings/${countyMeeting}`)).statusCode, 204);
    assert.equal((await county.get(`/api/meetings/${countyMeeting}`)).statusCode, 404);
    assert.equal((await county.delete(`/api/meetings/${countyMeeting}`)).statusCode, 404);
    assert.equal((await t.deps.db.select().from(meetingTeams).where(eq(meetingTeams.meetingId, countyMeeting))).length, 0);
    const audits = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'meeting'), eq(auditEvents.entityId, countyMeeting)));
    assert.deepEqual(audits.map((a) => a.action).sort(), ['meetings.create', 'meetings.delete', 'meetings.update']);
    const update = audits.find((a) => a.action === 'meetings.update')!;
    assert.deepEqual((update.before as { teamIds: string[] }).teamIds, [tuoche]);
    assert.deepEqual((update.after as { teamIds: string[] }).teamIds, [longtan]);
    assert.deepEqual((audits.find((a) => a.action === 'meetings.delete')!.before as { teamIds: string[] }).teamIds, [longtan]);
  });
});
