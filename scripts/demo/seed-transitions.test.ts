import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, signIn, type Session, type TestApp } from '../../server/test/test-app.ts';
import { createAccount, createCadre, createUnit, insertPlaces, places, TEST_PASSWORD } from '../../server/test/factories.ts';
import { insertHousehold } from '../../server/modules/households/households.fixture.ts';
import { householdTransitions } from '../../server/modules/household-transitions/index.ts';
import { setIncome, setIndicators } from '../../server/modules/household-transitions/household-transitions.fixture.ts';
import { createDemoWorld, isoDay } from './demo-world.ts';
import { seedTransitions, type TransitionSeedSummary } from './seed-transitions.ts';

const village = places.naguVillage;

describe('demo transitions', () => {
  let t: TestApp;
  let summary: TransitionSeedSummary;
  let township: Session;
  let county: Session;
  let leader: Session;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    const unit = await createUnit(t.deps, { name: '曲靖市中级人民法院', divisionCode: places.qujing });
    const leaderCadre = await createCadre(t.deps, { unitId: unit.id, name: '张书记' });
    const memberCadre = await createCadre(t.deps, { unitId: unit.id, name: '李队员' });
    await createAccount(t.deps, { username: 'tuoche-leader', roles: ['team_leader'], division: village, cadreId: leaderCadre.id });
    await createAccount(t.deps, { username: 'tuoche-member', roles: ['team_member'], division: village, cadreId: memberCadre.id });
    await createAccount(t.deps, { username: 'nagu-party', roles: ['township_party'], division: places.nagu });
    await createAccount(t.deps, { username: 'huize-rural', roles: ['rural_office'], division: places.huize });
    let born = 0;
    const add = async (status: 'new' | 'registered') => {
      born += 1;
      const members = [{ name: `户主${born}`, relation: 'householder' as const, birthDate: `19${50 + born}-03-0${(born % 9) + 1}` }];
      return (await insertHousehold(t.deps, { divisionCode: village, status, code: `${village}${String(born).padStart(4, '0')}`, members })).household;
    };
    for (let i = 0; i < 4; i += 1) await add('new');
    const ready = await add('registered');
    await setIndicators(t.deps, ready.id, 'met');
    await setIncome(t.deps, ready.id, 2026, 7200);
    for (let i = 0; i < 3; i += 1) await add('registered');
    summary = await seedTransitions(createDemoWorld(t.deps, isoDay(new Date())));
    township = await signIn(t.app, 'nagu-party', TEST_PASSWORD);
    county = await signIn(t.app, 'huize-rural', TEST_PASSWORD);
    leader = await signIn(t.app, 'tuoche-leader', TEST_PASSWORD);
  });
  after(() => t.close());

  test('identifications at each step, an exit at the county, two monitoring requests, one household to propose', async () => {
    assert.deepEqual(summary, { identification: 4, exit: 1, monitoring: 2, riskRemovalEligible: true });
    const rows = await t.deps.db.select({ kind: householdTransitions.kind, state: householdTransitions.state }).from(householdTransitions);
    const states = rows.map((r) => `${r.kind}:${r.state}`).sort();
    assert.deepEqual(states, [
      'exit:second_notice',
      'identification:appraisal',
      'identification:first_notice',
      'identification:first_notice',
      'identification:second_notice',
      'monitoring:approved',
      'monitoring:deciding',
      'monitoring:verifying',
    ]);
  });

  test('the township reviews the notice that ended and is refused on the one still running', async () => {
    const waiting = (await township.get('/api/household-transitions?state=first_notice')).json().items as { id: string; nextStepFrom: string | null }[];
    const ended = waiting.find((x) => x.nextStepFrom === null)!;
    const running = waiting.find((x) => x.nextStepFrom !== null)!;
    assert.equal((await township.post(`/api/household-transitions/${running.id}/actions`, { action: 'review' })).statusCode, 409);
    assert.equal((await township.post(`/api/household-transitions/${ended.id}/actions`, { action: 'review' })).statusCode, 200);
  });

  test('the county may approve what waits after the second notice', async () => {
    const listed = (await county.get('/api/household-transitions?state=second_notice')).json().items as { id: string; kind: string; nextStepFrom: string | null }[];
    // The one the township just reviewed has its second notice running.
    const waiting = listed.filter((x) => x.nextStepFrom === null);
    assert.equal(listed.length - waiting.length, 1);
    assert.deepEqual(waiting.map((x) => x.kind).sort(), ['exit', 'identification']);
    for (const x of waiting) {
      const response = await county.post(`/api/household-transitions/${x.id}/actions`, { action: 'approve' });
      assert.equal(response.statusCode, 200, response.body);
    }
  });

  test('the leader finds the overdue verification first and the household to propose for risk removal', async () => {
    const items = (await leader.get('/api/todos')).json().items as { title: string; overdue: boolean; link: string }[];
    const overdue = items.filter((i) => i.overdue);
    assert.equal(overdue.length, 1);
    assert.equal(items[0], overdue[0]);
    assert.match(overdue[0]!.title, /纳入监测/);
    assert.ok(items.some((i) => /可申请风险消除/.test(i.title)));
    const [monitored] = await t.deps.db.select().from(householdTransitions).where(eq(householdTransitions.state, 'verifying'));
    assert.equal(overdue[0]!.link, `/household-transitions/${monitored!.id}`);
  });
});
