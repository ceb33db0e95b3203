import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { insertHousehold } from '../households/households.fixture.ts';
import { assets } from '../assets/index.ts';
import { projects } from './projects.schema.ts';
import { addDays, projectToday } from './projects.rules.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();
const actions = (view: { workflow: { actions: { action: string }[] } }) => view.workflow.actions.map((a) => a.action).sort();
const today = projectToday();
const courtUnitId = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

describe('project routes', () => {
  let t: TestApp;
  let leader: Session;
  let xindongParty: Session;
  let zhenjiangParty: Session;
  let gaozhouRural: Session;
  let huizeRural: Session;
  let member: Session;
  let householdId: string;
  let projectId: string;

  const body = (overrides: Record<string, unknown> = {}) => ({
    name: '长流村饮水安全巩固提升工程',
    category: 'drinking_water',
    villages: [places.changliu],
    responsibleEntity: '新垌镇人民政府',
    budget: '300,000.00',
    fundSources: [
      { kind: 'fiscal', funder: '高州市财政局', amount: '200000' },
      { kind: 'unit', funder: '广东省高级人民法院', amount: '100,000.00' },
    ],
    outputs: [{ kind: 'water_projects', planned: '1' }],
    beneficiaryHouseholdIds: [householdId],
    ...overrides,
  });
  const act = (who: Session, action: string, extra: Record<string, unknown> = {}) => who.post(`/api/projects/${projectId}/transitions`, { action, ...extra });

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.changliu });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.changliu });
    xindongParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.xindong });
    zhenjiangParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.zhenjiang });
    gaozhouRural = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.gaozhou });
    huizeRural = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.huize });
    const household = await insertHousehold(t.deps, {
      divisionCode: places.changliu,
      members: [
        { name: '陈大水', relation: 'householder', birthDate: '1968-02-03' },
        { name: '李小花', relation: 'spouse', birthDate: '1970-07-09', gender: 'female' },
      ],
    });
    householdId = household.household.id;
  });
  after(() => t.close());

  test('401 without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/projects' });
    assert.equal(response.statusCode, 401);
  });

  test('400 when the sources do not add up to the budget, naming fundSources', async () => {
    const response = await leader.post('/api/projects', body({ budget: '300000.01' }));
    assert.equal(response.statusCode, 400, response.body);
    assert.deepEqual(paths(response.json()), ['fundSources']);
    assert.match(response.json().fields[0].message, /300,000\.01/);
  });

  test('400 on a village outside the caller’s region and on a bad amount', async () => {
    const outside = await leader.post('/api/projects', body({ villages: [places.changliu, places.zhenjiangVillage] }));
    assert.equal(outside.statusCode, 400);
    assert.deepEqual(paths(outside.json()), ['villages.1']);
    const amount = await leader.post('/api/projects', body({ budget: '12.345' }));
    assert.equal(amount.statusCode, 400);
    assert.ok(paths(amount.json()).includes('budget'));
  });

  test('403 for a member, who may not propose', async () => {
    assert.equal((await member.post('/api/projects', body())).statusCode, 403);
  });

  test('201: proposed, waiting for the township, beneficiaries counted', async () => {
    const response = await leader.post('/api/projects', body());
    assert.equal(response.statusCode, 201, response.body);
    const view = response.json();
    projectId = view.id;
    assert.equal(view.state, 'proposed');
    assert.equal(view.budget, '300000.00');
    assert.equal(view.approvedBudget, null);
    assert.equal(view.beneficiaryHouseholds, 1);
    assert.equal(view.beneficiaryPersons, 2);
    assert.deepEqual(view.fundSources.map((s: { amount: string }) => s.amount), ['200000.00', '100000.00']);
    assert.equal(view.outputs[0].unit, '饮水工程（处）');
    assert.equal(view.workflow.assigneeRole, 'township_party');
    assert.deepEqual(actions(view), ['withdraw']);
    assert.equal(view.abilities.update, true);
    const audit = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'projects.propose'), eq(auditEvents.entityId, projectId)));
    assert.equal(audit.length, 1);
  });

  test('scope: another county and another township get 404', async () => {
    assert.equal((await huizeRural.get(`/api/projects/${projectId}`)).statusCode, 404);
    assert.equal((await zhenjiangParty.post(`/api/projects/${projectId}/transitions`, { action: 'review' })).statusCode, 404);
    const list = await huizeRural.get('/api/projects');
    assert.equal(list.json().total, 0);
  });

  test('only the township reviews; a return needs a reason and comes back to the proposer', async () => {
    assert.equal((await act(gaozhouRural, 'review')).statusCode, 403);
    assert.equal((await act(leader, 'review')).statusCode, 403);
    const noReason = await act(xindongParty, 'return');
    assert.equal(noReason.statusCode, 400);
    assert.deepEqual(paths(noReason.json()), ['comment']);
    assert.equal((await act(xindongParty, 'return', { comment: '请补充受益户名单' })).json().state, 'returned');
    const revised = await leader.put(`/api/projects/${projectId}`, body({ description: '新建蓄水池一座' }));
    assert.equal(revised.statusCode, 200, revised.body);
    assert.equal(revised.json().description, '新建蓄水池一座');
    assert.equal((await act(leader, 'resubmit')).json().state, 'proposed');
    const reviewed = await act(xindongParty, 'review');
    assert.equal(reviewed.statusCode, 200, reviewed.body);
    assert.equal(reviewed.json().state, 'reviewed');
    assert.equal((await leader.put(`/api/projects/${projectId}`, body())).statusCode, 409);
  });

  test('the county approves: the budget is approved and the notice starts today', async () => {
    assert.equal((await act(xindongParty, 'approve')).statusCode, 403);
    const response = await act(gaozhouRural, 'approve');
    assert.equal(response.statusCode, 200, response.body);
    const view = response.json();
    const end = addDays(today, t.deps.config.households.noticeDays - 1);
    assert.equal(view.state, 'approved');
    assert.equal(view.approvedBudget, '300000.00');
    assert.equal(view.noticeStart, today);
    assert.equal(view.noticeEnd, end);
    // The team's start waits for the notice: off its to-do list until the day after the notice ends.
    assert.equal(view.workflow.waitsUntil, new Date(`${addDays(end, 1)}T00:00:00+08:00`).toISOString());
    const todos = (await leader.get('/api/todos')).json().items as { link: string }[];
    assert.ok(!todos.some((i) => i.link === `/projects/${projectId}`));
  });

  test('start is refused while the notice runs, naming its end', async () => {
    const response = await act(leader, 'start');
    assert.equal(response.statusCode, 409);
    assert.ok(response.json().message.includes(addDays(today, t.deps.config.households.noticeDays - 1)), response.body);
    const view = (await leader.get(`/api/projects/${projectId}`)).json();
    assert.equal(view.state, 'approved');
  });

  test('after the notice: started, completed with outputs, accepted with its own notice', async () => {
    await t.deps.db.update(projects).set({ noticeStart: addDays(today, -30), noticeEnd: addDays(today, -1) }).where(eq(projects.id, projectId));
    assert.equal((await act(gaozhouRural, 'start')).statusCode, 403);
    const started = await act(leader, 'start');
    assert.equal(started.statusCode, 200, started.body);
    assert.equal(started.json().startedOn, today);
    const outputId = started.json().outputs[0].id;
    const missing = await act(leader, 'complete', { outputs: [{ id: outputId, actual: '1' }] });
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(paths(missing.json()), ['completedOn']);
    const completed = await act(leader, 'complete', { completedOn: today, outputs: [{ id: outputId, actual: '1' }] });
    assert.equal(completed.statusCode, 200, completed.body);
    assert.equal(completed.json().outputs[0].actual, '1.00');
    assert.equal((await act(xindongParty, 'accept')).statusCode, 403);
    const accepted = await act(gaozhouRural, 'accept');
    assert.equal(accepted.statusCode, 200, accepted.body);
    assert.equal(accepted.json().acceptanceNoticeStart, today);
  });

  test('hand-over waits for the acceptance notice and for a registered asset', async () => {
    const running = await act(xindongParty, 'hand_over');
    assert.equal(running.statusCode, 409);
    assert.equal(running.json().code, 'PROJECT_ACCEPTANCE_NOTICE_RUNNING');
    await t.deps.db.update(projects).set({ acceptanceNoticeEnd: addDays(today, -1) }).where(eq(projects.id, projectId));
    const noAsset = await act(xindongParty, 'hand_over');
    assert.equal(noAsset.statusCode, 409);
    assert.equal(noAsset.json().code, 'PROJECT_NO_ASSETS');
    await t.deps.db.insert(assets).values({
      projectId,
      divisionCode: places.changliu,
      name: '长流村蓄水池',
      kind: 'water_works',
      owner: '长流村股份经济合作社',
      maintainer: '长流村村民委员会',
      value: '300000.00',
      handedOverOn: today,
      condition: 'good',
    });
    const done = await act(xindongParty, 'hand_over');
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().state, 'handed_over');
    const history = await leader.get(`/api/projects/${projectId}/transitions`);
    assert.deepEqual(
      history.json().steps.map((s: { action: string }) => s.action),
      ['submit', 'return', 'resubmit', 'review', 'approve', 'start', 'complete', 'accept', 'hand_over'],
    );
  });

  test('withdraw and reject end a proposal; reject needs a reason', async () => {
    const withdrawn = (await leader.post('/api/projects', body({ name: '长流村村道硬化' }))).json();
    assert.equal((await leader.post(`/api/projects/${withdrawn.id}/transitions`, { action: 'withdraw' })).json().state, 'withdrawn');
    const fundSources = [
      { kind: 'fiscal', funder: '高州市财政局', amount: '200000' },
      { kind: 'unit', funder: '广东省高级人民法院', unitId: courtUnitId, amount: '100000' },
    ];
    const rejected = (await leader.post('/api/projects', body({ name: '长流村文化室', fundSources }))).json();
    assert.equal((await xindongParty.post(`/api/projects/${rejected.id}/transitions`, { action: 'reject' })).statusCode, 400);
    const response = await xindongParty.post(`/api/projects/${rejected.id}/transitions`, { action: 'reject', comment: '与村规划不符' });
    assert.equal(response.json().state, 'rejected');
  });

  test('list filters and export', async () => {
    const all = await gaozhouRural.get('/api/projects');
    assert.equal(all.json().total, 3);
    assert.equal((await gaozhouRural.get('/api/projects?state=handed_over')).json().total, 1);
    assert.equal((await gaozhouRural.get(`/api/projects?divisionCode=${places.zhenjiang}`)).json().total, 0);
    assert.equal((await gaozhouRural.get(`/api/projects?q=${encodeURIComponent('文化室')}`)).json().total, 1);
    const funded = (await gaozhouRural.get(`/api/projects?unitId=${courtUnitId}`)).json();
    assert.deepEqual(funded.items.map((p: { name: string }) => p.name), ['长流村文化室']);
    const exported = await gaozhouRural.get('/api/projects/export');
    assert.equal(exported.statusCode, 200);
    assert.match(String(exported.headers['content-type']), /spreadsheetml/);
    assert.equal((await member.get('/api/projects/export')).statusCode, 403);
  });
});
