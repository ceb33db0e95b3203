import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, isNull } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { places, sessionAs } from '../../test/factories.ts';
import { teamMembers } from '../teams/index.ts';
import { cadres } from '../cadres/index.ts';
import { selectionFixture, slotBody, type SelectionFixture } from './selection.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path);
const vetting = { politics: '政治立场坚定', workStyle: '作风扎实', ability: '熟悉法律业务', health: '身体健康' };

describe('selection routes', () => {
  let t: TestApp;
  let f: SelectionFixture;
  let huizeOrg: Session;
  let huizeOrg2: Session;
  let gaozhouOrg: Session;
  let courtParty: Session;
  let bureauParty: Session;
  let naguParty: Session;
  let slotId: string;

  before(async () => {
    t = await createTestApp();
    f = await selectionFixture(t.deps);
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    huizeOrg2 = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    courtParty = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: f.court.id });
    bureauParty = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: f.bureau.id });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
  });
  after(() => t.close());

  const act = (s: Session, id: string, body: Record<string, unknown>) => s.post(`/api/selection/nominations/${id}/actions`, body);

  test('401 without a session on every route', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, url] of [
      ['GET', '/api/selection/slots'],
      ['GET', '/api/selection/slots/export'],
      ['GET', `/api/selection/slots/${id}`],
      ['POST', '/api/selection/slots'],
      ['POST', `/api/selection/slots/${id}/close`],
      ['POST', `/api/selection/slots/${id}/nominations`],
      ['GET', '/api/selection/nominations'],
      ['GET', '/api/selection/nominations/export'],
      ['GET', `/api/selection/nominations/${id}`],
      ['POST', `/api/selection/nominations/${id}/actions`],
      ['POST', `/api/selection/nominations/${id}/replace`],
      ['GET', `/api/selection/cadres/${id}/timeline`],
      ['GET', `/api/selection/match/village/${places.naguVillage}`],
      ['GET', `/api/selection/match/cadre/${id}`],
    ] as const) {
      // A valid body: the shape is checked before the session.
      const payload = url.endsWith('/slots') ? slotBody(f) : url.endsWith('/actions') ? { action: 'approve' } : { cadreId: id };
      const response = await t.app.inject({ method, url, ...(method === 'POST' ? { payload } : {}) });
      assert.equal(response.statusCode, 401, `${method} ${url} ${response.body}`);
    }
  });

  test('creating a slot: 403 for a unit, 400 names the fields, 201 for the county', async () => {
    assert.equal((await courtParty.post('/api/selection/slots', slotBody(f))).statusCode, 403);
    const shape = await huizeOrg.post('/api/selection/slots', slotBody(f, { villageCode: '123', role: 'boss' }));
    assert.equal(shape.statusCode, 400);
    assert.deepEqual(paths(shape.json()).sort(), ['role', 'villageCode']);
    const otherVillage = await huizeOrg.post('/api/selection/slots', slotBody(f, { villageCode: '530326102205' }));
    assert.deepEqual(paths(otherVillage.json()).sort(), ['teamId', 'villageCode']);
    const outside = await huizeOrg.post('/api/selection/slots', slotBody(f, { villageCode: places.changliu, teamId: null, termEnd: '2024-01-01' }));
    assert.equal(outside.statusCode, 400);
    assert.deepEqual(paths(outside.json()).sort(), ['termEnd', 'villageCode']);
    const created = await huizeOrg.post('/api/selection/slots', slotBody(f));
    assert.equal(created.statusCode, 201, created.body);
    slotId = created.json().id;
    assert.equal(created.json().status, 'open');
    assert.equal(created.json().teamName, '拖车村驻村工作队');
    assert.equal(created.json().abilities.manage, true);
  });

  test('scope: another county gets 404, the asked unit and the township see the slot, another unit does not', async () => {
    assert.equal((await gaozhouOrg.get(`/api/selection/slots/${slotId}`)).statusCode, 404);
    assert.equal((await bureauParty.get(`/api/selection/slots/${slotId}`)).statusCode, 404);
    const asUnit = await courtParty.get(`/api/selection/slots/${slotId}`);
    assert.equal(asUnit.statusCode, 200);
    assert.equal(asUnit.json().abilities.nominate, true);
    assert.equal((await naguParty.get(`/api/selection/slots/${slotId}`)).statusCode, 200);
    assert.equal((await gaozhouOrg.get('/api/selection/slots')).json().total, 0);
    const todos = await courtParty.get('/api/todos');
    assert.ok(todos.json().items.some((i: { link: string }) => i.link === `/selection/slots/${slotId}`));
  });

  test('a unit cannot nominate another unit\'s cadre; a unit not asked gets 404', async () => {
    const other = await courtParty.post(`/api/selection/slots/${slotId}/nominations`, { cadreId: f.bureauCadre.id });
    assert.equal(other.statusCode, 400);
    assert.deepEqual(paths(other.json()), ['cadreId']);
    assert.equal((await bureauParty.post(`/api/selection/slots/${slotId}/nominations`, { cadreId: f.bureauCadre.id })).statusCode, 404);
    assert.deepEqual(paths((await courtParty.post(`/api/selection/slots/${slotId}/nominations`, { cadreId: 'x' })).json()), ['cadreId']);
  });

  let rejectedId: string;
  let dispatchedId: string;

  test('rejected (不符重报): the reason reaches the unit and the slot takes a new nomination', async () => {
    const nominated = await courtParty.post(`/api/selection/slots/${slotId}/nominations`, { cadreId: f.first.id, comment: '业务骨干' });
    assert.equal(nominated.statusCode, 201, nominated.body);
    rejectedId = nominated.json().id;
    assert.equal(nominated.json().state, 'nominated');
    // The unit may take its candidate back until the county has vetted him.
    assert.deepEqual(nominated.json().workflow.actions.map((a: { action: string }) => a.action), ['withdraw']);
    assert.equal((await courtParty.post(`/api/selection/slots/${slotId}/nominations`, { cadreId: f.second.id })).statusCode, 409);

    const pending = await huizeOrg.get('/api/todos');
    assert.ok(pending.json().items.some((i: { link: string }) => i.link === `/selection/nominations/${rejectedId}`));
    const view = await huizeOrg.get(`/api/selection/nominations/${rejectedId}`);
    assert.deepEqual(view.json().workflow.actions.map((a: { action: string }) => a.action).sort(), ['approve', 'reject']);

    assert.equal((await act(courtParty, rejectedId, { action: 'approve', vetting })).statusCode, 403);
    assert.deepEqual(paths((await act(huizeOrg, rejectedId, { action: 'approve' })).json()), ['vetting']);
    assert.deepEqual(paths((await act(huizeOrg, rejectedId, { action: 'reject' })).json()), ['comment']);
    assert.equal((await act(gaozhouOrg, rejectedId, { action: 'reject', comment: 'x' })).statusCode, 404);
    const rejected = await act(huizeOrg, rejectedId, { action: 'reject', comment: '身体原因不适合长期驻村', vetting: { ...vetting, health: '需长期治疗' } });
    assert.equal(rejected.statusCode, 200, rejected.body);
    assert.equal(rejected.json().state, 'rejected');

    const slot = (await courtParty.get(`/api/selection/slots/${slotId}`)).json();
    assert.equal(slot.status, 'open');
    assert.equal(slot.nominations[0].reason, '身体原因不适合长期驻村');
    assert.equal(slot.abilities.nominate, true);

    const again = await courtParty.post(`/api/selection/slots/${slotId}/nominations`, { cadreId: f.second.id });
    assert.equal(again.statusCode, 201, again.body);
    dispatchedId = again.json().id;
    assert.equal(again.json().replacesId, null);
  });

  test('approve, train, dispatch: the cadre joins the slot\'s team', async () => {
    const approved = await act(huizeOrg, dispatchedId, { action: 'approve', vetting, comment: '入口关审核通过' });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(approved.json().vetting.politics, '政治立场坚定');
    assert.equal((await act(huizeOrg, dispatchedId, { action: 'start_training' })).json().state, 'training');
    assert.deepEqual(paths((await act(huizeOrg, dispatchedId, { action: 'dispatch' })).json()), ['effectiveDate']);
    assert.deepEqual(paths((await act(huizeOrg, dispatchedId, { action: 'dispatch', effectiveDate: '2024-01-01' })).json()), ['effectiveDate']);
    const dispatched = await act(huizeOrg, dispatchedId, { action: 'dispatch', effectiveDate: '2024-03-01' });
    assert.equal(dispatched.statusCode, 200, dispatched.body);
    assert.equal(dispatched.json().state, 'dispatched');
    assert.equal(dispatched.json().effectiveDate, '2024-03-01');
    const [member] = await t.deps.db.select().from(teamMembers).where(and(eq(teamMembers.cadreId, f.second.id), isNull(teamMembers.leftOn)));
    assert.equal(member?.teamId, f.team.id);
    assert.equal(member?.role, 'leader_first_secretary');
    const [cadre] = await t.deps.db.select().from(cadres).where(eq(cadres.id, f.second.id));
    assert.equal(cadre?.postedDivisionCode, places.naguVillage);
    assert.equal((await huizeOrg.get(`/api/selection/slots/${slotId}`)).json().status, 'filled');
    const pending = await huizeOrg.get('/api/todos');
    assert.ok(!pending.json().items.some((i: { link: string }) => i.link === `/selection/nominations/${dispatchedId}`));
  });

  let replacementId: string;

  test('recall then replacement (重派) on the same slot', async () => {
    assert.deepEqual(paths((await act(huizeOrg, dispatchedId, { action: 'recall' })).json()), ['comment']);
    const recalled = await act(huizeOrg, dispatchedId, { action: 'recall', comment: '违反驻村纪律，长期不在岗', effectiveDate: '2024-09-30' });
    assert.equal(recalled.statusCode, 200, recalled.body);
    assert.equal(recalled.json().state, 'recalled');
    assert.equal(recalled.json().reason, '违反驻村纪律，长期不在岗');
    assert.equal(recalled.json().abilities.replace, true);
    const [member] = await t.deps.db.select().from(teamMembers).where(eq(teamMembers.cadreId, f.second.id));
    assert.equal(member?.leftOn, '2024-09-30');
    assert.equal((await huizeOrg.get(`/api/selection/slots/${slotId}`)).json().status, 'open');
    // The recalled cadre belongs to a city unit and is no longer posted here; the county that recalled him still opens his page.
    assert.equal((await huizeOrg.get(`/api/cadres/${f.second.id}`)).statusCode, 200);
    assert.equal((await gaozhouOrg.get(`/api/cadres/${f.second.id}`)).statusCode, 404);

    assert.equal((await courtParty.post(`/api/selection/nominations/${dispatchedId}/replace`, { cadreId: f.third.id })).statusCode, 403);
    assert.equal((await gaozhouOrg.post(`/api/selection/nominations/${dispatchedId}/replace`, { cadreId: f.third.id })).statusCode, 404);
    assert.deepEqual(paths((await huizeOrg.post(`/api/selection/nominations/${dispatchedId}/replace`, { cadreId: f.bureauCadre.id })).json()), ['cadreId']);
    assert.equal((await huizeOrg.post(`/api/selection/nominations/${rejectedId}/replace`, { cadreId: f.third.id })).statusCode, 409);
    const replaced = await huizeOrg.post(`/api/selection/nominations/${dispatchedId}/replace`, { cadreId: f.third.id, comment: '由法院重派' });
    assert.equal(replaced.statusCode, 201, replaced.body);
    replacementId = replaced.json().id;
    assert.equal(replaced.json().replacesId, dispatchedId);
    assert.equal((await huizeOrg.post(`/api/selection/nominations/${dispatchedId}/replace`, { cadreId: f.first.id })).statusCode, 409);
    // The clerk who named the replacement does not vet him too.
    assert.equal((await act(huizeOrg, replacementId, { action: 'approve', vetting })).statusCode, 403);
    assert.equal((await act(huizeOrg2, replacementId, { action: 'approve', vetting })).statusCode, 200);
    const dispatched = await act(huizeOrg2, replacementId, { action: 'dispatch', effectiveDate: '2024-10-08' });
    assert.equal(dispatched.statusCode, 200, dispatched.body);
    assert.equal((await huizeOrg.get(`/api/selection/nominations/${dispatchedId}`)).json().replacedById, replacementId);
  });

  test('withdrawal by the unit before vetting, and the term end', async () => {
    const slot = await huizeOrg.post('/api/selection/slots', slotBody(f, { teamId: null, role: 'member' }));
    const nominated = await courtParty.post(`/api/selection/slots/${slot.json().id}/nominations`, { cadreId: f.first.id });
    assert.equal(nominated.statusCode, 201, nominated.body);
    const withdrawn = await act(courtParty, nominated.json().id, { action: 'withdraw', comment: '本人借调' });
    assert.equal(withdrawn.json().state, 'withdrawn');
    const ended = await act(huizeOrg2, replacementId, { action: 'end_term', effectiveDate: '2026-02-28' });
    assert.equal(ended.json().state, 'ended');
    assert.equal((await huizeOrg.get(`/api/selection/slots/${slotId}`)).json().status, 'closed');
    assert.equal((await huizeOrg.post(`/api/selection/slots/${slot.json().id}/close`)).json().status, 'closed');
  });

  test('after a recall the unit may nominate the successor itself; it records whom he replaces', async () => {
    const slot = (await huizeOrg.post('/api/selection/slots', slotBody(f))).json();
    const first = (await courtParty.post(`/api/selection/slots/${slot.id}/nominations`, { cadreId: f.first.id })).json();
    await act(huizeOrg, first.id, { action: 'approve', vetting });
    assert.equal((await act(huizeOrg, first.id, { action: 'dispatch', effectiveDate: '2024-04-01' })).statusCode, 200);
    assert.equal((await act(huizeOrg, first.id, { action: 'recall', comment: '工作调动' })).statusCode, 200);
    const successor = await courtParty.post(`/api/selection/slots/${slot.id}/nominations`, { cadreId: f.third.id });
    assert.equal(successor.statusCode, 201, successor.body);
    assert.equal(successor.json().replacesId, first.id);
    assert.equal((await courtParty.get(`/api/selection/nominations/${first.id}`)).json().replacedById, successor.json().id);
  });

  test('the cadre\'s timeline: every nomination\'s steps in order; 404 out of scope', async () => {
    const timeline = await huizeOrg.get(`/api/selection/cadres/${f.second.id}/timeline`);
    assert.equal(timeline.statusCode, 200, timeline.body);
    assert.deepEqual(timeline.json().items.map((i: { action: string }) => i.action), ['submit', 'approve', 'start_training', 'dispatch', 'recall']);
    assert.equal(timeline.json().items.at(-1).comment, '违反驻村纪律，长期不在岗');
    assert.equal((await courtParty.get(`/api/selection/cadres/${f.second.id}/timeline`)).statusCode, 200);
    assert.equal((await gaozhouOrg.get(`/api/selection/cadres/${f.second.id}/timeline`)).statusCode, 404);
    assert.deepEqual(paths((await huizeOrg.get('/api/selection/cadres/x/timeline')).json()), ['cadreId']);
  });

  test('lists with filters and exports', async () => {
    const list = await huizeOrg.get(`/api/selection/nominations?slotId=${slotId}&sort=createdAt&order=asc`);
    assert.equal(list.statusCode, 200);
    assert.deepEqual(list.json().items.map((i: { state: string }) => i.state), ['rejected', 'recalled', 'ended']);
    assert.equal((await huizeOrg.get('/api/selection/nominations?state=rejected')).json().total, 1);
    assert.equal((await bureauParty.get('/api/selection/nominations')).json().total, 0);
    assert.deepEqual(paths((await huizeOrg.get('/api/selection/nominations?state=bogus')).json()), ['state']);
    assert.equal((await huizeOrg.get(`/api/selection/slots?unitId=${f.court.id}&status=closed`)).json().total, 2);
    for (const url of ['/api/selection/slots/export', '/api/selection/nominations/export']) {
      const file = await huizeOrg.get(url);
      assert.equal(file.statusCode, 200, url);
      assert.match(String(file.headers['content-type']), /spreadsheetml/);
    }
  });

  test('matching: cadres for a village and villages for a cadre, with reasons', async () => {
    const forVillage = await huizeOrg.get(`/api/selection/match/village/${places.naguVillage}`);
    assert.equal(forVillage.statusCode, 200, forVillage.body);
    const top = forVillage.json().items[0];
    assert.equal(top.cadreId, f.bureauCadre.id);
    assert.ok(top.reasons.includes('专长「农业」对应本村主导产业「蔬菜种植」'));
    assert.ok(!forVillage.json().items.some((i: { cadreId: string }) => i.cadreId === f.gaozhouCadre.id));
    assert.equal((await gaozhouOrg.get(`/api/selection/match/village/${places.naguVillage}`)).statusCode, 404);
    assert.deepEqual(paths((await huizeOrg.get('/api/selection/match/village/12')).json()), ['code']);
    assert.equal((await courtParty.get(`/api/selection/match/village/${places.naguVillage}`)).statusCode, 403);

    const forCadre = await huizeOrg.get(`/api/selection/match/cadre/${f.bureauCadre.id}`);
    assert.equal(forCadre.statusCode, 200, forCadre.body);
    assert.equal(forCadre.json().items[0].code, places.naguVillage);
    assert.ok(forCadre.json().items[0].reasons.some((r: string) => r.includes('通组道路') || r.includes('蔬菜种植')));
    assert.equal((await gaozhouOrg.get(`/api/selection/match/cadre/${f.bureauCadre.id}`)).statusCode, 404);
  });
});
