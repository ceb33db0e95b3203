import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { criticisms } from './inspections.schema.ts';
import { inspectionBody, inspectionFixture, type InspectionFixture } from './inspections.fixture.ts';
import { addDays, todayInBeijing } from './inspections.rules.ts';
import { issueOverdueCriticisms } from './sweep.service.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path);
const today = todayInBeijing();
const yesterday = addDays(today, -1);

describe('inspections routes', () => {
  let t: TestApp;
  let f: InspectionFixture;
  let discipline: Session;
  let countyOrg: Session;
  let leader: Session;
  let gaozhouDiscipline: Session;
  let viewer: Session;
  let inspectionId: string;
  let orderId: string;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    f = await inspectionFixture(t.deps, yesterday);
    discipline = await sessionAs(t.app, t.deps, ['discipline'], { division: places.huize });
    countyOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage, cadreId: f.leader.id });
    gaozhouDiscipline = await sessionAs(t.app, t.deps, ['discipline'], { division: places.gaozhou });
    viewer = await sessionAs(t.app, t.deps, ['viewer'], { division: places.huize });
  });
  after(() => t.close());

  test('401 without a session on every route', async () => {
    const id = '00000000-0000-4000-8000-000000000009';
    for (const [method, url] of [
      ['GET', '/api/inspections'],
      ['GET', '/api/inspections/export'],
      ['GET', `/api/inspections/roster?divisionCode=${places.nagu}&on=${today}`],
      ['GET', '/api/inspections/criticisms'],
      ['GET', '/api/inspections/criticisms/export'],
      ['GET', `/api/inspections/${id}`],
      ['POST', '/api/inspections'],
      ['GET', '/api/rectifications'],
      ['GET', '/api/rectifications/export'],
      ['GET', `/api/rectifications/${id}`],
      ['POST', `/api/rectifications/${id}/answer`],
      ['POST', `/api/rectifications/${id}/actions`],
    ] as const) {
      const payload = url.endsWith('/answer') ? { response: '已按要求完成整改并作书面检查' } : url.endsWith('/actions') ? { action: 'accept' } : inspectionBody(f, yesterday);
      const response = await t.app.inject({ method, url, ...(method === 'POST' ? { payload } : {}) });
      assert.equal(response.statusCode, 401, url);
    }
  });

  test('403: a team leader or a viewer cannot record an inspection', async () => {
    assert.equal((await leader.post('/api/inspections', inspectionBody(f, yesterday))).statusCode, 403);
    assert.equal((await viewer.post('/api/inspections', inspectionBody(f, yesterday))).statusCode, 403);
  });

  test('400 names the field: shape, region, a cadre outside the teams, leave the records do not show', async () => {
    const shape = await discipline.post('/api/inspections', inspectionBody(f, yesterday, { method: 'drive_by', findings: [] }));
    assert.equal(shape.statusCode, 400);
    assert.deepEqual(paths(shape.json()).sort(), ['findings', 'method']);

    const village = await discipline.post('/api/inspections', inspectionBody(f, yesterday, { divisionCode: places.naguVillage }));
    assert.deepEqual(paths(village.json()), ['divisionCode']);
    const elsewhere = await discipline.post('/api/inspections', inspectionBody(f, yesterday, { divisionCode: places.zhenjiang }));
    assert.deepEqual(paths(elsewhere.json()), ['divisionCode']);
    const future = await discipline.post('/api/inspections', inspectionBody(f, addDays(today, 1)));
    assert.deepEqual(paths(future.json()), ['inspectedOn']);

    const foreign = await discipline.post('/api/inspections', inspectionBody(f, yesterday, { findings: [{ cadreId: f.gaozhouMember.id, atPost: true }] }));
    assert.deepEqual(paths(foreign.json()), ['findings.0.cadreId']);

    // On another day the approved leave does not cover him: "leave" is refused on that finding.
    const noLeave = await discipline.post('/api/inspections', inspectionBody(f, addDays(today, -3)));
    assert.equal(noLeave.statusCode, 400);
    assert.deepEqual(paths(noLeave.json()), ['findings.2.absenceReason']);
    assert.match(noLeave.json().fields[0].message, /没有经批准的请假/);

    const absentOnLeave = await discipline.post(
      '/api/inspections',
      inspectionBody(f, yesterday, { findings: [{ cadreId: f.onLeave.id, atPost: false, absenceReason: 'absent' }] }),
    );
    assert.deepEqual(paths(absentOnLeave.json()), ['findings.0.absenceReason']);
  });

  test('the roster lists the region’s members and who is on leave that day', async () => {
    const response = await discipline.get(`/api/inspections/roster?divisionCode=${places.nagu}&on=${yesterday}`);
    assert.equal(response.statusCode, 200);
    const items = response.json().items as { cadreId: string; leave: unknown }[];
    assert.equal(items.length, 3);
    assert.ok(items.find((m) => m.cadreId === f.onLeave.id)!.leave);
    assert.equal(items.find((m) => m.cadreId === f.absentee.id)!.leave, null);
    assert.equal((await gaozhouDiscipline.get(`/api/inspections/roster?divisionCode=${places.nagu}&on=${yesterday}`)).statusCode, 400);
  });

  test('201: an absence opens a rectification with the default deadline; leave-covered absence opens none', async () => {
    const response = await discipline.post('/api/inspections', inspectionBody(f, yesterday));
    assert.equal(response.statusCode, 201, response.body);
    const view = response.json();
    inspectionId = view.id;
    assert.deepEqual([view.checked, view.atPost, view.absent], [3, 1, 1]);
    assert.equal(view.rectifications.length, 1);
    const order = view.rectifications[0];
    orderId = order.id;
    assert.equal(order.cadreId, f.absentee.id);
    assert.equal(order.deadline, addDays(yesterday, t.deps.config.duty.rectificationDays));
    assert.equal(order.state, 'open');
    const onLeave = view.findings.find((x: { cadreId: string }) => x.cadreId === f.onLeave.id);
    assert.equal(onLeave.leave.id, f.leave.id);
    assert.equal(onLeave.rectificationId, null);
    const audit = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, inspectionId));
    assert.equal(audit[0]!.action, 'inspections.create');
  });

  test('404 out of scope; the team leader sees his team’s order and has it as a to-do', async () => {
    assert.equal((await gaozhouDiscipline.get(`/api/inspections/${inspectionId}`)).statusCode, 404);
    assert.equal((await gaozhouDiscipline.get(`/api/rectifications/${orderId}`)).statusCode, 404);
    assert.equal((await gaozhouDiscipline.post(`/api/rectifications/${orderId}/actions`, { action: 'accept' })).statusCode, 404);
    assert.equal((await gaozhouDiscipline.get('/api/rectifications')).json().total, 0);

    const own = await leader.get(`/api/inspections/${inspectionId}`);
    assert.equal(own.statusCode, 200);
    const list = await leader.get('/api/rectifications?state=open');
    assert.equal(list.json().total, 1);
    const detail = (await leader.get(`/api/rectifications/${orderId}`)).json();
    assert.equal(detail.abilities.answer, true);
    assert.deepEqual(detail.workflow.actions, []);
    const todos = (await leader.get('/api/todos')).json();
    const todo = todos.items.find((i: { link: string }) => i.link === `/inspections/rectifications/${orderId}`);
    assert.ok(todo, 'the open order waits for the team leader');
    assert.equal(todo.menuPath, '/inspections');
    assert.ok(todo.dueAt.startsWith(addDays(yesterday, t.deps.config.duty.rectificationDays)));
  });

  test('the team answers; the inspector returns with a reason, then accepts', async () => {
    const short = await leader.post(`/api/rectifications/${orderId}/answer`, { response: '已整改' });
    assert.equal(short.statusCode, 400);
    assert.deepEqual(paths(short.json()), ['response']);
    assert.equal((await discipline.post(`/api/rectifications/${orderId}/answer`, { response: '已按要求整改完毕，书面检查已交' })).statusCode, 403);

    const answered = await leader.post(`/api/rectifications/${orderId}/answer`, { response: '本人已作书面检查，严格执行请销假制度' });
    assert.equal(answered.statusCode, 200, answered.body);
    assert.equal(answered.json().state, 'answered');
    assert.equal((await leader.post(`/api/rectifications/${orderId}/answer`, { response: '再次反馈整改情况，请验收' })).statusCode, 409);

    const inspectorView = (await discipline.get(`/api/rectifications/${orderId}`)).json();
    assert.deepEqual(inspectorView.workflow.actions.map((a: { action: string }) => a.action).sort(), ['accept', 'return']);
    const inspectorTodos = (await discipline.get('/api/todos')).json();
    assert.ok(inspectorTodos.items.some((i: { link: string }) => i.link === `/inspections/rectifications/${orderId}`));

    const noReason = await discipline.post(`/api/rectifications/${orderId}/actions`, { action: 'return' });
    assert.equal(noReason.statusCode, 400);
    assert.deepEqual(paths(noReason.json()), ['comment']);
    assert.deepEqual(paths((await discipline.post(`/api/rectifications/${orderId}/actions`, { action: 'expire' })).json()), ['action']);
    const returned = await discipline.post(`/api/rectifications/${orderId}/actions`, { action: 'return', comment: '检查内容过于简单，请补充' });
    assert.equal(returned.statusCode, 200);
    assert.equal(returned.json().state, 'open');

    await leader.post(`/api/rectifications/${orderId}/answer`, { response: '已补充书面检查并在全队会议上作说明' });
    const accepted = await countyOrg.post(`/api/rectifications/${orderId}/actions`, { action: 'accept', comment: '同意' });
    assert.equal(accepted.statusCode, 200, accepted.body);
    const done = accepted.json();
    assert.equal(done.state, 'accepted');
    assert.deepEqual(
      done.workflow.steps.map((s: { action: string }) => s.action),
      ['submit', 'answer', 'return', 'answer', 'accept'],
    );
    assert.equal(done.workflow.steps[2].comment, '检查内容过于简单，请补充');
  });

  test('an order past its deadline becomes a criticism exactly once, before any listing', async () => {
    const longAgo = addDays(today, -20);
    const response = await discipline.post(
      '/api/inspections',
      inspectionBody(f, longAgo, { method: 'phone_check', findings: [{ cadreId: f.absentee.id, atPost: false, absenceReason: 'absent' }] }),
    );
    assert.equal(response.statusCode, 201, response.body);
    const late = response.json().rectifications[0];
    assert.equal(late.deadline, addDays(longAgo, 15));

    const list = (await discipline.get('/api/rectifications?overdue=true')).json();
    assert.equal(list.total, 1);
    assert.equal(list.items[0].state, 'overdue');
    assert.equal(await issueOverdueCriticisms(t.deps.db, today), 0);
    const rows = await t.deps.db.select().from(criticisms).where(eq(criticisms.rectificationId, late.id));
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.issuedOn, addDays(longAgo, 16));

    const detail = (await leader.get(`/api/rectifications/${late.id}`)).json();
    assert.equal(detail.workflow.state, 'overdue');
    assert.ok(detail.criticismId);
    assert.equal((await leader.post(`/api/rectifications/${late.id}/answer`, { response: '逾期后补交的整改情况说明' })).statusCode, 409);

    const year = Number(rows[0]!.issuedOn.slice(0, 4));
    const byCadre = (await viewer.get(`/api/inspections/criticisms?year=${year}&cadreId=${f.absentee.id}`)).json();
    assert.equal(byCadre.total, 1);
    assert.deepEqual(byCadre.perCadre.map((p: { count: number }) => p.count), [1]);
    assert.equal((await leader.get(`/api/inspections/criticisms?teamId=${f.team}`)).json().total, 1);
    assert.equal((await gaozhouDiscipline.get('/api/inspections/criticisms')).json().total, 0);
    const badYear = await discipline.get('/api/inspections/criticisms?year=abc');
    assert.deepEqual(paths(badYear.json()), ['year']);
  });

  test('two sweeps at once issue one notice per order', async () => {
    const response = await discipline.post(
      '/api/inspections',
      inspectionBody(f, addDays(today, -2), { findings: [{ cadreId: f.absentee.id, atPost: false, absenceReason: 'absent', deadline: today }] }),
    );
    assert.equal(response.statusCode, 201, response.body);
    const order = response.json().rectifications[0];
    const later = addDays(today, 1);
    const issued = await Promise.all([issueOverdueCriticisms(t.deps.db, later), issueOverdueCriticisms(t.deps.db, later)]);
    assert.equal(issued[0]! + issued[1]!, 1);
    const rows = await t.deps.db.select().from(criticisms).where(eq(criticisms.rectificationId, order.id));
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.issuedOn, later);
  });

  test('lists filter by method, date and region; exports are xlsx for inspectors and refused to a team leader', async () => {
    assert.equal((await discipline.get('/api/inspections')).json().total, 3);
    assert.equal((await discipline.get('/api/inspections?method=phone_check')).json().total, 1);
    assert.equal((await discipline.get('/api/inspections?method=on_site')).json().total, 2);
    assert.equal((await discipline.get(`/api/inspections?from=${yesterday}`)).json().total, 1);
    assert.equal((await discipline.get(`/api/inspections?divisionCode=${places.naguVillage}`)).json().total, 3);
    assert.equal((await leader.get('/api/inspections')).json().total, 3);
    assert.deepEqual(paths((await discipline.get('/api/rectifications?state=lost')).json()), ['state']);
    assert.equal((await discipline.get(`/api/rectifications?teamId=${f.team}&state=accepted`)).json().total, 1);

    for (const url of ['/api/inspections/export', '/api/rectifications/export', '/api/inspections/criticisms/export']) {
      const response = await discipline.get(url);
      assert.equal(response.statusCode, 200, url);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      assert.ok(workbook.worksheets[0]!.rowCount >= 2, url);
      assert.equal((await leader.get(url)).statusCode, 403, url);
    }
  });
});
