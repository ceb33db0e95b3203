import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createCadre, createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { notices } from './notices.schema.ts';
import { insertNoticeTeam } from './notices.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();

describe('notices routes', () => {
  let t: TestApp;
  let county: Session;
  let township: Session;
  let gaozhouCounty: Session;
  let leader: Session;
  let member: Session;
  let gaozhouMember: Session;
  let tuocheTeam: string;
  let noticeId: string;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    const unit = await createUnit(t.deps, { name: '曲靖市中级人民法院', divisionCode: places.qujing });
    const leaderCadre = await createCadre(t.deps, { unitId: unit.id, name: '张队长' });
    const memberCadre = await createCadre(t.deps, { unitId: unit.id, name: '李队员' });
    const gaozhouCadre = await createCadre(t.deps, { unitId: unit.id, name: '陈长流', divisionCode: places.gaozhou });
    tuocheTeam = await insertNoticeTeam(t.deps, '驻拖车村工作队', places.naguVillage, [
      { cadreId: leaderCadre.id, role: 'leader' },
      { cadreId: memberCadre.id, role: 'member' },
    ]);
    await insertNoticeTeam(t.deps, '驻长流村工作队', places.changliu, [{ cadreId: gaozhouCadre.id, role: 'leader' }]);
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    township = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    gaozhouCounty = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage, cadreId: leaderCadre.id });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage, cadreId: memberCadre.id });
    gaozhouMember = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.changliu, cadreId: gaozhouCadre.id });
  });
  after(() => t.close());

  test('401 without a session; 403 for a team member drafting', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/notices' })).statusCode, 401);
    assert.equal((await member.post('/api/notices', { title: '通知', body: '正文' })).statusCode, 403);
  });

  test('400 with field paths; a region outside the scope is refused; nothing saved', async () => {
    const empty = await county.post('/api/notices', { title: '', body: '' });
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(paths(empty.json()), ['body', 'title']);
    const far = await county.post('/api/notices', { title: '通知', body: '正文', divisionCode: places.gaozhou });
    assert.deepEqual(paths(far.json()), ['divisionCode']);
    assert.equal((await t.deps.db.select().from(notices)).length, 0);
  });

  test('a draft: written for the own county, edited, not seen by teams, deleted', async () => {
    const created = await county.post('/api/notices', { title: '关于报送季度工作总结的通知', body: '请于月底前报送。' });
    assert.equal(created.statusCode, 201);
    const draft = created.json();
    assert.equal(draft.divisionCode, places.huize);
    assert.deepEqual(draft.abilities, { update: true, issue: true, receipts: false });
    noticeId = draft.id;
    const edited = await county.put(`/api/notices/${noticeId}`, { title: '关于报送2026年第四季度工作总结的通知', body: '请于12月25日前报送。' });
    assert.equal(edited.json().title, '关于报送2026年第四季度工作总结的通知');
    assert.equal((await leader.get(`/api/notices/${noticeId}`)).statusCode, 404);
    assert.equal((await gaozhouCounty.get(`/api/notices/${noticeId}`)).statusCode, 404);
    assert.equal((await gaozhouCounty.put(`/api/notices/${noticeId}`, { title: '改', body: '改' })).statusCode, 404);
    const spare = (await township.post('/api/notices', { title: '临时草稿', body: '无' })).json();
    assert.equal(spare.divisionCode, places.nagu);
    assert.equal((await township.delete(`/api/notices/${spare.id}`)).statusCode, 204);
    assert.equal((await township.get(`/api/notices/${spare.id}`)).statusCode, 404);
  });

  test('issue: every active team of the region receives it; once only', async () => {
    assert.equal((await gaozhouCounty.post(`/api/notices/${noticeId}/issue`)).statusCode, 404);
    const issued = await county.post(`/api/notices/${noticeId}/issue`);
    assert.equal(issued.statusCode, 200);
    assert.equal(issued.json().state, 'issued');
    assert.equal(issued.json().recipientCount, 1);
    assert.ok(issued.json().issuedAt);
    const again = await county.post(`/api/notices/${noticeId}/issue`);
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'NOTICE_ISSUED');
    assert.equal((await county.put(`/api/notices/${noticeId}`, { title: '改', body: '改' })).statusCode, 409);
    assert.equal((await gaozhouCounty.post('/api/notices', { title: '高州通知', body: '正文' })).statusCode, 201);
  });

  test('no active team in the region: 409', async () => {
    const [row] = await t.deps.db.insert(notices).values({ divisionCode: places.zhenjiang, title: '镇江镇通知', body: '正文' }).returning();
    const result = await gaozhouCounty.post(`/api/notices/${row!.id}/issue`);
    assert.equal(result.statusCode, 409);
    assert.equal(result.json().code, 'NOTICE_NO_TEAMS');
  });

  test('the team sees it unread, with a to-do; the first opening is the receipt, audited once', async () => {
    const list = (await member.get('/api/notices?read=unread')).json();
    assert.deepEqual(list.items.map((n: { id: string }) => n.id), [noticeId]);
    assert.equal(list.items[0].myTeamReadAt, null);
    const todos = (await leader.get('/api/todos')).json();
    assert.equal(todos.counts['/notices'], 1);
    assert.equal((await gaozhouMember.get('/api/notices')).json().total, 0);
    assert.equal((await gaozhouMember.get(`/api/notices/${noticeId}`)).statusCode, 404);
    const receiptsBefore = (await county.get(`/api/notices/${noticeId}/receipts?unread=true`)).json();
    assert.equal(receiptsBefore.total, 1);
    assert.equal(receiptsBefore.items[0].teamId, tuocheTeam);
    const opened = (await member.get(`/api/notices/${noticeId}`)).json();
    assert.ok(opened.myTeamReadAt);
    assert.equal(opened.body, '请于12月25日前报送。');
    await leader.get(`/api/notices/${noticeId}`);
    const receipts = (await county.get(`/api/notices/${noticeId}/receipts`)).json();
    assert.equal(receipts.items[0].readByName, (await member.get('/api/auth/me')).json().displayName);
    assert.equal(receipts.items[0].villageName, '拖车村村民委员会');
    assert.equal((await county.get(`/api/notices/${noticeId}/receipts?unread=true`)).json().items.length, 0);
    assert.equal((await leader.get('/api/todos')).json().counts['/notices'] ?? 0, 0);
    assert.equal((await member.get('/api/notices?read=read')).json().total, 1);
    const audits = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, noticeId));
    assert.deepEqual(audits.map((a) => a.action).sort(), ['notices.create', 'notices.issue', 'notices.read_receipt', 'notices.update']);
  });

  test('senders: counts in the list, filters; receipts are not for teams or other counties; export', async () => {
    const list = (await county.get('/api/notices?state=issued&q=季度')).json();
    assert.equal(list.total, 1);
    assert.equal(list.items[0].readCount, 1);
    assert.equal(list.items[0].regionName, '会泽县');
    assert.equal((await county.get('/api/notices?state=bad')).statusCode, 400);
    assert.deepEqual(paths((await county.get('/api/notices?state=bad')).json()), ['state']);
    assert.equal((await township.get('/api/notices')).json().total, 0);
    assert.equal((await leader.get(`/api/notices/${noticeId}/receipts`)).statusCode, 403);
    assert.equal((await gaozhouCounty.get(`/api/notices/${noticeId}/receipts`)).statusCode, 404);
    const sheet = await county.get('/api/notices/export?state=issued');
    assert.equal(sheet.statusCode, 200);
    assert.match(String(sheet.headers['content-type']), /spreadsheetml/);
    assert.equal((await county.get('/api/notices/export?state=bad')).statusCode, 400);
    const file = await county.get(`/api/notices/${noticeId}/receipts/export`);
    assert.equal(file.statusCode, 200);
    assert.match(String(file.headers['content-type']), /spreadsheetml/);
  });
});
