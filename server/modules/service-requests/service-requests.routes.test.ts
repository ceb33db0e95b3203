import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { addIsoDays, leaveToday } from '../../../contracts/leave-rules.ts';
import { workflowInstances } from '../../platform/workflow/workflow.schema.ts';
import { serviceRequests } from './service-requests.schema.ts';
import { defaultDueOn, dueAtOf } from './service-requests.rules.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();
const today = leaveToday();
const body = (overrides: Record<string, unknown> = {}) => ({
  kind: 'cooperative_registration',
  title: '长流村荔枝种植专业合作社登记',
  detail: '村里 23 户种植户愿意入社，请服务站代办工商登记。',
  ...overrides,
});
type Todo = { link: string; overdue: boolean };

describe('service request routes', () => {
  let t: TestApp;
  let leader: Session;
  let countyLeader: Session;
  let station: Session;
  let huizeStation: Session;
  let xindongParty: Session;
  let zhenjiangParty: Session;

  const act = (who: Session, id: string, action: string, comment?: string) =>
    who.post(`/api/service-requests/${id}/actions`, comment === undefined ? { action } : { action, comment });
  const create = async (overrides: Record<string, unknown> = {}) => {
    const response = await leader.post('/api/service-requests', body(overrides));
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as { id: string; state: string; dueOn: string };
  };

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.changliu });
    countyLeader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.gaozhou });
    station = await sessionAs(t.app, t.deps, ['service_station'], { division: places.gaozhou });
    huizeStation = await sessionAs(t.app, t.deps, ['service_station'], { division: places.huize });
    xindongParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.xindong });
    zhenjiangParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.zhenjiang });
  });
  after(() => t.close());

  test('401 without a session on every route', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, url, payload] of [
      ['GET', '/api/service-requests', undefined],
      ['GET', '/api/service-requests/export', undefined],
      ['GET', `/api/service-requests/${id}`, undefined],
      ['POST', '/api/service-requests', body()],
      ['POST', `/api/service-requests/${id}/actions`, { action: 'accept' }],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
      assert.equal(response.statusCode, 401, `${method} ${url}`);
    }
  });

  test('400 names the field: shape, a past due day, a county leader naming no village', async () => {
    const shape = await leader.post('/api/service-requests', body({ kind: 'loan', title: '' }));
    assert.equal(shape.statusCode, 400);
    assert.deepEqual(paths(shape.json()), ['kind', 'title']);
    const past = await leader.post('/api/service-requests', body({ dueOn: addIsoDays(today, -1) }));
    assert.equal(past.statusCode, 400);
    assert.deepEqual(paths(past.json()), ['dueOn']);
    const unnamed = await countyLeader.post('/api/service-requests', body());
    assert.equal(unnamed.statusCode, 400);
    assert.deepEqual(paths(unnamed.json()), ['divisionCode']);
    const township = await countyLeader.post('/api/service-requests', body({ divisionCode: places.xindong }));
    assert.deepEqual(paths(township.json()), ['divisionCode']);
    const elsewhere = await countyLeader.post('/api/service-requests', body({ divisionCode: places.naguVillage }));
    assert.equal(elsewhere.statusCode, 404);
    assert.equal((await t.deps.db.select().from(serviceRequests)).length, 0);
  });

  test('201: the leader\'s village, due in ten working days, waiting for the station', async () => {
    const created = await create();
    assert.equal(created.state, 'submitted');
    assert.equal(created.dueOn, defaultDueOn(today));
    const view = (await leader.get(`/api/service-requests/${created.id}`)).json();
    assert.equal(view.divisionCode, places.changliu);
    assert.equal(view.villageName, '长流村委会');
    assert.equal(view.workflow.state, 'submitted');
    assert.deepEqual(view.workflow.actions.map((a: { action: string }) => a.action), ['withdraw']);
    const named = await countyLeader.post('/api/service-requests', body({ divisionCode: places.zhenjiangVillage, dueOn: addIsoDays(today, 3) }));
    assert.equal(named.statusCode, 201, named.body);
    assert.equal(named.json().dueOn, addIsoDays(today, 3));
    const [audit] = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, created.id));
    assert.equal(audit?.action, 'service-requests.request');
  });

  test('the station accepts, starts and completes with a result; a team leader cannot take its steps', async () => {
    const created = await create();
    const todos = (await station.get('/api/todos')).json().items as Todo[];
    assert.ok(todos.some((i) => i.link === `/service-requests/${created.id}` && !i.overdue));
    assert.equal((await act(leader, created.id, 'accept')).statusCode, 403);
    const accepted = await act(station, created.id, 'accept');
    assert.equal(accepted.statusCode, 200, accepted.body);
    assert.equal(accepted.json().acceptedOn, today);
    assert.deepEqual(accepted.json().workflow.actions.map((a: { action: string }) => a.action), ['start', 'return']);
    assert.equal((await act(station, created.id, 'complete', '已办')).statusCode, 409);
    assert.equal((await act(station, created.id, 'start')).statusCode, 200);
    const blank = await act(station, created.id, 'complete');
    assert.equal(blank.statusCode, 400);
    assert.deepEqual(paths(blank.json()), ['comment']);
    const done = await act(station, created.id, 'complete', '已取得营业执照，统一社会信用代码已告知村委');
    assert.equal(done.statusCode, 200, done.body);
    const view = (await leader.get(`/api/service-requests/${created.id}`)).json();
    assert.equal(view.state, 'done');
    assert.equal(view.doneOn, today);
    assert.equal(view.result, '已取得营业执照，统一社会信用代码已告知村委');
    assert.deepEqual(view.workflow.steps.map((s: { action: string }) => s.action), ['submit', 'accept', 'start', 'complete']);
    const after = (await station.get('/api/todos')).json().items as Todo[];
    assert.ok(!after.some((i) => i.link === `/service-requests/${created.id}`));
  });

  test('a station of another county, a township elsewhere: 404; the village\'s township reads', async () => {
    const created = await create();
    assert.equal((await huizeStation.get(`/api/service-requests/${created.id}`)).statusCode, 404);
    assert.equal((await act(huizeStation, created.id, 'accept')).statusCode, 404);
    assert.equal((await zhenjiangParty.get(`/api/service-requests/${created.id}`)).statusCode, 404);
    assert.ok(!(await huizeStation.get('/api/service-requests')).json().items.some((i: { id: string }) => i.id === created.id));
    assert.equal((await xindongParty.get(`/api/service-requests/${created.id}`)).statusCode, 200);
    assert.equal((await act(xindongParty, created.id, 'accept')).statusCode, 403);
  });

  test('return needs a reason; the leader finds it in his to-do list, resubmits or withdraws', async () => {
    const created = await create();
    await act(station, created.id, 'accept');
    const bare = await act(station, created.id, 'return');
    assert.equal(bare.statusCode, 400);
    assert.deepEqual(paths(bare.json()), ['comment']);
    assert.equal((await act(station, created.id, 'return', '请补充入社农户名单和身份证复印件')).statusCode, 200);
    const returned = (await leader.get(`/api/service-requests/${created.id}`)).json();
    assert.equal(returned.state, 'returned');
    assert.deepEqual(returned.workflow.actions.map((a: { action: string }) => a.action).sort(), ['resubmit', 'withdraw']);
    assert.ok(((await leader.get('/api/todos')).json().items as Todo[]).some((i) => i.link === `/service-requests/${created.id}`));
    assert.equal((await act(station, created.id, 'start')).statusCode, 409);
    const again = await act(leader, created.id, 'resubmit', '名单已补充');
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(again.json().state, 'submitted');
    assert.equal(again.json().acceptedOn, null);
    assert.equal((await act(station, created.id, 'return', '材料仍不齐')).statusCode, 200);
    assert.equal((await act(leader, created.id, 'withdraw')).json().state, 'withdrawn');
    assert.equal((await act(leader, created.id, 'resubmit')).statusCode, 409);
  });

  test('overdue filter: unfinished past the due day; the station sees it overdue in its to-do list', async () => {
    const late = await create({ title: '荔枝商标注册', kind: 'trademark_registration' });
    const finished = await create({ title: '已办结的项目申报', kind: 'project_application' });
    const past = addIsoDays(today, -3);
    await t.deps.db.update(serviceRequests).set({ dueOn: past }).where(eq(serviceRequests.id, late.id));
    await t.deps.db.update(workflowInstances).set({ dueAt: dueAtOf(past) }).where(eq(workflowInstances.subjectId, late.id));
    await t.deps.db.update(serviceRequests).set({ dueOn: past, state: 'done' }).where(eq(serviceRequests.id, finished.id));
    const overdue = (await station.get('/api/service-requests?overdue=true&pageSize=200')).json();
    assert.deepEqual(overdue.items.map((i: { id: string }) => i.id), [late.id]);
    assert.equal(overdue.items[0].overdue, true);
    const inTime = (await station.get('/api/service-requests?overdue=false&pageSize=200')).json();
    assert.ok(inTime.items.some((i: { id: string }) => i.id === finished.id));
    assert.ok(!inTime.items.some((i: { id: string }) => i.id === late.id));
    const todos = (await station.get('/api/todos')).json().items as Todo[];
    assert.equal(todos.find((i) => i.link === `/service-requests/${late.id}`)?.overdue, true);
    assert.equal(todos[0]?.link, `/service-requests/${late.id}`);
    const kinds = (await station.get('/api/service-requests?kind=trademark_registration')).json();
    assert.deepEqual(kinds.items.map((i: { id: string }) => i.id), [late.id]);
  });

  test('export: a workbook of what the caller sees, on the audit trail', async () => {
    const response = await station.get('/api/service-requests/export?state=submitted');
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers['content-type']), /spreadsheetml/);
    const exports = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'service-requests.export'));
    assert.equal(exports.length, 1);
  });
});
