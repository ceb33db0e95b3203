import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { demands } from './demands.schema.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { createCadre, createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { insertHousehold } from '../households/households.fixture.ts';
import { daysBetween, todayInBeijing } from './demands.rules.ts';
import { demandCounts } from './index.ts';
import { makeScope } from '../../platform/access/scope.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();
const today = todayInBeijing();
const day = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

/** 拖车村 with a leader, two members and a household; 高州市长流村 with a household of its own. */
async function demandFixture(deps: AppDeps) {
  await insertPlaces(deps);
  const unit = await createUnit(deps, { name: '会泽县农业农村局', divisionCode: places.huize });
  const leader = await createCadre(deps, { unitId: unit.id, divisionCode: places.naguVillage, name: '张队长' });
  const member = await createCadre(deps, { unitId: unit.id, divisionCode: places.naguVillage, name: '李队员' });
  const other = await createCadre(deps, { unitId: unit.id, divisionCode: places.naguVillage, name: '王队员' });
  const gaozhouUnit = await createUnit(deps, { name: '高州市农业农村局', divisionCode: places.gaozhou });
  const gaozhouCadre = await createCadre(deps, { unitId: gaozhouUnit.id, divisionCode: places.changliu, name: '陈长流' });
  const household = (await insertHousehold(deps, { divisionCode: places.naguVillage, householderName: '杨正华' })).household;
  const gaozhouHousehold = (await insertHousehold(deps, { divisionCode: places.changliu, householderName: '梁长流' })).household;
  return { unit, leader, member, other, gaozhouCadre, household, gaozhouHousehold };
}

describe('demands routes', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof demandFixture>>;
  let leader: Session;
  let member: Session;
  let other: Session;
  let township: Session;
  let county: Session;
  let gaozhouLeader: Session;

  const body = (overrides: Record<string, unknown> = {}) => ({
    raisedBy: '杨正华',
    householdId: f.household.id,
    raisedOn: day(-3),
    category: 'infrastructure',
    content: '组里通往地块的机耕路雨季冲毁，需要修复',
    ...overrides,
  });

  before(async () => {
    t = await createTestApp();
    f = await demandFixture(t.deps);
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage, cadreId: f.leader.id });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage, cadreId: f.member.id });
    other = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage, cadreId: f.other.id });
    township = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    county = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.huize });
    gaozhouLeader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.changliu, cadreId: f.gaozhouCadre.id });
  });
  after(() => t.close());

  test('400 names the field: shape, a future day, no village for a county account', async () => {
    const shape = await member.post('/api/demands', body({ category: 'roads', content: '' }));
    assert.equal(shape.statusCode, 400);
    assert.deepEqual(paths(shape.json()), ['category', 'content']);
    const future = await member.post('/api/demands', body({ raisedOn: day(2) }));
    assert.equal(future.statusCode, 400);
    assert.deepEqual(paths(future.json()), ['raisedOn']);
    const township2 = await sessionAs(t.app, t.deps, ['team_member'], { division: places.nagu });
    const noVillage = await township2.post('/api/demands', body({ householdId: undefined }));
    assert.equal(noVillage.statusCode, 400);
    assert.deepEqual(paths(noVillage.json()), ['divisionCode']);
    const outside = await member.post('/api/demands', body({ householdId: undefined, divisionCode: places.changliu }));
    assert.equal(outside.statusCode, 400);
    assert.deepEqual(paths(outside.json()), ['divisionCode']);
  });

  test('a household of another village is not found; a county reader may not raise', async () => {
    assert.equal((await member.post('/api/demands', body({ householdId: f.gaozhouHousehold.id }))).statusCode, 404);
    assert.equal((await county.post('/api/demands', body())).statusCode, 403);
  });

  test('raise → assign → solve, with the days counted and the history from the trail', async () => {
    const raised = await member.post('/api/demands', body());
    assert.equal(raised.statusCode, 201, raised.body);
    const demand = raised.json();
    assert.equal(demand.state, 'open');
    assert.equal(demand.divisionCode, places.naguVillage);
    assert.equal(demand.householderName, '杨正华');
    assert.deepEqual(demand.abilities, { assign: false, solve: false, close: false });

    assert.equal((await member.post(`/api/demands/${demand.id}/assign`, { cadreId: f.member.id, dueOn: day(10) })).statusCode, 403);
    const early = await leader.post(`/api/demands/${demand.id}/solve`, { solvedOn: today, solution: '已修复' });
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().code, 'DEMAND_STATE');

    const pastDue = await leader.post(`/api/demands/${demand.id}/assign`, { cadreId: f.member.id, dueOn: day(-1) });
    assert.equal(pastDue.statusCode, 400);
    assert.deepEqual(paths(pastDue.json()), ['dueOn']);
    const foreign = await leader.post(`/api/demands/${demand.id}/assign`, { cadreId: f.gaozhouCadre.id, dueOn: day(10) });
    assert.equal(foreign.statusCode, 400);
    assert.deepEqual(paths(foreign.json()), ['cadreId']);

    const assigned = await leader.post(`/api/demands/${demand.id}/assign`, { cadreId: f.member.id, dueOn: day(10) });
    assert.equal(assigned.statusCode, 200, assigned.body);
    assert.equal(assigned.json().state, 'assigned');
    assert.equal(assigned.json().assignedCadreName, '李队员');

    const notMine = await other.post(`/api/demands/${demand.id}/solve`, { solvedOn: today, solution: '已修复' });
    assert.equal(notMine.statusCode, 403);
    assert.equal(notMine.json().code, 'DEMAND_NOT_ASSIGNEE');
    assert.equal((await member.get(`/api/demands/${demand.id}`)).json().abilities.solve, true);

    const solved = await member.post(`/api/demands/${demand.id}/solve`, { solvedOn: today, solution: '协调镇里机械，三天修通' });
    assert.equal(solved.statusCode, 200, solved.body);
    const view = solved.json();
    assert.equal(view.state, 'solved');
    assert.equal(view.daysToSolve, daysBetween(day(-3), today));
    assert.deepEqual(
      view.history.map((h: { action: string }) => h.action),
      ['raise', 'assign', 'solve'],
    );
    assert.equal(view.history[1].cadreName, '李队员');
    assert.equal(view.history[1].dueOn, day(10));
    assert.equal(view.history[2].text, '协调镇里机械，三天修通');
    assert.ok(view.history.every((h: { actorName: string | null }) => h.actorName));

    const closeSolved = await leader.post(`/api/demands/${demand.id}/close`, { reason: '重复登记' });
    assert.equal(closeSolved.statusCode, 409);

    const audits = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'demand'), eq(auditEvents.entityId, demand.id)));
    assert.deepEqual(audits.map((a) => a.action).sort(), ['demands.assign', 'demands.raise', 'demands.solve']);
  });

  test('close with a reason; a village demand without a household takes the account’s village', async () => {
    const raised = await leader.post('/api/demands', body({ householdId: undefined, raisedBy: '村民小组长', category: 'other', content: '希望增设路灯' }));
    assert.equal(raised.statusCode, 201, raised.body);
    assert.equal(raised.json().divisionCode, places.naguVillage);
    assert.equal(raised.json().householdId, null);
    const noReason = await township.post(`/api/demands/${raised.json().id}/close`, { reason: '' });
    assert.equal(noReason.statusCode, 400);
    assert.deepEqual(paths(noReason.json()), ['reason']);
    const closed = await township.post(`/api/demands/${raised.json().id}/close`, { reason: '已列入县级路灯项目统一实施' });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json().state, 'closed');
    assert.equal(closed.json().closedReason, '已列入县级路灯项目统一实施');
  });

  test('scope: another county sees nothing and gets 404 on every record', async () => {
    const raised = (await member.post('/api/demands', body())).json();
    assert.equal((await gaozhouLeader.get(`/api/demands/${raised.id}`)).statusCode, 404);
    assert.equal((await gaozhouLeader.post(`/api/demands/${raised.id}/assign`, { cadreId: f.gaozhouCadre.id, dueOn: day(5) })).statusCode, 404);
    assert.equal((await gaozhouLeader.post(`/api/demands/${raised.id}/close`, { reason: '不在本村' })).statusCode, 404);
    assert.equal((await gaozhouLeader.get('/api/demands')).json().total, 0);
    assert.equal((await county.get(`/api/demands/${raised.id}`)).statusCode, 200);
  });

  test('overdue: filtered, counted, first on the assignee’s to-do list; unassigned ones wait for the assigners', async () => {
    const late = (await member.post('/api/demands', body({ content: '低保评定有异议，希望复核' }))).json();
    await leader.post(`/api/demands/${late.id}/assign`, { cadreId: f.member.id, dueOn: day(1) });
    const onTime = (await member.post('/api/demands', body({ content: '孩子上学交通补助' }))).json();
    await leader.post(`/api/demands/${onTime.id}/assign`, { cadreId: f.member.id, dueOn: day(20) });
    await t.deps.db.update(demands).set({ dueOn: day(-1) }).where(eq(demands.id, late.id));

    const overdue = (await county.get('/api/demands?overdue=true')).json();
    assert.deepEqual(overdue.items.map((d: { id: string }) => d.id), [late.id]);
    assert.equal(overdue.items[0].overdue, true);
    const notOverdue = (await county.get('/api/demands?overdue=false&state=assigned')).json();
    assert.ok(notOverdue.items.some((d: { id: string }) => d.id === onTime.id));
    assert.ok(!notOverdue.items.some((d: { id: string }) => d.id === late.id));

    const summary = (await county.get(`/api/demands/summary?divisionCode=${places.nagu}`)).json();
    assert.equal(summary.overdue, 1);
    assert.ok(summary.raised >= summary.solved + summary.open);
    assert.equal(summary.averageDaysToSolve, daysBetween(day(-3), today));
    assert.deepEqual(await demandCounts(t.deps.db, makeScope(places.gaozhou, null), null), {
      raised: 0, solved: 0, open: 0, closed: 0, overdue: 0, averageDaysToSolve: null,
    });

    const mine = (await member.get('/api/todos')).json().items.filter((i: { kind: string }) => i.kind === 'demands.assigned');
    assert.equal(mine[0].link, `/demands/${late.id}`);
    assert.equal(mine[0].overdue, true);
    assert.ok(mine.some((i: { link: string; overdue: boolean }) => i.link === `/demands/${onTime.id}` && !i.overdue));

    const waiting = (await member.post('/api/demands', body({ content: '自来水管破裂' }))).json();
    const forLeader = (await leader.get('/api/todos')).json().items.filter((i: { kind: string }) => i.kind === 'demands.unassigned');
    assert.ok(forLeader.some((i: { link: string }) => i.link === `/demands/${waiting.id}`));
    const forMember = (await member.get('/api/todos')).json().items.filter((i: { kind: string }) => i.kind === 'demands.unassigned');
    assert.equal(forMember.length, 0);
  });

  test('list by household and export as a workbook, audited', async () => {
    const list = (await leader.get(`/api/demands?householdId=${f.household.id}&sort=raisedOn&order=asc&pageSize=2`)).json();
    assert.ok(list.total >= 2);
    assert.equal(list.items.length, 2);
    const exported = await county.get('/api/demands/export?state=assigned');
    assert.equal(exported.statusCode, 200);
    assert.match(String(exported.headers['content-type']), /spreadsheetml/);
    const trail = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'demands.export'));
    assert.equal(trail.length, 1);
  });
});
