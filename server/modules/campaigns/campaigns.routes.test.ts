import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createCadre, createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { campaignLedgerEntries } from './campaigns.schema.ts';
import { insertOrganBranch } from './campaigns.fixture.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();

describe('campaigns routes', () => {
  let t: TestApp;
  let admin: Session;
  let guangdongAdmin: Session;
  let partyA: Session;
  let partyB: Session;
  let partyC: Session;
  let secretary: Session;
  let county: Session;
  let gaozhouCounty: Session;
  let unitA: string;
  let unitB: string;
  let branchA1: string;
  let branchA2: string;
  let branchB1: string;
  let campaignId: string;
  let unitC: string;
  let cadreOfB: string;

  const campaignBody = (overrides: Record<string, unknown> = {}) => ({
    name: '“五千行动”',
    year: 2025,
    divisionCode: places.yunnan,
    lines: ['branch_village', 'secretary_household', 'leader_stay', 'professional_visit', 'member_service'],
    startsOn: '2025-01-01',
    endsOn: '2026-06-30',
    ...overrides,
  });
  const entry = (overrides: Record<string, unknown> = {}) => ({
    line: 'member_service',
    branchId: branchA1,
    personName: '何帮扶',
    villageCode: places.naguVillage,
    happenedOn: '2025-05-10',
    description: '入户宣讲产业政策',
    personTimes: 3,
    problemsSolved: 1,
    policyItems: 2,
    technicalServices: 0,
    ideas: 1,
    projects: 0,
    funds: '5000.00',
    ...overrides,
  });

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    unitA = (await createUnit(t.deps, { name: '云南省财政厅', divisionCode: places.yunnan, type: 'provincial' })).id;
    unitB = (await createUnit(t.deps, { name: '云南省交通运输厅', divisionCode: places.yunnan, type: 'provincial' })).id;
    unitC = (await createUnit(t.deps, { name: '云南省林业和草原局', divisionCode: places.yunnan, type: 'provincial' })).id;
    const secretaryCadre = (await createCadre(t.deps, { unitId: unitA, name: '王书记' })).id;
    branchA1 = await insertOrganBranch(t.deps, { unitId: unitA, divisionCode: places.yunnan, name: '财政厅机关第一党支部', secretaryCadreId: secretaryCadre });
    branchA2 = await insertOrganBranch(t.deps, { unitId: unitA, divisionCode: places.yunnan, name: '财政厅机关第二党支部' });
    branchB1 = await insertOrganBranch(t.deps, { unitId: unitB, divisionCode: places.yunnan, name: '交通运输厅机关第一党支部' });
    cadreOfB = (await createCadre(t.deps, { unitId: unitB, name: '交通干部' })).id;
    admin = await sessionAs(t.app, t.deps, ['campaign_admin'], { division: places.yunnan });
    guangdongAdmin = await sessionAs(t.app, t.deps, ['campaign_admin'], { division: places.guangdong });
    partyA = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: unitA });
    partyB = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: unitB });
    partyC = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: unitC });
    secretary = await sessionAs(t.app, t.deps, ['branch_secretary'], { unitId: unitA, cadreId: secretaryCadre });
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouCounty = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
  });
  after(() => t.close());

  test('a campaign: field rules, the default formula, its region, and its steps', async () => {
    const bad = await admin.post('/api/campaigns', campaignBody({ name: ' ', lines: [], endsOn: '2024-12-31' }));
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(paths(bad.json()), ['lines', 'name']);
    const backwards = await admin.post('/api/campaigns', campaignBody({ endsOn: '2024-12-31' }));
    assert.deepEqual(paths(backwards.json()), ['endsOn']);
    const elsewhere = await admin.post('/api/campaigns', campaignBody({ divisionCode: places.guangdong }));
    assert.deepEqual(paths(elsewhere.json()), ['divisionCode']);

    const created = await admin.post('/api/campaigns', campaignBody());
    assert.equal(created.statusCode, 201, created.body);
    campaignId = created.json().id;
    assert.equal(created.json().status, 'draft');
    assert.deepEqual(created.json().formula, {
      weights: { branch_village: 20, secretary_household: 20, leader_stay: 20, professional_visit: 20, member_service: 20 },
      capPercent: 100,
      fullScore: 100,
    });
    assert.equal((await guangdongAdmin.get(`/api/campaigns/${campaignId}`)).statusCode, 404);
    assert.equal((await guangdongAdmin.put(`/api/campaigns/${campaignId}`, campaignBody())).statusCode, 404);
    assert.equal((await county.get(`/api/campaigns/${campaignId}`)).statusCode, 200, 'a county inside the region reads it');
    assert.equal((await county.put(`/api/campaigns/${campaignId}`, campaignBody())).statusCode, 403);
    assert.equal((await partyC.get(`/api/campaigns/${campaignId}`)).statusCode, 404, 'a unit without targets does not see it');

    const weighted = { weights: { branch_village: 40, secretary_household: 15, leader_stay: 15, professional_visit: 15, member_service: 15 }, capPercent: 120, fullScore: 100 };
    assert.equal((await admin.put(`/api/campaigns/${campaignId}`, campaignBody({ formula: weighted }))).statusCode, 200);
    const renamed = await admin.put(`/api/campaigns/${campaignId}`, campaignBody({ name: '2025年“五千行动”' }));
    assert.equal(renamed.json().name, '2025年“五千行动”');
    assert.deepEqual(renamed.json().formula, weighted, 'a formula left out stays');
    const narrowed = await admin.put(`/api/campaigns/${campaignId}`, campaignBody({ name: '2025年“五千行动”', lines: ['branch_village', 'member_service'] }));
    assert.deepEqual(narrowed.json().formula.weights, { branch_village: 50, member_service: 50 });
    const badWeight = await admin.put(`/api/campaigns/${campaignId}`, campaignBody({ lines: ['branch_village'], formula: { ...weighted, weights: { leader_stay: 10 } } }));
    assert.deepEqual(paths(badWeight.json()), ['formula.weights.leader_stay']);
    await admin.put(`/api/campaigns/${campaignId}`, campaignBody({ name: '2025年“五千行动”' }));
    assert.equal((await admin.post(`/api/campaigns/${campaignId}/status`, { status: 'closed' })).statusCode, 409);
    assert.equal((await admin.post(`/api/campaigns/${campaignId}/status`, { status: 'running' })).json().status, 'running');
  });

  test('the allocation plan: the committee edits it, a unit sees its own row', async () => {
    const a = await admin.put(`/api/campaigns/${campaignId}/targets/${unitA}`, { targets: { branch_village: 3, secretary_household: 5, member_service: 40 } });
    assert.equal(a.statusCode, 200, a.body);
    assert.deepEqual(a.json().targets, { branch_village: 3, secretary_household: 5, member_service: 40 });
    await admin.put(`/api/campaigns/${campaignId}/targets/${unitB}`, { targets: { branch_village: 2 } });
    const negative = await admin.put(`/api/campaigns/${campaignId}/targets/${unitB}`, { targets: { branch_village: -1 } });
    assert.equal(negative.statusCode, 400);
    assert.deepEqual(paths(negative.json()), ['targets.branch_village']);
    assert.equal((await partyA.put(`/api/campaigns/${campaignId}/targets/${unitA}`, { targets: { branch_village: 9 } })).statusCode, 403);

    assert.equal((await admin.get(`/api/campaigns/${campaignId}/targets`)).json().total, 2);
    const own = (await partyA.get(`/api/campaigns/${campaignId}/targets`)).json();
    assert.deepEqual(own.items.map((r: { unitId: string }) => r.unitId), [unitA]);
    assert.equal((await admin.get(`/api/campaigns/${campaignId}/targets?q=交通`)).json().total, 1);
    assert.equal((await partyA.get(`/api/campaigns/${campaignId}`)).statusCode, 200, 'a unit with targets sees the campaign');
    const exported = await admin.get(`/api/campaigns/${campaignId}/targets/export`);
    assert.equal(exported.statusCode, 200);
    assert.match(String(exported.headers['content-type']), /spreadsheetml/);
    const branches = (await partyA.get(`/api/campaigns/${campaignId}/branches`)).json();
    assert.deepEqual(branches.items.map((b: { id: string }) => b.id).sort(), [branchA1, branchA2].sort());
  });

  test('tasks: created by the committee or the unit, claimed once, assigned by the unit, then done', async () => {
    const noVillage = await partyA.post(`/api/campaigns/${campaignId}/tasks`, { unitId: unitA, line: 'branch_village', title: '结对帮村' });
    assert.equal(noVillage.statusCode, 400);
    assert.deepEqual(paths(noVillage.json()), ['villageCode']);
    const noHousehold = await partyA.post(`/api/campaigns/${campaignId}/tasks`, { unitId: unitA, line: 'secretary_household', title: '书记帮户' });
    assert.deepEqual(paths(noHousehold.json()), ['householdName']);
    assert.equal((await partyA.post(`/api/campaigns/${campaignId}/tasks`, { unitId: unitB, line: 'branch_village', title: '结对帮村', villageCode: places.naguVillage })).statusCode, 403);

    const first = await partyA.post(`/api/campaigns/${campaignId}/tasks`, { unitId: unitA, line: 'branch_village', title: '结对帮拖车村', villageCode: places.naguVillage });
    assert.equal(first.statusCode, 201, first.body);
    const second = await admin.post(`/api/campaigns/${campaignId}/tasks`, { unitId: unitA, line: 'secretary_household', title: '书记帮户', householdName: '李大爷', villageCode: places.naguVillage });
    assert.equal(second.statusCode, 201, second.body);
    const forB = await admin.post(`/api/campaigns/${campaignId}/tasks`, { unitId: unitB, line: 'branch_village', title: '结对帮长流村', villageCode: places.changliu });
    const taskA = first.json().id;
    const taskA2 = second.json().id;
    const taskB = forB.json().id;

    assert.equal((await secretary.post(`/api/campaigns/${campaignId}/tasks/${taskA}/claim`, { branchId: branchA2 })).statusCode, 403, 'not his branch');
    assert.equal((await secretary.post(`/api/campaigns/${campaignId}/tasks/${taskA}/claim`, { branchId: branchB1 })).statusCode, 400, 'another unit’s branch');
    const claimed = await secretary.post(`/api/campaigns/${campaignId}/tasks/${taskA}/claim`, { branchId: branchA1 });
    assert.equal(claimed.statusCode, 200, claimed.body);
    assert.equal(claimed.json().state, 'claimed');
    assert.equal((await partyA.post(`/api/campaigns/${campaignId}/tasks/${taskA}/claim`, { branchId: branchA2 })).statusCode, 409);
    assert.equal((await partyA.post(`/api/campaigns/${campaignId}/tasks/${taskA}/assign`, { branchId: branchA2 })).statusCode, 409);

    assert.equal((await secretary.post(`/api/campaigns/${campaignId}/tasks/${taskA2}/assign`, { branchId: branchA1 })).statusCode, 403, 'only the unit assigns');
    const assigned = await partyA.post(`/api/campaigns/${campaignId}/tasks/${taskA2}/assign`, { branchId: branchA2 });
    assert.equal(assigned.json().state, 'assigned');
    assert.equal(assigned.json().branchName, '财政厅机关第二党支部');
    assert.equal((await partyA.post(`/api/campaigns/${campaignId}/tasks/${taskB}/claim`, { branchId: branchA1 })).statusCode, 404, 'another unit’s task');

    assert.equal((await secretary.post(`/api/campaigns/${campaignId}/tasks/${taskA}/done`, { doneOn: '2999-01-01' })).statusCode, 400);
    const done = await secretary.post(`/api/campaigns/${campaignId}/tasks/${taskA}/done`, { doneOn: '2025-08-01' });
    assert.equal(done.json().state, 'done');
    assert.equal((await secretary.post(`/api/campaigns/${campaignId}/tasks/${taskA}/done`, { doneOn: '2025-08-01' })).statusCode, 409);

    const ofB = (await partyB.get(`/api/campaigns/${campaignId}/tasks`)).json();
    assert.deepEqual(ofB.items.map((r: { id: string }) => r.id), [taskB]);
    const ofSecretary = (await secretary.get(`/api/campaigns/${campaignId}/tasks`)).json();
    assert.deepEqual(ofSecretary.items.map((r: { id: string }) => r.id), [taskA]);
    assert.equal((await admin.get(`/api/campaigns/${campaignId}/tasks?state=assigned`)).json().total, 1);
    assert.equal((await county.get(`/api/campaigns/${campaignId}/tasks`)).json().total, 2, 'the county sees the tasks in its villages');
    const outsidePlan = await admin.post(`/api/campaigns/${campaignId}/tasks`, { unitId: unitC, line: 'branch_village', title: '结对帮村', villageCode: places.naguVillage });
    assert.deepEqual(paths(outsidePlan.json()), ['unitId']);
    assert.equal((await admin.delete(`/api/campaigns/${campaignId}/targets/${unitB}`)).statusCode, 409, 'a unit with tasks stays in the plan');
    assert.equal((await admin.delete(`/api/campaigns/${campaignId}/targets/${unitC}`)).statusCode, 404);
    const audit = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, taskA));
    assert.deepEqual(audit.map((e) => e.action).sort(), ['campaigns.task_claim', 'campaigns.task_create', 'campaigns.task_done']);
  });

  test('ledger: validation with paths and nothing saved', async () => {
    const bad = await partyA.post(`/api/campaigns/${campaignId}/ledger`, entry({ personTimes: 0, funds: '-1', personName: '', problemsSolved: -2 }));
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(paths(bad.json()), ['funds', 'personName', 'personTimes', 'problemsSolved']);
    assert.deepEqual(paths((await partyA.post(`/api/campaigns/${campaignId}/ledger`, entry({ happenedOn: '2024-12-31' }))).json()), ['happenedOn']);
    assert.deepEqual(paths((await partyA.post(`/api/campaigns/${campaignId}/ledger`, entry({ happenedOn: '2999-01-01' }))).json()), ['happenedOn']);
    assert.deepEqual(paths((await partyA.post(`/api/campaigns/${campaignId}/ledger`, entry({ line: 'secretary_household' }))).json()), ['householdName']);
    assert.deepEqual(paths((await partyA.post(`/api/campaigns/${campaignId}/ledger`, entry({ villageCode: places.nagu }))).json()), ['villageCode']);
    assert.deepEqual(paths((await partyA.post(`/api/campaigns/${campaignId}/ledger`, entry({ cadreId: cadreOfB }))).json()), ['cadreId']);
    assert.equal((await t.deps.db.select().from(campaignLedgerEntries)).length, 0);
  });

  test('ledger: a unit records for its branches, a secretary for his; each sees its own', async () => {
    assert.equal((await secretary.post(`/api/campaigns/${campaignId}/ledger`, entry({ branchId: branchA2 }))).statusCode, 403);
    assert.equal((await partyB.post(`/api/campaigns/${campaignId}/ledger`, entry({ branchId: branchA1 }))).statusCode, 403);
    const bySecretary = await secretary.post(`/api/campaigns/${campaignId}/ledger`, entry());
    assert.equal(bySecretary.statusCode, 201, bySecretary.body);
    const byUnit = await partyA.post(`/api/campaigns/${campaignId}/ledger`, entry({ branchId: branchA2, line: 'secretary_household', householdName: '李大爷', personName: '赵支书' }));
    assert.equal(byUnit.statusCode, 201, byUnit.body);
    const inGaozhou = await partyB.post(`/api/campaigns/${campaignId}/ledger`, entry({ branchId: branchB1, villageCode: places.changliu, funds: '100000.00' }));
    assert.equal(inGaozhou.statusCode, 201, inGaozhou.body);
    const own = bySecretary.json().id;
    const other = inGaozhou.json().id;

    assert.equal((await partyA.get(`/api/campaigns/${campaignId}/ledger`)).json().total, 2);
    assert.equal((await secretary.get(`/api/campaigns/${campaignId}/ledger`)).json().total, 1);
    assert.equal((await partyB.get(`/api/campaigns/${campaignId}/ledger`)).json().total, 1);
    assert.equal((await admin.get(`/api/campaigns/${campaignId}/ledger`)).json().total, 3);
    assert.equal((await county.get(`/api/campaigns/${campaignId}/ledger`)).json().total, 2, 'the county reads what was done in its villages');
    assert.equal((await gaozhouCounty.get(`/api/campaigns/${campaignId}/ledger`)).statusCode, 404);
    assert.equal((await partyA.put(`/api/campaigns/${campaignId}/ledger/${other}`, entry())).statusCode, 404, 'another unit’s entry');
    assert.equal((await partyA.delete(`/api/campaigns/${campaignId}/ledger/${other}`)).statusCode, 404);

    const filtered = (await admin.get(`/api/campaigns/${campaignId}/ledger?line=secretary_household`)).json();
    assert.deepEqual(filtered.items.map((r: { householdName: string }) => r.householdName), ['李大爷']);
    assert.equal((await admin.get(`/api/campaigns/${campaignId}/ledger?q=赵支书`)).json().total, 1);
    assert.equal((await admin.get(`/api/campaigns/${campaignId}/ledger?divisionCode=${places.gaozhou}`)).json().total, 1);
    const byFunds = (await admin.get(`/api/campaigns/${campaignId}/ledger?sort=funds&order=desc`)).json();
    assert.equal(byFunds.items[0].funds, '100000.00');

    const edited = await partyA.put(`/api/campaigns/${campaignId}/ledger/${own}`, entry({ personTimes: 7 }));
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json().personTimes, 7);
    assert.equal((await secretary.delete(`/api/campaigns/${campaignId}/ledger/${byUnit.json().id}`)).statusCode, 404, 'not his branch');
    assert.equal((await secretary.delete(`/api/campaigns/${campaignId}/ledger/${own}`)).statusCode, 204);
    const audit = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, own));
    assert.deepEqual(audit.map((e) => e.action).sort(), ['campaigns.ledger_create', 'campaigns.ledger_delete', 'campaigns.ledger_update']);

    const exported = await partyA.get(`/api/campaigns/${campaignId}/ledger/export`);
    assert.equal(exported.statusCode, 200);
    assert.equal((await secretary.get(`/api/campaigns/${campaignId}/ledger/export`)).statusCode, 403);
  });

  test('a closed campaign takes no more entries', async () => {
    await admin.post(`/api/campaigns/${campaignId}/status`, { status: 'closed' });
    assert.equal((await partyA.post(`/api/campaigns/${campaignId}/ledger`, entry())).statusCode, 409);
    assert.equal((await admin.post(`/api/campaigns/${campaignId}/status`, { status: 'running' })).statusCode, 409);
  });
});
