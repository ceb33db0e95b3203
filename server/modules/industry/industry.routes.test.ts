import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { insertHousehold } from '../households/households.fixture.ts';
import { industryFixture, insertServiceRequest, type IndustryFixture } from './industry.fixture.ts';
import { industryTotals } from './index.ts';
import { makeScope } from '../../platform/access/scope.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();
const village = places.naguVillage;

describe('industry routes', () => {
  let t: TestApp;
  let f: IndustryFixture;
  let leader: Session;
  let member: Session;
  let county: Session;
  let gaozhou: Session;
  let office: Session;
  let foreignHousehold: string;

  const coop = (overrides: Record<string, unknown> = {}) => ({
    divisionCode: village,
    name: '拖车村中药材种植专业合作社',
    product: '中药材',
    registeredOn: '2024-05-01',
    leaderName: '李带头',
    leaderTrainedOn: '2024-09-10',
    memberHouseholds: 40,
    poorHouseholds: 12,
    peopleEmployed: 30,
    ...overrides,
  });
  const base = (overrides: Record<string, unknown> = {}) => ({
    divisionCode: village,
    kind: 'base',
    name: '拖车村中药材示范基地',
    product: '重楼',
    areaMu: '120',
    establishedOn: '2024-06-01',
    householdsDriven: 35,
    peopleEmployed: 50,
    ...overrides,
  });
  const pair = (overrides: Record<string, unknown> = {}) => ({
    divisionCode: village,
    householdId: f.householdId,
    cadreId: f.leader.id,
    product: '药材',
    scale: '3亩',
    since: '2024-04-01',
    yearlyIncome: '10000.00',
    householdsDriven: 10,
    ...overrides,
  });

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    f = await industryFixture(t.deps, village, places.huize);
    foreignHousehold = (await insertHousehold(t.deps, { divisionCode: places.changliu })).household.id;
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: village });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: village });
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhou = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.gaozhou });
    office = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.huize });
  });
  after(() => t.close());

  test('401 without a session', async () => {
    for (const url of ['/api/industry', '/api/industry/cooperatives', '/api/industry/demo-households/export']) {
      assert.equal((await t.app.inject({ method: 'GET', url })).statusCode, 401, url);
    }
  });

  test('400 names the field: shape, future days, poor above members, a village out of reach', async () => {
    const shape = await leader.post('/api/industry/cooperatives', coop({ name: '', memberHouseholds: -1 }));
    assert.equal(shape.statusCode, 400);
    assert.deepEqual(paths(shape.json()), ['memberHouseholds', 'name']);
    const rules = await leader.post('/api/industry/cooperatives', coop({ registeredOn: '2999-01-01', poorHouseholds: 41 }));
    assert.deepEqual(paths(rules.json()), ['poorHouseholds', 'registeredOn']);
    assert.deepEqual(paths((await leader.post('/api/industry/cooperatives', coop({ divisionCode: places.changliu }))).json()), ['divisionCode']);
    assert.deepEqual(paths((await office.post('/api/industry/pioneer-posts', { divisionCode: places.nagu, name: '岗', holderName: '某', duty: '带头', establishedOn: '2024-01-01' })).json()), ['divisionCode']);
    assert.deepEqual(paths((await leader.post('/api/industry/demo-bases', base({ areaMu: '0' }))).json()), ['areaMu']);
    assert.deepEqual(paths((await leader.post('/api/industry/demo-bases', base({ yearlyIncome: '12.345' }))).json()), ['yearlyIncome']);
    assert.deepEqual(paths((await leader.post('/api/industry/demo-households', pair({ since: '2999-01-01' }))).json()), ['since']);
    assert.equal((await leader.get('/api/industry/cooperatives')).json().total, 0);
  });

  test('a cooperative registered through a 代办 request of the registration kind', async () => {
    const other = await insertServiceRequest(t.deps, village, 'other');
    const wrong = await leader.post('/api/industry/cooperatives', coop({ serviceRequestId: other }));
    assert.deepEqual(paths(wrong.json()), ['serviceRequestId']);
    const foreign = await insertServiceRequest(t.deps, places.changliu, 'cooperative_registration');
    assert.equal((await leader.post('/api/industry/cooperatives', coop({ serviceRequestId: foreign }))).statusCode, 404);
    const registration = await insertServiceRequest(t.deps, village, 'cooperative_registration');
    const created = await leader.post('/api/industry/cooperatives', coop({ serviceRequestId: registration }));
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().serviceRequestTitle, 'cooperative_registration 测试代办');
    assert.equal(created.json().villageName, '拖车村村民委员会');
  });

  test('a garden is a party member’s; demonstration households one per cadre and household', async () => {
    assert.deepEqual(paths((await leader.post('/api/industry/demo-bases', base({ kind: 'garden' }))).json()), ['responsibleCadreId']);
    const nonMember = await leader.post('/api/industry/demo-bases', base({ kind: 'garden', responsibleCadreId: f.nonMember.id }));
    assert.deepEqual(paths(nonMember.json()), ['responsibleCadreId']);
    const garden = await member.post('/api/industry/demo-bases', base({ kind: 'collective', name: '村集体经济园', responsibleCadreId: f.leader.id, yearlyIncome: '10500.00' }));
    assert.equal(garden.statusCode, 201, garden.body);
    assert.equal(garden.json().responsibleCadreName, f.leader.name);
    assert.equal(garden.json().yearlyIncome, '10500.00');

    assert.equal((await leader.post('/api/industry/demo-households', pair({ householdId: foreignHousehold }))).statusCode, 404);
    const created = await leader.post('/api/industry/demo-households', pair());
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().householderName, '杨示范');
    const twice = await leader.post('/api/industry/demo-households', pair({ product: '葡萄' }));
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().code, 'DEMO_HOUSEHOLD_TAKEN');

    const id = created.json().id as string;
    const patched = await leader.patch(`/api/industry/demo-households/${id}`, { scale: '3.5亩', yearlyIncome: null });
    assert.equal(patched.statusCode, 200, patched.body);
    assert.equal(patched.json().scale, '3.5亩');
    assert.equal(patched.json().yearlyIncome, null);
    assert.equal(patched.json().product, '药材');
    const audits = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    assert.deepEqual(audits.map((a) => a.action).sort(), ['industry.demo-household.create', 'industry.demo-household.update']);
  });

  test('out of scope answers 404 for read, write and delete; delete removes and is audited', async () => {
    const post = await leader.post('/api/industry/pioneer-posts', { divisionCode: village, name: '产业技术指导岗', holderCadreId: f.leader.id, holderName: f.leader.name, duty: '指导药材种植', establishedOn: '2024-05-01' });
    assert.equal(post.statusCode, 201, post.body);
    const url = `/api/industry/pioneer-posts/${post.json().id}`;
    assert.equal((await gaozhou.get(url)).statusCode, 404);
    assert.equal((await gaozhou.patch(url, { name: '改' })).statusCode, 404);
    assert.equal((await gaozhou.delete(url)).statusCode, 404);
    assert.equal((await gaozhou.get('/api/industry/pioneer-posts')).json().total, 0);
    assert.equal((await county.delete(url)).statusCode, 403);
    const farmer = await member.post('/api/industry/core-farmers', { divisionCode: village, name: '王骨干', householdId: f.householdId, skill: '重楼育苗', trainedOn: '2024-07-01', trainingHours: 16 });
    assert.equal(farmer.statusCode, 201, farmer.body);
    assert.equal((await leader.delete(url)).statusCode, 204);
    assert.equal((await leader.get(url)).statusCode, 404);
    const deleted = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'industry.pioneer-post.delete'));
    assert.equal(deleted.length, 1);
  });

  test('lists filter, search and sort', async () => {
    await leader.post('/api/industry/demo-bases', base({ name: '拖车村魔芋示范基地', product: '魔芋', peopleEmployed: 5 }));
    const bases = (await member.get('/api/industry/demo-bases?kind=base&sort=peopleEmployed&order=desc')).json();
    assert.deepEqual(bases.items.map((b: { name: string }) => b.name), ['拖车村魔芋示范基地']);
    assert.equal((await member.get('/api/industry/demo-bases?q=%E9%AD%94%E8%8A%8B')).json().total, 1);
    assert.equal((await member.get(`/api/industry/demo-households?q=${encodeURIComponent('杨示范')}`)).json().total, 1);
    assert.equal((await county.get(`/api/industry/core-farmers?divisionCode=${places.nagu}`)).json().total, 1);
    assert.equal((await county.get(`/api/industry/cooperatives?divisionCode=${places.gaozhou}`)).json().total, 0);
  });

  test('the summary drills down one level and checks the team by name', async () => {
    const countyView = (await county.get('/api/industry')).json();
    assert.deepEqual(countyView.rows.map((r: { divisionCode: string }) => r.divisionCode), [places.nagu]);
    assert.equal(countyView.rows[0].isVillage, false);
    assert.equal(countyView.total.cooperatives, 1);
    assert.equal(countyView.total.villages, 1);
    assert.equal(countyView.total.villagesComplete, 0);
    const township = (await county.get(`/api/industry?divisionCode=${places.nagu}`)).json();
    const row = township.rows.find((r: { divisionCode: string }) => r.divisionCode === village);
    assert.deepEqual(row.present, { cooperative: true, leader: true, base: true, pioneerPost: false, coreFarmer: true });
    assert.equal(row.peopleEmployed, 30 + 50 + 5);
    assert.equal(township.parentCode, places.huize);
    const [team] = township.teams;
    assert.deepEqual(team.partyMembersWithoutGarden, [f.probationer.name]);
    assert.deepEqual(team.cadresWithoutDemoHousehold.sort(), [f.nonMember.name, f.probationer.name].sort());
    assert.equal(team.partyMembers, 2);

    await leader.post('/api/industry/demo-bases', base({ kind: 'garden', name: '梁预备示范园', responsibleCadreId: f.probationer.id }));
    const second = (await insertHousehold(t.deps, { divisionCode: village, householderName: '邹示范' })).household.id;
    await leader.post('/api/industry/demo-households', pair({ cadreId: f.probationer.id, householdId: second }));
    await leader.post('/api/industry/demo-households', pair({ cadreId: f.nonMember.id, householdId: second }));
    const done = (await leader.get('/api/industry')).json();
    assert.deepEqual([done.teams[0].partyMembersWithoutGarden, done.teams[0].cadresWithoutDemoHousehold], [[], []]);
    assert.equal(done.rows.length, 1);
    assert.equal(done.rows[0].isVillage, true);
    assert.equal(done.parentCode, null);

    assert.equal((await leader.get(`/api/industry?divisionCode=${places.huize}`)).statusCode, 404);
    assert.equal((await gaozhou.get('/api/industry')).json().total.cooperatives, 0);
    const totals = await industryTotals(t.deps.db, makeScope(places.huize, null), places.huize);
    assert.equal(totals.demoHouseholds, 3);
    assert.equal(totals.demoGardens, 2);
  });

  test('exports are Excel files, for those who may export', async () => {
    for (const url of ['/api/industry/export', '/api/industry/cooperatives/export', '/api/industry/demo-bases/export', '/api/industry/demo-households/export', '/api/industry/pioneer-posts/export', '/api/industry/core-farmers/export']) {
      const response = await leader.get(url);
      assert.equal(response.statusCode, 200, url);
      assert.match(String(response.headers['content-type']), /spreadsheetml/);
    }
    assert.equal((await member.get('/api/industry/cooperatives/export')).statusCode, 403);
    const trail = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'industry.export'));
    assert.equal(trail.length, 6);
  });
});
