import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { places, sessionAs } from '../../test/factories.ts';
import { sheetRows } from '../../test/xlsx.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { evaluationAdjustments, evaluations } from './evaluations.schema.ts';
import { evaluationsFixture } from './evaluations.fixture.ts';
import { defaultRubric } from './evaluations.rules.ts';

type Field = { path: string; message: string };
type Item = { key: string; score: number | null; computedScore: number | null; source: string; evidence: { figures: Record<string, number>; links: { href: string }[] } };
const paths = (body: { fields?: Field[] }) => [...new Set((body.fields ?? []).map((f) => f.path))].sort();
const itemsOf = (body: { items: Item[] }) => new Map(body.items.map((i) => [i.key, i]));

describe('evaluations routes', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof evaluationsFixture>>;
  let county: Session;
  let gaozhouCounty: Session;
  let township: Session;
  let city: Session;
  let leader: Session;
  let member: Session;
  let id: string;

  before(async () => {
    t = await createTestApp();
    world = await evaluationsFixture(t.deps);
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouCounty = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    township = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    city = await sessionAs(t.app, t.deps, ['city_org'], { division: places.qujing });
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage, cadreId: world.leader.id });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage, cadreId: world.member.id });
  });
  after(() => t.close());

  test('rubric: the default sums to 100; a county sets its own, checked to 100 with field paths', async () => {
    const fallback = (await township.get(`/api/evaluations/rubric?divisionCode=${places.huize}`)).json();
    assert.equal(fallback.origin, 'default');
    assert.equal(fallback.editable, false);
    assert.equal(fallback.items.reduce((s: number, i: { maxScore: number }) => s + i.maxScore, 0), 100);
    assert.equal((await gaozhouCounty.get(`/api/evaluations/rubric?divisionCode=${places.huize}`)).statusCode, 404);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/evaluations/rubric' })).statusCode, 401);
    const items = defaultRubric.map((item) => ({ ...item }));
    const wrong = await county.put('/api/evaluations/rubric', { divisionCode: places.huize, name: '会泽县细则', items: [...items.slice(0, 10), { ...items[0]!, maxScore: 4 }] });
    assert.equal(wrong.statusCode, 400);
    assert.deepEqual(paths(wrong.json()), ['items', 'items.10.key']);
    assert.deepEqual(paths((await county.put('/api/evaluations/rubric', { divisionCode: places.huize, name: '', items: [{ ...items[0]!, maxScore: -1 }] })).json()), ['items.0.maxScore', 'name']);
    assert.equal((await township.put('/api/evaluations/rubric', { divisionCode: places.huize, name: '会泽县细则', items })).statusCode, 403);
    assert.equal((await gaozhouCounty.put('/api/evaluations/rubric', { divisionCode: places.huize, name: '会泽县细则', items })).statusCode, 404);
    const saved = await county.put('/api/evaluations/rubric', { divisionCode: places.huize, name: '会泽县驻村干部季度测评细则', items });
    assert.equal(saved.statusCode, 200);
    assert.deepEqual([saved.json().origin, saved.json().editable], ['own', true]);
  });

  test('opening a quarter: county only, in scope, a started quarter, once', async () => {
    const body = { divisionCode: places.huize, year: 2026, quarter: 2 };
    assert.equal((await t.app.inject({ method: 'POST', url: '/api/evaluations', payload: body })).statusCode, 401);
    assert.equal((await township.post('/api/evaluations', body)).statusCode, 403);
    assert.equal((await gaozhouCounty.post('/api/evaluations', body)).statusCode, 404);
    const bad = await county.post('/api/evaluations', { divisionCode: places.huize, year: 2030, quarter: 1 });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(paths(bad.json()), ['quarter']);
    assert.deepEqual(paths((await county.post('/api/evaluations', { divisionCode: places.nagu, year: 2026, quarter: 2 })).json()), ['divisionCode']);
    const opened = await county.post('/api/evaluations', body);
    assert.equal(opened.statusCode, 201);
    id = opened.json().id;
    assert.equal(opened.json().cadreCount, 2);
    assert.equal(opened.json().missingCount, 4);
    assert.equal((await county.post('/api/evaluations', body)).statusCode, 409);
    const [audit] = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'evaluations.open'));
    assert.equal(audit?.entityId, id);
  });

  test('computed from the evidence: figures, scores and links to the records', async () => {
    const lead = itemsOf((await county.get(`/api/evaluations/${id}/cadres/${world.leader.id}`)).json());
    assert.deepEqual(lead.get('presence_days')!.evidence.figures, { days: 30, target: 60 });
    assert.equal(lead.get('presence_days')!.score, 10);
    assert.ok(lead.get('presence_days')!.evidence.links.some((l) => l.href === `/presence?cadreId=${world.leader.id}&month=2026-04`));
    assert.deepEqual([lead.get('visits')!.evidence.figures.visited, lead.get('visits')!.evidence.figures.households], [2, 3]);
    assert.equal(lead.get('diaries')!.score, 5);
    assert.equal(lead.get('reports_on_time')!.score, 3.33);
    assert.equal(lead.get('org_life')!.score, 1.67);
    assert.deepEqual([lead.get('leave')!.score, lead.get('inspection_findings')!.score, lead.get('criticisms')!.score], [5, 10, 5]);
    assert.equal(lead.get('mass_rating')!.evidence.figures.percent, 83.3);
    assert.equal(lead.get('mass_rating')!.score, 8.33);
    assert.deepEqual([lead.get('township_score')!.score, lead.get('township_score')!.source], [null, 'township']);
    const mem = itemsOf((await county.get(`/api/evaluations/${id}/cadres/${world.member.id}`)).json());
    assert.deepEqual([mem.get('presence_days')!.score, mem.get('leave')!.score, mem.get('inspection_findings')!.score], [0, 3, 8]);
    assert.deepEqual(mem.get('inspection_findings')!.evidence.figures, { absences: 1, deductPer: 2 });
    assert.equal((await gaozhouCounty.get(`/api/evaluations/${id}/cadres/${world.leader.id}`)).statusCode, 404);
    assert.equal((await county.get(`/api/evaluations/${id}/cadres/${world.gaozhouCadre.id}`)).statusCode, 404);
  });

  test('ranking: ranks within county, township, team and village; filters; who may read', async () => {
    const detail = (await township.get(`/api/evaluations/${id}?sort=rank&order=asc`)).json();
    assert.equal(detail.ranking.total, 2);
    assert.deepEqual(detail.ranking.items.map((r: { cadreName: string; rank: { county: number; team: number } }) => [r.cadreName, r.rank.county, r.rank.team]), [
      ['张队长', 1, 1],
      ['李队员', 2, 2],
    ]);
    assert.deepEqual([detail.abilities.scoreTownship, detail.abilities.confirm], [true, false]);
    assert.equal((await city.get(`/api/evaluations/${id}?divisionCode=${places.nagu}&pageSize=1`)).json().ranking.items.length, 1);
    assert.equal((await city.get(`/api/evaluations/${id}?divisionCode=${places.changliu}`)).json().ranking.total, 0);
    assert.equal((await gaozhouCounty.get(`/api/evaluations/${id}`)).statusCode, 404);
    assert.equal((await leader.get(`/api/evaluations/${id}`)).statusCode, 403);
    assert.equal((await leader.get('/api/evaluations')).statusCode, 403);
    assert.equal((await county.get('/api/evaluations?year=2026&quarter=2')).json().total, 1);
    assert.equal((await gaozhouCounty.get('/api/evaluations')).json().total, 0);
    const sheet = await sheetRows(await county.get(`/api/evaluations/${id}/export`));
    assert.ok(sheet[0]!.includes('总分'));
    assert.equal(sheet.length, 3);
  });

  test('scores: the township its items for its villages, the county its own; range-checked; all or nothing', async () => {
    const entry = (cadreId: string, itemKey: string, score: number) => ({ cadreId, itemKey, score });
    assert.equal((await county.put(`/api/evaluations/${id}/scores`, [entry(world.leader.id, 'township_score', 8)])).statusCode, 403);
    const over = await township.put(`/api/evaluations/${id}/scores`, [entry(world.leader.id, 'township_score', 8), entry(world.member.id, 'township_score', 11)]);
    assert.equal(over.statusCode, 400);
    assert.deepEqual(paths(over.json()), ['1.score']);
    assert.equal((await township.put(`/api/evaluations/${id}/scores`, [entry(world.leader.id, 'county_score', 4)])).statusCode, 403);
    const ok = await township.put(`/api/evaluations/${id}/scores`, [entry(world.leader.id, 'township_score', 9), entry(world.member.id, 'township_score', 7.5)]);
    assert.deepEqual([ok.statusCode, ok.json().saved], [200, 2]);
    assert.equal((await county.put(`/api/evaluations/${id}/scores`, [entry(world.leader.id, 'county_score', 4)])).statusCode, 200);
  });

  test('adjustment: county only, a reason of four characters at least, kept with who and why; recompute leaves it', async () => {
    const body = { cadreId: world.member.id, itemKey: 'presence_days', score: 12, reason: '补' };
    const short = await county.post(`/api/evaluations/${id}/adjustments`, body);
    assert.equal(short.statusCode, 400);
    assert.deepEqual(paths(short.json()), ['reason']);
    assert.equal((await township.post(`/api/evaluations/${id}/adjustments`, { ...body, reason: '补登在岗记录' })).statusCode, 403);
    assert.deepEqual(paths((await county.post(`/api/evaluations/${id}/adjustments`, { ...body, score: 21, reason: '补登在岗记录' })).json()), ['score']);
    const made = await county.post(`/api/evaluations/${id}/adjustments`, { ...body, reason: '外出培训期间在岗记录未登记，据培训通知核实' });
    assert.equal(made.statusCode, 201);
    const items = itemsOf(made.json());
    assert.deepEqual([items.get('presence_days')!.score, items.get('presence_days')!.computedScore], [12, 0]);
    assert.equal(made.json().adjustments[0].before, 0);
    assert.equal((await t.deps.db.select().from(evaluationAdjustments)).length, 1);
    assert.equal((await county.post(`/api/evaluations/${id}/recompute`)).statusCode, 200);
    assert.equal(itemsOf((await county.get(`/api/evaluations/${id}/cadres/${world.member.id}`)).json()).get('presence_days')!.score, 12);
    assert.equal((await township.post(`/api/evaluations/${id}/recompute`)).statusCode, 403);
  });

  test('confirm needs every item scored; publish after confirm; nothing for the team before, only his own after', async () => {
    const early = await county.post(`/api/evaluations/${id}/confirm`);
    assert.equal(early.statusCode, 409);
    assert.match(early.json().message, /还有 1 项/);
    assert.equal((await county.post(`/api/evaluations/${id}/publish`)).statusCode, 409);
    await county.put(`/api/evaluations/${id}/scores`, [{ cadreId: world.member.id, itemKey: 'county_score', score: 3 }]);
    assert.equal((await county.post(`/api/evaluations/${id}/confirm`)).json().state, 'confirmed');
    assert.equal((await township.put(`/api/evaluations/${id}/scores`, [{ cadreId: world.leader.id, itemKey: 'township_score', score: 10 }])).statusCode, 409);
    assert.deepEqual((await leader.get('/api/evaluations/mine')).json(), { items: [], total: 0 });
    assert.equal((await county.get('/api/evaluations/mine')).statusCode, 403);
    const published = await county.post(`/api/evaluations/${id}/publish`);
    assert.equal(published.json().state, 'published');
    const [row] = await t.deps.db.select().from(evaluations).where(eq(evaluations.id, id));
    assert.ok(row?.publishedAt);
    const mine = (await leader.get('/api/evaluations/mine')).json();
    assert.equal(mine.total, 1);
    assert.deepEqual([mine.items[0].rank, mine.items[0].rankedCount], [1, 2]);
    assert.equal(mine.items[0].items.length, defaultRubric.length);
    const theirs = (await member.get('/api/evaluations/mine')).json();
    assert.equal(theirs.items[0].rank, 2);
    assert.equal(theirs.items[0].items.find((i: Item) => i.key === 'presence_days').score, 12);
    assert.equal(JSON.stringify(theirs).includes(world.leader.id), false);
    const late = await county.post(`/api/evaluations/${id}/adjustments`, { cadreId: world.member.id, itemKey: 'diaries', score: 5, reason: '补交民情日记' });
    assert.equal(late.statusCode, 409);
  });
});
