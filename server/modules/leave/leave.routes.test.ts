import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { addIsoDays, leaveToday } from '../../../contracts/leave-rules.ts';
import { approvedLeaveBetween } from './leave.repository.ts';
import { leaveFixture } from './leave.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();
const today = leaveToday();
const day = (offset: number) => addIsoDays(today, offset);

describe('leave routes', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof leaveFixture>>;
  let member: Session;
  let leader: Session;
  let liaisonOfficial: Session;
  let naguParty: Session;
  let huizeOrg: Session;
  let gaozhouOrg: Session;
  let zhenjiangParty: Session;
  let courtUnit: Session;
  let shortId: string;
  let longId: string;

  const body = (overrides: Record<string, unknown> = {}) => ({ cadreId: f.member.id, startDate: day(1), endDate: day(2), type: 'personal', reason: '家中老人住院，回家照料', ...overrides });

  before(async () => {
    t = await createTestApp();
    f = await leaveFixture(t.deps);
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage, cadreId: f.member.id });
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage, cadreId: f.leader.id });
    // A township official who also serves in the team as 包村干部: he may ask for leave, never approve his own.
    liaisonOfficial = await sessionAs(t.app, t.deps, ['team_member', 'township_party'], { division: places.nagu, cadreId: f.liaison.id });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    zhenjiangParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.zhenjiang });
    courtUnit = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: f.court.id });
  });
  after(() => t.close());

  test('401 without a session on every route', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, url, payload] of [
      ['GET', '/api/leave', undefined],
      ['GET', '/api/leave/export', undefined],
      ['GET', '/api/leave/rules', undefined],
      ['GET', `/api/leave/${id}`, undefined],
      ['POST', '/api/leave', body()],
      ['PUT', `/api/leave/${id}`, { ...body(), cadreId: undefined }],
      ['POST', `/api/leave/${id}/actions`, { action: 'approve' }],
      ['POST', `/api/leave/${id}/report-back`, { returnedOn: day(0) }],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
      assert.equal(response.statusCode, 401, `${method} ${url}`);
    }
  });

  test('400 names the field: shape, end before start, start too far back', async () => {
    const shape = await member.post('/api/leave', body({ type: 'holiday', reason: '' }));
    assert.equal(shape.statusCode, 400);
    assert.deepEqual(paths(shape.json()), ['reason', 'type']);
    const order = await member.post('/api/leave', body({ startDate: day(3), endDate: day(1) }));
    assert.equal(order.statusCode, 400);
    assert.deepEqual(paths(order.json()), ['endDate']);
    const past = await member.post('/api/leave', body({ startDate: day(-10), endDate: day(-9) }));
    assert.equal(past.statusCode, 400);
    assert.deepEqual(paths(past.json()), ['startDate']);
  });

  test('201: two days go to the township, the level shown on the request', async () => {
    const response = await member.post('/api/leave', body());
    assert.equal(response.statusCode, 201, response.body);
    const leave = response.json();
    shortId = leave.id;
    assert.equal(leave.approverRole, 'township_party');
    assert.equal(leave.days, 2);
    assert.equal(leave.state, 'pending');
    assert.equal(leave.cadreName, '李队员');
    assert.equal(leave.villageName, '拖车村村民委员会');
    assert.equal(leave.workflow.assigneeRole, 'township_party');
    assert.deepEqual(leave.workflow.actions.map((a: { action: string }) => a.action), ['withdraw']);
    const audit = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'leave.request'), eq(auditEvents.entityId, shortId)));
    assert.equal(audit.length, 1);
  });

  test('201: five days asked by the team leader for his member go to the county', async () => {
    const response = await leader.post('/api/leave', body({ startDate: day(10), endDate: day(14), type: 'sick', reason: '腰椎手术后休养' }));
    assert.equal(response.statusCode, 201, response.body);
    longId = response.json().id;
    assert.equal(response.json().approverRole, 'county_org');
    assert.equal(response.json().days, 5);
  });

  test('409 on startDate: a leave overlapping a standing one', async () => {
    const response = await member.post('/api/leave', body({ startDate: day(2), endDate: day(3) }));
    assert.equal(response.statusCode, 409);
    assert.equal(response.json().code, 'LEAVE_OVERLAP');
    assert.deepEqual(paths(response.json()), ['startDate']);
  });

  test('who may ask: not for a cadre of another team (403), nor out of the region (404), nor for one in no team (409)', async () => {
    assert.equal((await member.post('/api/leave', body({ cadreId: f.leader.id }))).statusCode, 403);
    assert.equal((await leader.post('/api/leave', body({ cadreId: f.gaozhouCadre.id }))).statusCode, 404);
    const idle = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage, cadreId: f.idle.id });
    const none = await idle.post('/api/leave', body({ cadreId: f.idle.id }));
    assert.equal(none.statusCode, 409);
    assert.equal(none.json().code, 'LEAVE_NOT_IN_TEAM');
    assert.equal((await naguParty.post('/api/leave', body())).statusCode, 403);
  });

  test('404 and empty lists outside the region; a member sees only his own, the leader his team', async () => {
    assert.equal((await gaozhouOrg.get(`/api/leave/${shortId}`)).statusCode, 404);
    assert.equal((await gaozhouOrg.get('/api/leave')).json().total, 0);
    assert.equal((await zhenjiangParty.post(`/api/leave/${shortId}/actions`, { action: 'approve' })).statusCode, 404);
    assert.equal((await courtUnit.get(`/api/leave/${shortId}`)).statusCode, 200);
    const liaisonLeave = await liaisonOfficial.post('/api/leave', body({ cadreId: f.liaison.id, reason: '参加县委党校培训' }));
    assert.equal(liaisonLeave.statusCode, 201, liaisonLeave.body);
    assert.equal((await member.get(`/api/leave/${liaisonLeave.json().id}`)).statusCode, 404);
    assert.equal((await member.get('/api/leave')).json().total, 2);
    assert.equal((await leader.get('/api/leave')).json().total, 3);
    assert.equal((await huizeOrg.get('/api/leave')).json().total, 3);
  });

  test('403 WORKFLOW_SELF_DECISION: a township official cannot approve his own leave', async () => {
    const list = await liaisonOfficial.get(`/api/leave?cadreId=${f.liaison.id}`);
    const id = list.json().items[0].id;
    const response = await liaisonOfficial.post(`/api/leave/${id}/actions`, { action: 'approve' });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'WORKFLOW_SELF_DECISION');
    assert.equal((await member.post(`/api/leave/${shortId}/actions`, { action: 'approve' })).statusCode, 403);
  });

  test('403 WORKFLOW_NOT_ASSIGNEE: the township cannot approve five days; the county can', async () => {
    const refused = await naguParty.post(`/api/leave/${longId}/actions`, { action: 'approve' });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().code, 'WORKFLOW_NOT_ASSIGNEE');
    const approved = await huizeOrg.post(`/api/leave/${longId}/actions`, { action: 'approve', comment: '同意，注意休养' });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(approved.json().state, 'approved');
    assert.equal(approved.json().workflow.steps.length, 2);
  });

  test('the township sees the two-day request waiting in its to-do list and on its list, and approves it', async () => {
    const todos = await naguParty.get('/api/todos');
    assert.ok(todos.json().items.some((i: { link: string }) => i.link === `/leave/${shortId}`));
    const waiting = await naguParty.get('/api/leave?awaitingMe=true');
    assert.deepEqual(waiting.json().items.map((i: { id: string }) => i.id).includes(shortId), true);
    assert.ok(!waiting.json().items.some((i: { id: string }) => i.id === longId));
    const bad = await naguParty.post(`/api/leave/${shortId}/actions`, { action: 'fly' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(paths(bad.json()), ['action']);
    const approved = await naguParty.post(`/api/leave/${shortId}/actions`, { action: 'approve' });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(approved.json().state, 'approved');
  });

  test('return with a reason, revise to four days (now the county), resubmit; reject needs a reason; withdraw', async () => {
    const created = await member.post('/api/leave', body({ startDate: day(20), endDate: day(21), reason: '孩子高考陪考' }));
    const id = created.json().id;
    const noReason = await naguParty.post(`/api/leave/${id}/actions`, { action: 'return' });
    assert.equal(noReason.statusCode, 400);
    assert.deepEqual(paths(noReason.json()), ['comment']);
    const returned = await naguParty.post(`/api/leave/${id}/actions`, { action: 'return', comment: '请写明陪考地点' });
    assert.equal(returned.json().state, 'returned');
    assert.equal((await naguParty.put(`/api/leave/${id}`, { startDate: day(20), endDate: day(23), type: 'personal', reason: '孩子在曲靖高考陪考' })).statusCode, 403);
    const revised = await member.put(`/api/leave/${id}`, { startDate: day(20), endDate: day(23), type: 'personal', reason: '孩子在曲靖高考陪考' });
    assert.equal(revised.statusCode, 200, revised.body);
    assert.equal(revised.json().approverRole, 'county_org');
    const resubmitted = await member.post(`/api/leave/${id}/actions`, { action: 'resubmit' });
    assert.equal(resubmitted.json().state, 'pending');
    assert.equal(resubmitted.json().workflow.assigneeRole, 'county_org');
    const notAgain = await member.put(`/api/leave/${id}`, { startDate: day(20), endDate: day(21), type: 'personal', reason: '改回两天' });
    assert.equal(notAgain.statusCode, 409);
    const rejectBare = await huizeOrg.post(`/api/leave/${id}/actions`, { action: 'reject' });
    assert.equal(rejectBare.statusCode, 400);
    const withdrawn = await member.post(`/api/leave/${id}/actions`, { action: 'withdraw' });
    assert.equal(withdrawn.json().state, 'withdrawn');
  });

  test('report back: 400 before the start, 409 unless approved, then closed', async () => {
    const early = await member.post(`/api/leave/${shortId}/report-back`, { returnedOn: day(-1) });
    assert.equal(early.statusCode, 400);
    assert.deepEqual(paths(early.json()), ['returnedOn']);
    assert.equal((await naguParty.post(`/api/leave/${shortId}/report-back`, { returnedOn: day(0) })).statusCode, 403);
    const pending = await liaisonOfficial.get(`/api/leave?cadreId=${f.liaison.id}`);
    const notApproved = await liaisonOfficial.post(`/api/leave/${pending.json().items[0].id}/report-back`, { returnedOn: day(0) });
    assert.equal(notApproved.statusCode, 409);
  });

  test('a leave approved and past its end is flagged until reported back; the days feed the in-post figures', async () => {
    const created = await leader.post('/api/leave', body({ cadreId: f.leader.id, startDate: day(-3), endDate: day(-1), reason: '回昆明处理家事' }));
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id;
    await naguParty.post(`/api/leave/${id}/actions`, { action: 'approve' });
    const flagged = await naguParty.get('/api/leave?overdueReportBack=true');
    assert.deepEqual(flagged.json().items.map((i: { id: string }) => i.id), [id]);
    assert.equal(flagged.json().items[0].overdueReportBack, true);
    for (const session of [leader, naguParty]) {
      const todos = await session.get('/api/todos');
      assert.ok(todos.json().items.some((i: { key: string }) => i.key === `leave-report-back:${id}`));
    }
    assert.ok(!(await huizeOrg.get('/api/todos')).json().items.some((i: { key: string }) => i.key === `leave-report-back:${id}`));

    const back = await leader.post(`/api/leave/${id}/report-back`, { returnedOn: day(-2), note: '事情办完，提前返岗' });
    assert.equal(back.statusCode, 200, back.body);
    assert.equal(back.json().state, 'reported_back');
    assert.equal(back.json().overdueReportBack, false);
    assert.equal((await naguParty.get('/api/leave?overdueReportBack=true')).json().total, 0);
    const [away] = await approvedLeaveBetween(t.deps.db, [f.leader.id], day(-5), day(0));
    assert.equal(away!.endDate, day(-3));
    const audit = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'leave.report_back'), eq(auditEvents.entityId, id)));
    assert.equal(audit.length, 1);
  });

  test('lists filter by state, type, dates and region; exports xlsx audited; rules for the form', async () => {
    assert.equal((await huizeOrg.get('/api/leave?state=approved')).json().total, 2);
    assert.equal((await huizeOrg.get('/api/leave?type=sick')).json().total, 1);
    assert.equal((await huizeOrg.get(`/api/leave?from=${day(10)}&to=${day(11)}`)).json().total, 1);
    assert.equal((await huizeOrg.get(`/api/leave?divisionCode=${places.zhenjiang}`)).json().total, 0);
    const sorted = await huizeOrg.get('/api/leave?sort=days&order=desc');
    assert.equal(sorted.json().items[0].days, 5);
    const bad = await huizeOrg.get('/api/leave?state=lost&from=2026-1-1');
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(paths(bad.json()), ['from', 'state']);

    const file = await naguParty.get('/api/leave/export?state=approved');
    assert.equal(file.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.getRow(1).getCell(1).value, '姓名');
    assert.equal(sheet.rowCount, 3);
    assert.equal((await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'leave.export'))).length, 1);
    assert.equal((await member.get('/api/leave/export')).statusCode, 403);

    const rules = await member.get('/api/leave/rules');
    assert.deepEqual(rules.json().tiers, [{ maxDays: 3, role: 'township_party' }, { maxDays: null, role: 'county_org' }]);
    assert.equal(rules.json().dayCounting, 'calendar');
  });
});
