import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { orgLifeRecords } from './org-life.schema.ts';
import { insertBranch, multipart, samplePng, type BranchWorld } from './org-life.fixture.ts';
import { addDays, isoWeekOf, monthPeriod } from './org-life.calendar.ts';
import { orgLifeToday } from './org-life.rules.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();

describe('org-life routes', () => {
  let t: TestApp;
  let branch: BranchWorld;
  let foreign: BranchWorld;
  let secretary: Session;
  let committee: Session;
  let plainMember: Session;
  let county: Session;
  let gaozhouCounty: Session;
  let viewer: Session;
  const today = orgLifeToday();

  const body = (overrides: Record<string, unknown> = {}) => ({
    partyOrgId: branch.orgId,
    kind: 'theme_day',
    heldOn: today,
    topic: '学习贯彻党的二十届四中全会精神',
    tasks: ['theory_study', 'policy_publicity'],
    attendeeIds: [branch.secretary, branch.committee],
    absentees: [{ cadreId: branch.member, reason: '入户走访' }],
    ...overrides,
  });

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    const unit = await createUnit(t.deps, { name: '会泽县应急管理局' });
    const gdUnit = await createUnit(t.deps, { name: '高州市应急管理局', divisionCode: places.gaozhou });
    branch = await insertBranch(t.deps, { divisionCode: places.naguVillage, unitId: unit.id, establishedOn: '2025-01-01' });
    foreign = await insertBranch(t.deps, { divisionCode: places.changliu, unitId: gdUnit.id });
    secretary = await sessionAs(t.app, t.deps, ['branch_secretary'], { division: places.naguVillage, cadreId: branch.secretary });
    committee = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage, cadreId: branch.committee });
    plainMember = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage, cadreId: branch.member });
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouCounty = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    viewer = await sessionAs(t.app, t.deps, ['viewer'], { division: places.huize });
  });
  after(() => t.close());

  test('who may write: secretary, committee member and the county; not a plain member nor a viewer', async () => {
    const made = await secretary.post('/api/org-life', body());
    assert.equal(made.statusCode, 201, made.body);
    assert.deepEqual(made.json().absentees.map((a: { name: string; reason: string }) => [a.name, a.reason]), [['赵党员', '入户走访']]);
    assert.equal((await committee.post('/api/org-life', body({ kind: 'committee_meeting' }))).statusCode, 201);
    assert.equal((await county.post('/api/org-life', body({ kind: 'group_meeting' }))).statusCode, 201);
    assert.equal((await plainMember.post('/api/org-life', body())).statusCode, 403);
    assert.equal((await viewer.post('/api/org-life', body())).statusCode, 403);
    const audits = await t.deps.db.select().from(auditEvents);
    assert.equal(audits.filter((a) => a.action === 'org_life.create').length, 3);
    const id = made.json().id;
    const changed = await committee.put(`/api/org-life/${id}`, { ...body({ topic: '学习防止返贫动态监测政策' }), partyOrgId: undefined });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json().topic, '学习防止返贫动态监测政策');
    assert.equal((await plainMember.delete(`/api/org-life/${id}`)).statusCode, 403);
    assert.equal((await secretary.delete(`/api/org-life/${id}`)).statusCode, 204);
  });

  test('400: an absentee needs a reason; attendees must be members; nobody both; nothing saved', async () => {
    const before = (await t.deps.db.select().from(orgLifeRecords)).length;
    const noReason = await secretary.post('/api/org-life', body({ absentees: [{ cadreId: branch.member, reason: '' }] }));
    assert.equal(noReason.statusCode, 400);
    assert.deepEqual(paths(noReason.json()), ['absentees.0.reason']);
    const stranger = await secretary.post('/api/org-life', body({ attendeeIds: [branch.secretary, branch.outsider] }));
    assert.equal(stranger.statusCode, 400);
    assert.deepEqual(paths(stranger.json()), ['attendeeIds.1']);
    assert.match(stranger.json().fields[0].message, /不是本支部党员/);
    const both = await secretary.post('/api/org-life', body({ absentees: [{ cadreId: branch.secretary, reason: '出差' }] }));
    assert.deepEqual(paths(both.json()), ['absentees.0.cadreId']);
    const earlyMakeUp = await secretary.post('/api/org-life', body({ heldOn: '2025-03-05', absentees: [{ cadreId: branch.member, reason: '病假', madeUpOn: '2025-03-01' }] }));
    assert.deepEqual(paths(earlyMakeUp.json()), ['absentees.0.madeUpOn']);
    assert.deepEqual(paths((await secretary.post('/api/org-life', body({ heldOn: addDays(today, 1) }))).json()), ['heldOn']);
    assert.deepEqual(paths((await secretary.post('/api/org-life', body({ kind: 'picnic', topic: ' ' }))).json()), ['kind', 'topic']);
    assert.equal((await t.deps.db.select().from(orgLifeRecords)).length, before);
  });

  test('photos are optional: a record saves without one; a PNG may be added, read and removed by a writer', async () => {
    const made = await secretary.post('/api/org-life', body({ kind: 'volunteer_labour', absentees: [] }));
    assert.equal(made.statusCode, 201);
    assert.deepEqual(made.json().photos, []);
    const url = `/api/org-life/${made.json().id}/photos`;
    const upload = (name: string, data: Buffer, who: Session) => {
      const form = multipart(name, data);
      return who.request('POST', url, form.payload, { 'content-type': form.contentType });
    };
    assert.equal((await upload('劳动.png', samplePng, plainMember)).statusCode, 403);
    const text = await upload('纪要.txt', Buffer.from('会议纪要'), secretary);
    assert.equal(text.statusCode, 400);
    const stored = await upload('劳动.png', samplePng, secretary);
    assert.equal(stored.statusCode, 201, stored.body);
    const photo = stored.json();
    assert.equal((await viewer.get(`${url}/${photo.id}`)).statusCode, 200);
    assert.equal((await gaozhouCounty.get(`${url}/${photo.id}`)).statusCode, 404);
    assert.equal((await secretary.get(`/api/org-life/${made.json().id}`)).json().photos.length, 1);
    assert.equal((await secretary.delete(`${url}/${photo.id}`)).statusCode, 204);
    assert.equal((await secretary.delete(`${url}/${photo.id}`)).statusCode, 404);
    assert.equal((await secretary.delete(`/api/org-life/${made.json().id}`)).statusCode, 204);
  });

  test('a branch outside scope answers 404', async () => {
    assert.equal((await secretary.post('/api/org-life', body({ partyOrgId: foreign.orgId, attendeeIds: [], absentees: [] }))).statusCode, 404);
    assert.equal((await county.get(`/api/six-ones?partyOrgId=${foreign.orgId}`)).statusCode, 404);
    assert.equal((await county.get(`/api/org-life/frequencies?partyOrgId=${foreign.orgId}`)).statusCode, 404);
    assert.equal((await county.get(`/api/six-ones/${foreign.orgId}/reports`)).statusCode, 404);
    const list = (await gaozhouCounty.get('/api/org-life')).json();
    assert.equal(list.items.filter((i: { partyOrgId: string }) => i.partyOrgId === branch.orgId).length, 0);
  });

  test('the list filters by branch, kind, task and dates, and exports', async () => {
    const list = await county.get(`/api/org-life?partyOrgId=${branch.orgId}&kind=committee_meeting&task=theory_study&dateFrom=${today}&dateTo=${today}`);
    assert.equal(list.statusCode, 200);
    assert.equal(list.json().total, 1);
    assert.equal((await county.get('/api/org-life?task=serving_people')).json().total, 0);
    const exported = await county.get('/api/org-life/export');
    assert.equal(exported.statusCode, 200);
    assert.match(String(exported.headers['content-type']), /spreadsheetml/);
  });

  test('frequencies: defaults, configured by the county, refused to the secretary', async () => {
    const defaults = (await secretary.get(`/api/org-life/frequencies?partyOrgId=${branch.orgId}`)).json();
    assert.equal(defaults.items.length, 8);
    assert.equal(defaults.abilities.configure, false);
    const put = { items: [{ kind: 'theme_day', period: 'month', times: 2 }] };
    assert.equal((await secretary.put(`/api/org-life/frequencies?partyOrgId=${branch.orgId}`, put)).statusCode, 403);
    const saved = await county.put(`/api/org-life/frequencies?partyOrgId=${branch.orgId}`, put);
    assert.equal(saved.statusCode, 200, saved.body);
    assert.deepEqual(saved.json().items.find((i: { kind: string }) => i.kind === 'theme_day'), { kind: 'theme_day', period: 'month', times: 2, custom: true });
    const dup = await county.put(`/api/org-life/frequencies?partyOrgId=${branch.orgId}`, { items: [put.items[0], put.items[0]] });
    assert.deepEqual(paths(dup.json()), ['items.1.kind']);
    assert.equal((await county.put(`/api/org-life/frequencies?partyOrgId=${branch.orgId}`, { items: [] })).json().items.every((i: { custom: boolean }) => !i.custom), true);
  });

  test('six-ones: the theme-day numbers move after recording one in a month that lacked it', async () => {
    const month = monthPeriod(2025, 8);
    const themeOf = async () => (await secretary.get(`/api/six-ones?partyOrgId=${branch.orgId}&year=2025`)).json().items.find((i: { item: string }) => i.item === 'monthly_theme_day');
    const before = await themeOf();
    assert.equal(before.required, 12);
    assert.ok(before.missing.includes(month.label));
    assert.equal((await secretary.post('/api/org-life', body({ heldOn: '2025-08-01', absentees: [] }))).statusCode, 201);
    const after = await themeOf();
    assert.equal(after.done, before.done + 1);
    assert.ok(!after.missing.includes(month.label));
    const summary = (await county.get('/api/six-ones?year=2025')).json();
    assert.deepEqual(summary.items.map((i: { partyOrgId: string }) => i.partyOrgId), [branch.orgId]);
  });

  test('reports: preview, issue once per period, no future period, read back', async () => {
    const week = isoWeekOf(addDays(today, -7)).label;
    const preview = await secretary.get(`/api/six-ones/${branch.orgId}/reports/preview?kind=weekly_notice&period=${week}`);
    assert.equal(preview.statusCode, 200, preview.body);
    assert.equal(preview.json().body.memberCount, 3);
    const issued = await secretary.post(`/api/six-ones/${branch.orgId}/reports`, { kind: 'weekly_notice', period: week });
    assert.equal(issued.statusCode, 201, issued.body);
    assert.equal((await secretary.post(`/api/six-ones/${branch.orgId}/reports`, { kind: 'weekly_notice', period: week })).statusCode, 409);
    const future = await secretary.post(`/api/six-ones/${branch.orgId}/reports`, { kind: 'weekly_notice', period: isoWeekOf(addDays(today, 14)).label });
    assert.equal(future.statusCode, 400);
    assert.equal((await secretary.post(`/api/six-ones/${branch.orgId}/reports`, { kind: 'monthly_report', period: week })).statusCode, 400);
    assert.equal((await viewer.post(`/api/six-ones/${branch.orgId}/reports`, { kind: 'monthly_report', period: '2025-06' })).statusCode, 403);
    const monthly = await secretary.post(`/api/six-ones/${branch.orgId}/reports`, { kind: 'monthly_report', period: '2025-08' });
    assert.equal(monthly.statusCode, 201);
    assert.equal(monthly.json().body.records.length, 1);
    const list = (await viewer.get(`/api/six-ones/${branch.orgId}/reports`)).json();
    assert.equal(list.items.length, 2);
    const one = await viewer.get(`/api/six-ones/${branch.orgId}/reports/${monthly.json().id}`);
    assert.equal(one.json().body.period, '2025-08');
    assert.equal((await county.get(`/api/six-ones/${branch.orgId}/reports/${monthly.json().id}/export`)).statusCode, 200);
  });

  test('to-dos: the secretary sees last periods not met and last month’s report not issued', async () => {
    const todos = (await secretary.get('/api/todos')).json();
    const titles: string[] = todos.items.filter((i: { kind: string }) => i.kind.startsWith('org_life')).map((i: { title: string }) => i.title);
    assert.ok(titles.some((title) => title.includes('上周未记录每周学习')), titles.join('\n'));
    assert.ok(titles.some((title) => title.includes('尚未向党组报告')));
    assert.equal((await viewer.get('/api/todos')).json().items.filter((i: { kind: string }) => i.kind.startsWith('org_life')).length, 0);
  });
});
