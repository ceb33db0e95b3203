import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { households } from '../households/index.ts';
import { insertHousehold } from '../households/households.fixture.ts';
import { addIsoDays, stablePeriodEnd, transitionToday } from './household-transitions.rules.ts';
import { setIncome, setIndicators, setMonitored, transitionsFixture } from './household-transitions.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();
const today = transitionToday();
const day = (offset: number) => addIsoDays(today, offset);
const village = places.naguVillage;

describe('household transitions routes', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof transitionsFixture>>;
  let leader: Session;
  let member: Session;
  let naguParty: Session;
  let huizeRural: Session;
  let gaozhouRural: Session;
  let paired: Session;

  // A birth day of its own per householder, so two random ID numbers never collide.
  let born = 0;
  const household = async (values: Partial<Parameters<typeof insertHousehold>[1]> = {}) => {
    born += 1;
    const members = [{ name: `户主${born}`, relation: 'householder' as const, birthDate: addIsoDays('1960-01-01', born * 37) }];
    return (await insertHousehold(t.deps, { divisionCode: village, status: 'new', members, ...values })).household;
  };
  const request = (s: Session, householdId: string, body: Record<string, unknown>) => s.post(`/api/households/${householdId}/transitions`, body);
  const act = (s: Session, id: string, body: Record<string, unknown>) => s.post(`/api/household-transitions/${id}/actions`, body);
  const appraisal = (meetingOn: string) => ({ meetingOn, attendees: 42, inFavour: 40 });
  const statusOf = async (id: string) => (await t.deps.db.select().from(households).where(eq(households.id, id)))[0]!;

  before(async () => {
    t = await createTestApp();
    f = await transitionsFixture(t.deps);
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: village, cadreId: f.leader.id });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: village, cadreId: f.member.id });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    huizeRural = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.huize });
    gaozhouRural = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.gaozhou });
    paired = await sessionAs(t.app, t.deps, ['paired_cadre'], { division: village });
  });
  after(() => t.close());

  test('401 without a session on every route', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, url] of [
      ['GET', `/api/households/${id}/transitions`],
      ['POST', `/api/households/${id}/transitions`],
      ['GET', '/api/household-transitions'],
      ['GET', '/api/household-transitions/export'],
      ['GET', `/api/household-transitions/${id}`],
      ['POST', `/api/household-transitions/${id}/actions`],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(method === 'POST' ? { payload: { kind: 'identification', reason: '测试', action: 'approve' } } : {}) });
      assert.equal(response.statusCode, 401, `${method} ${url}`);
    }
  });

  test('identification: each step by its role only, back-dated notices, then 在册', async () => {
    const h = await household();
    const stale = await request(member, h.id, { kind: 'identification', reason: '因病致贫', appliedOn: day(-31) });
    assert.deepEqual(paths(stale.json()), ['appliedOn']);
    // The written application is dated 25 days back: the appraisal and notices may be recorded back to it.
    const created = await request(member, h.id, { kind: 'identification', reason: '因病致贫，家中主要劳力患病', appliedOn: day(-25) });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id as string;
    assert.equal(created.json().state, 'appraisal');

    // A team member cannot appraise; the meeting data is required; it may not lie more than 30 days back.
    assert.equal((await act(member, id, { action: 'appraise', appraisal: appraisal(day(0)) })).statusCode, 403);
    const missing = await act(leader, id, { action: 'appraise' });
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(paths(missing.json()), ['appraisal']);
    const tooOld = await act(leader, id, { action: 'appraise', appraisal: appraisal(day(-31)), noticeStart: day(-19) });
    assert.equal(tooOld.statusCode, 400);
    assert.ok(paths(tooOld.json()).includes('appraisal.meetingOn'));
    const beforeMeeting = await act(leader, id, { action: 'appraise', appraisal: appraisal(day(-20)), noticeStart: day(-21) });
    assert.deepEqual(paths(beforeMeeting.json()), ['noticeStart']);
    const beforeRequest = await act(leader, id, { action: 'appraise', appraisal: appraisal(day(-26)), noticeStart: day(-20) });
    assert.deepEqual(paths(beforeRequest.json()), ['appraisal.meetingOn']);
    const appraised = await act(leader, id, { action: 'appraise', appraisal: appraisal(day(-20)), noticeStart: day(-19) });
    assert.equal(appraised.statusCode, 200, appraised.body);
    assert.deepEqual(appraised.json().firstNotice, { start: day(-19), end: day(-13), running: false });
    assert.deepEqual(appraised.json().appraisal, { meetingOn: day(-20), attendees: 42, inFavour: 40 });

    // The county cannot take the township's step, nor the township the county's.
    assert.equal((await act(huizeRural, id, { action: 'review' })).statusCode, 403);
    const early = await act(naguParty, id, { action: 'review', noticeStart: day(-13) });
    assert.equal(early.statusCode, 400);
    assert.match(early.json().fields[0].message, new RegExp(day(-12)));
    const reviewed = await act(naguParty, id, { action: 'review', comment: '材料齐全', noticeStart: day(-12) });
    assert.equal(reviewed.statusCode, 200, reviewed.body);
    assert.equal(reviewed.json().state, 'second_notice');
    assert.deepEqual(reviewed.json().secondNotice, { start: day(-12), end: day(-6), running: false });
    assert.equal((await act(naguParty, id, { action: 'approve' })).statusCode, 403);
    assert.equal((await gaozhouRural.get(`/api/household-transitions/${id}`)).statusCode, 404);

    const approved = await act(huizeRural, id, { action: 'approve' });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(approved.json().state, 'approved');
    assert.equal(approved.json().announcedOn, today);
    const steps = approved.json().workflow.steps.map((s: { action: string }) => s.action);
    assert.deepEqual(steps, ['submit', 'appraise', 'review', 'approve']);
    const comments = approved.json().workflow.steps.map((s: { comment: string | null }) => s.comment);
    assert.equal(comments[1], `评议会议 ${day(-20)}，参会 42 人，赞成 40 票；公示期 ${day(-19)} 至 ${day(-13)}`);
    assert.equal(comments[2], `第二次公示期 ${day(-12)} 至 ${day(-6)}。材料齐全`);
    const after = await statusOf(h.id);
    assert.equal(after.status, 'registered');
    assert.equal(after.identifiedYear, Number(today.slice(0, 4)));

    const audits = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    const actions = audits.map((a) => a.action);
    for (const a of ['household_transition.request', 'household_transition.appraise', 'household_transition.review', 'household_transition.approve']) {
      assert.ok(actions.includes(a), a);
    }
    const appraiseAudit = audits.find((a) => a.action === 'household_transition.appraise')!.after as Record<string, unknown>;
    assert.equal(appraiseAudit.appraisalOn, day(-20));
    assert.equal(appraiseAudit.firstNoticeStart, day(-19));
  });

  test('a notice cannot be cut short: its last day is refused with the dates, the day after is allowed', async () => {
    const running = await household();
    const ended = await household();
    const ids: string[] = [];
    for (const [h, start] of [
      [running, day(-6)],
      [ended, day(-7)],
    ] as const) {
      // The first secretary files the request and records the appraisal himself.
      const created = await request(leader, h.id, { kind: 'identification', reason: '缺劳力，收入低', appliedOn: day(-10) });
      assert.equal(created.statusCode, 201, created.body);
      const id = created.json().id as string;
      assert.deepEqual(
        created.json().workflow.actions.map((a: { action: string }) => a.action),
        ['appraise', 'withdraw'],
      );
      const appraised = await act(leader, id, { action: 'appraise', appraisal: appraisal(day(-8)), noticeStart: start });
      assert.equal(appraised.statusCode, 200, appraised.body);
      ids.push(id);
    }
    const view = await naguParty.get(`/api/household-transitions/${ids[0]}`);
    assert.equal(view.json().nextStepFrom, day(1));
    assert.equal(view.json().firstNotice.running, true);
    assert.equal(view.json().workflow.waitsUntil, new Date(`${day(1)}T00:00:00+08:00`).toISOString());
    // Only the request whose notice is over waits on the township's to-do list.
    const todoLinks = ((await naguParty.get('/api/todos')).json().items as { link: string }[]).map((i) => i.link).join(' ');
    assert.ok(!todoLinks.includes(ids[0]!), 'a request in its notice is not yet on the to-do list');
    assert.ok(todoLinks.includes(ids[1]!), 'a request whose notice is over is');
    const refused = await act(naguParty, ids[0]!, { action: 'review' });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().message, `公示期 ${day(-6)} 至 ${day(0)}，期满后（${day(1)} 起）方可乡镇审核`);
    const allowed = await act(naguParty, ids[1]!, { action: 'review' });
    assert.equal(allowed.statusCode, 200, allowed.body);
    assert.deepEqual(allowed.json().secondNotice, { start: today, end: day(6), running: true });
    // The second notice holds the county back the same way.
    assert.equal((await act(huizeRural, ids[1]!, { action: 'approve' })).statusCode, 409);
  });

  test('return needs a reason and goes back to the applicant, who resubmits or withdraws', async () => {
    const h = await household({ status: 'not_identified' });
    const id = (await request(member, h.id, { kind: 'identification', reason: '重新申请识别' })).json().id as string;
    const bare = await act(leader, id, { action: 'return' });
    assert.equal(bare.statusCode, 400);
    assert.deepEqual(paths(bare.json()), ['comment']);
    const returned = await act(leader, id, { action: 'return', comment: '缺少收入证明' });
    assert.equal(returned.json().state, 'returned');
    assert.equal((await act(leader, id, { action: 'resubmit' })).statusCode, 403);
    assert.equal((await act(member, id, { action: 'resubmit' })).json().state, 'appraisal');
    assert.equal((await act(member, id, { action: 'withdraw' })).json().state, 'withdrawn');
    // Withdrawn, it no longer blocks a new request.
    assert.equal((await request(member, h.id, { kind: 'identification', reason: '补齐材料后再次申请' })).statusCode, 201);
    assert.equal((await request(member, h.id, { kind: 'identification', reason: '重复申请' })).statusCode, 409);
  });

  test('rejected identification leaves the household 未通过识别', async () => {
    const h = await household();
    const id = (await request(member, h.id, { kind: 'identification', reason: '申请识别', appliedOn: day(-10) })).json().id as string;
    await act(leader, id, { action: 'appraise', appraisal: { meetingOn: day(-9), attendees: 30, inFavour: 10 }, noticeStart: day(-8) });
    const rejected = await act(naguParty, id, { action: 'reject', comment: '评议未过半数' });
    assert.equal(rejected.json().state, 'rejected');
    assert.equal((await statusOf(h.id)).status, 'not_identified');
  });

  test('identification only from 新识别 or 未通过识别; a paired cadre may not apply', async () => {
    const registered = await household({ status: 'registered' });
    assert.equal((await request(member, registered.id, { kind: 'identification', reason: '申请识别' })).statusCode, 409);
    const fresh = await household();
    assert.equal((await request(paired, fresh.id, { kind: 'identification', reason: '申请识别' })).statusCode, 403);
    assert.equal((await request(gaozhouRural, fresh.id, { kind: 'identification', reason: '申请识别' })).statusCode, 404);
  });

  test('exit is refused while an indicator is unmet or income below the line, then allowed', async () => {
    const h = await household({ status: 'registered' });
    await setIndicators(t.deps, h.id, 'met', { housing: 'unmet' });
    await setIncome(t.deps, h.id, 2026, t.deps.config.households.incomeLine - 100);
    const refused = await request(leader, h.id, { kind: 'exit', reason: '收入稳定，申请退出' });
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(paths(refused.json()), ['income', 'indicators.housing']);
    const ready = await household({ status: 'registered' });
    await setIndicators(t.deps, ready.id, 'met');
    await setIncome(t.deps, ready.id, 2026, t.deps.config.households.incomeLine + 500);
    assert.equal((await request(leader, ready.id, { kind: 'exit', reason: '两不愁三保障达标' })).statusCode, 201);
    assert.equal((await request(member, ready.id, { kind: 'exit', reason: '重复申请' })).statusCode, 409);
  });

  test('monitoring: clocks in working days, overdue verification on the leader\'s to-do list, county decides', async () => {
    const h = await household({ status: 'exited' });
    const bad = await request(member, h.id, { kind: 'monitoring', reason: '户主突发重病', monitoringType: 'sudden', discoveryChannel: 'rumour', discoveredOn: day(1) });
    assert.equal(bad.statusCode, 400);
    assert.ok(paths(bad.json()).includes('discoveryChannel'));
    const future = await request(member, h.id, { kind: 'monitoring', reason: '户主突发重病', monitoringType: 'sudden', discoveryChannel: 'cadre_visit', discoveredOn: day(1) });
    assert.deepEqual(paths(future.json()), ['discoveredOn']);
    // Friday 2026-11-06: five working days end Friday 11-13, fifteen end Friday 11-27.
    const created = await request(member, h.id, { kind: 'monitoring', reason: '户主突发重病住院', monitoringType: 'sudden', discoveryChannel: 'cadre_visit', discoveredOn: '2026-11-06' });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id as string;
    assert.equal(created.json().verifyDueOn, '2026-11-13');
    assert.equal(created.json().decideDueOn, '2026-11-27');
    // Both days lie in the past of any run of this test: the verification is overdue.
    assert.equal(created.json().verifyOverdue, true);

    const todos = (await leader.get('/api/todos')).json();
    const item = todos.items.find((i: { link: string }) => i.link === `/household-transitions/${id}`);
    assert.ok(item, JSON.stringify(todos.items));
    assert.equal(item.overdue, true);
    const firstInTime = todos.items.findIndex((i: { overdue: boolean }) => !i.overdue);
    assert.ok(firstInTime === -1 || todos.items.indexOf(item) < firstInTime, 'overdue items come first');
    const overdueList = (await huizeRural.get('/api/household-transitions?kind=monitoring&overdue=true')).json();
    assert.ok(overdueList.items.some((i: { id: string }) => i.id === id));
    assert.ok(overdueList.items.every((i: { verifyOverdue: boolean; decideOverdue: boolean }) => i.verifyOverdue || i.decideOverdue));

    const noFindings = await act(leader, id, { action: 'verify' });
    assert.deepEqual(paths(noFindings.json()), ['findings']);
    assert.equal((await act(huizeRural, id, { action: 'approve' })).statusCode, 409);
    const verified = await act(leader, id, { action: 'verify', findings: '入户核实：住院费用 8 万元，报销后自付 3 万元' });
    assert.equal(verified.json().state, 'deciding');
    assert.equal(verified.json().verifiedOn, today);
    assert.equal(verified.json().verifyOverdue, false);
    assert.equal((await act(naguParty, id, { action: 'approve' })).statusCode, 403);
    const approved = await act(huizeRural, id, { action: 'approve' });
    assert.equal(approved.json().state, 'approved');
    const after = await statusOf(h.id);
    assert.deepEqual([after.monitoringState, after.monitoringType, after.monitoringSince], ['monitoring', 'sudden', today]);
    assert.equal((await request(member, h.id, { kind: 'monitoring', reason: '再次申请', monitoringType: 'marginal', discoveryChannel: 'self_report', discoveredOn: today })).statusCode, 409);
  });

  test('risk removal: not before the stable period, support named for a household without labour', async () => {
    const recent = await household({ status: 'exited' });
    await setMonitored(t.deps, recent.id, day(-30));
    const early = await request(leader, recent.id, { kind: 'risk_removal', reason: '收入恢复' });
    assert.equal(early.statusCode, 409);
    assert.match(early.json().message, /6 个月/);
    assert.match(early.json().message, new RegExp(`${stablePeriodEnd(day(-30), 6)} 起方可申请风险消除`));

    const alone = await household({ status: 'exited', members: [{ name: '王老汉', relation: 'householder', birthDate: '1940-02-03', labourAbility: 'lost' }] });
    await setMonitored(t.deps, alone.id, day(-400));
    const bare = await request(leader, alone.id, { kind: 'risk_removal', reason: '纳入特困供养' });
    assert.equal(bare.statusCode, 400);
    assert.deepEqual(paths(bare.json()), ['supportNote']);
    const listed = (await leader.get('/api/todos')).json().items.map((i: { link: string }) => i.link);
    assert.ok(!listed.includes(`/households/${alone.id}?tab=transitions`), 'a household without labour is never proposed');
    assert.equal((await request(leader, alone.id, { kind: 'risk_removal', reason: '纳入特困供养', supportNote: '已纳入特困供养，按月领取供养金' })).statusCode, 201);

    const able = await household({ status: 'exited' });
    await setMonitored(t.deps, able.id, day(-200), 'unstable');
    const proposed = (await leader.get('/api/todos')).json().items.find((i: { link: string }) => i.link === `/households/${able.id}?tab=transitions`);
    assert.ok(proposed);
    assert.match(proposed.title, /可申请风险消除/);
    const id = (await request(member, able.id, { kind: 'risk_removal', reason: '务工收入稳定' })).json().id as string;
    assert.equal((await act(leader, id, { action: 'verify', findings: '务工月收入 4000 元' })).json().state, 'township_review');
    assert.equal((await act(huizeRural, id, { action: 'approve' })).statusCode, 409);
    assert.equal((await act(naguParty, id, { action: 'review' })).json().state, 'deciding');
    assert.equal((await act(huizeRural, id, { action: 'approve' })).json().state, 'approved');
    const after = await statusOf(able.id);
    assert.deepEqual([after.monitoringState, after.riskRemovedOn], ['risk_removed', today]);
  });

  test('the household history, the list in scope with filters, and the export', async () => {
    const h = await household();
    await request(member, h.id, { kind: 'identification', reason: '申请识别' });
    const history = await paired.get(`/api/households/${h.id}/transitions`);
    assert.equal(history.statusCode, 200, history.body);
    assert.equal(history.json().items.length, 1);
    assert.equal(history.json().items[0].workflow.steps[0].action, 'submit');
    // A paired cadre may propose monitoring, not identification; one is open already anyway.
    assert.deepEqual(history.json().requestable, ['monitoring']);
    assert.deepEqual((await member.get(`/api/households/${h.id}/transitions`)).json().requestable, ['monitoring']);
    const registered = await household({ status: 'registered' });
    assert.deepEqual((await leader.get(`/api/households/${registered.id}/transitions`)).json().requestable, ['exit', 'monitoring']);
    assert.equal((await gaozhouRural.get(`/api/households/${h.id}/transitions`)).statusCode, 404);

    const list = (await naguParty.get(`/api/household-transitions?householdId=${h.id}&kind=identification&state=appraisal`)).json();
    assert.equal(list.total, 1);
    assert.equal(list.items[0].householderName, h.householderName);
    assert.equal((await gaozhouRural.get('/api/household-transitions')).json().total, 0);

    const file = await huizeRural.get('/api/household-transitions/export?kind=identification');
    assert.equal(file.statusCode, 200);
    assert.match(String(file.headers['content-type']), /spreadsheetml/);
    assert.equal((await member.get('/api/household-transitions/export')).statusCode, 403);
  });
});
