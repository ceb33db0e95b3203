import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createCadre, createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { newsletters } from './newsletters.schema.ts';
import { insertNoticeTeam } from '../notices/notices.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();
const draft = { kind: 'first_secretary', title: '拖车村建成党员活动室', body: '拖车村新建党员活动室120平方米。\n\n群众议事有了固定场所。' };

describe('newsletters routes', () => {
  let t: TestApp;
  let leader: Session;
  let township: Session;
  let county: Session;
  let gaozhouCounty: Session;
  let teamId: string;
  let id: string;
  let token: string;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    const unit = await createUnit(t.deps, { name: '曲靖市中级人民法院', divisionCode: places.qujing });
    const cadre = await createCadre(t.deps, { unitId: unit.id, name: '张队长' });
    teamId = await insertNoticeTeam(t.deps, '驻拖车村工作队', places.naguVillage, [{ cadreId: cadre.id, role: 'leader' }]);
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage, cadreId: cadre.id });
    township = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouCounty = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
  });
  after(() => t.close());

  test('401 without a session; 400 with field paths and nothing saved', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/newsletters' })).statusCode, 401);
    const bad = await leader.post('/api/newsletters', { kind: 'gossip', title: '', body: '', teamId: 'x' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(paths(bad.json()), ['body', 'kind', 'teamId', 'title']);
    assert.equal((await t.deps.db.select().from(newsletters)).length, 0);
  });

  test('a draft is the author’s: his team’s village, hidden from the county and from the public', async () => {
    const created = await leader.post('/api/newsletters', draft);
    assert.equal(created.statusCode, 201);
    const view = created.json();
    id = view.id;
    assert.equal(view.teamId, teamId);
    assert.equal(view.divisionCode, places.naguVillage);
    assert.equal(view.state, 'draft');
    assert.equal(view.workflow, null);
    assert.deepEqual(view.abilities, { update: true, submit: true, return: false, publish: false });
    assert.equal((await county.get(`/api/newsletters/${id}`)).statusCode, 404);
    assert.equal((await county.post(`/api/newsletters/${id}/publish`)).statusCode, 404);
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/public/newsletters?division=${places.huize}` })).json().total, 0);
    const edited = await leader.put(`/api/newsletters/${id}`, { ...draft, title: '拖车村党员活动室投入使用' });
    assert.equal(edited.json().title, '拖车村党员活动室投入使用');
  });

  test('submitted: the county reviews it; another county does not see it; the author may not edit it', async () => {
    const submitted = await leader.post(`/api/newsletters/${id}/submit`);
    assert.equal(submitted.statusCode, 200);
    assert.equal(submitted.json().state, 'in_review');
    assert.equal((await leader.put(`/api/newsletters/${id}`, draft)).statusCode, 409);
    assert.equal((await county.get('/api/todos')).json().counts['/newsletters'], 1);
    assert.equal((await gaozhouCounty.get(`/api/newsletters/${id}`)).statusCode, 404);
    assert.equal((await gaozhouCounty.post(`/api/newsletters/${id}/return`, { reason: '不属本县' })).statusCode, 404);
    assert.equal((await township.post(`/api/newsletters/${id}/publish`)).statusCode, 403);
    const seen = (await county.get(`/api/newsletters/${id}`)).json();
    assert.deepEqual(seen.abilities, { update: false, submit: false, return: true, publish: true });
  });

  test('return needs a reason, which the history keeps; the author corrects and resubmits', async () => {
    const bare = await county.post(`/api/newsletters/${id}/return`, {});
    assert.equal(bare.statusCode, 400);
    assert.deepEqual(paths(bare.json()), ['reason']);
    assert.equal((await county.post(`/api/newsletters/${id}/return`, { reason: '  ' })).statusCode, 400);
    const returned = await county.post(`/api/newsletters/${id}/return`, { reason: '请补充活动室面积和投入资金' });
    assert.equal(returned.json().state, 'returned');
    const mine = (await leader.get(`/api/newsletters/${id}`)).json();
    assert.equal(mine.workflow.steps.at(-1).comment, '请补充活动室面积和投入资金');
    assert.equal((await leader.put(`/api/newsletters/${id}`, { ...draft, body: `${draft.body}\n\n投入资金5.6万元。` })).statusCode, 200);
    assert.equal((await leader.post(`/api/newsletters/${id}/submit`)).json().state, 'in_review');
  });

  test('publish: issue number of the county’s series, a public page without names', async () => {
    const published = await county.post(`/api/newsletters/${id}/publish`);
    assert.equal(published.statusCode, 200);
    const view = published.json();
    assert.equal(view.state, 'published');
    assert.equal(view.issueNo, 1);
    token = view.publicToken;
    assert.ok(token.length >= 32);
    assert.deepEqual(view.workflow.steps.map((s: { action: string }) => s.action), ['submit', 'return', 'resubmit', 'publish']);
    assert.equal((await county.post(`/api/newsletters/${id}/publish`)).statusCode, 409);
    const page = await t.app.inject({ method: 'GET', url: `/api/public/newsletters/${token}` });
    assert.equal(page.statusCode, 200);
    const shown = page.json();
    assert.equal(shown.issuerName, '会泽县');
    assert.equal(shown.issueNo, 1);
    assert.match(shown.body, /5\.6万元/);
    assert.equal('authorName' in shown, false);
    assert.doesNotMatch(page.body, /张队长/);
    const list = (await t.app.inject({ method: 'GET', url: `/api/public/newsletters?division=${places.huize}` })).json();
    assert.equal(list.regionName, '会泽县');
    assert.deepEqual(list.items.map((n: { token: string }) => n.token), [token]);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/public/newsletters?division=1' })).statusCode, 400);
  });

  test('the next issue of the series takes the next number; a draft and an unknown token are not public', async () => {
    const second = (await township.post('/api/newsletters', { ...draft, title: '娜姑镇驻村工作简讯' })).json();
    assert.equal(second.divisionCode, places.nagu);
    await township.post(`/api/newsletters/${second.id}/submit`);
    assert.equal((await county.post(`/api/newsletters/${second.id}/publish`)).json().issueNo, 2);
    const other = (await township.post('/api/newsletters', { ...draft, kind: 'poverty_alleviation', title: '娜姑镇扶贫动态' })).json();
    assert.equal(other.publicToken, null);
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/public/newsletters/${'x'.repeat(32)}` })).statusCode, 404);
    const listed = (await county.get('/api/newsletters?state=published&sort=issueNo&order=asc')).json();
    assert.deepEqual(listed.items.map((n: { issueNo: number }) => n.issueNo), [1, 2]);
    assert.equal((await county.get('/api/newsletters?kind=poverty_alleviation')).json().total, 0);
    const file = await county.get('/api/newsletters/export?state=published');
    assert.equal(file.statusCode, 200);
    assert.match(String(file.headers['content-type']), /spreadsheetml/);
    assert.deepEqual(paths((await county.get('/api/newsletters/export?kind=x')).json()), ['kind']);
  });
});
