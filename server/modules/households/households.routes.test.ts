import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createCadre, createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { setCadrePosting } from '../cadres/index.ts';
import { insertHousehold, testIdNumber } from './households.fixture.ts';

type Field = { path: string; message: string };

describe('households routes', () => {
  let t: TestApp;
  let leader: Session;
  let member: Session;
  let naguParty: Session;
  let zhenjiangParty: Session;
  let rural: Session;
  let paired: Session;
  let cadreId: string;
  let householdId: string;
  const householderId = testIdNumber('1968-04-12', 'male');
  const spouseId = testIdNumber('1970-09-30', 'female');
  const childId = testIdNumber('2015-02-03', 'male');

  const body = (overrides: Record<string, unknown> = {}) => ({
    code: `${places.naguVillage}${Math.random().toString().slice(2, 8)}`,
    divisionCode: places.naguVillage,
    attribute: 'general',
    mainCause: 'illness',
    secondaryCauses: ['no_skills'],
    housingGrade: 'C',
    members: [
      { name: '张德明', relation: 'householder', gender: 'male', idNumber: householderId, health: 'chronic', labourAbility: 'normal', schooling: 'primary' },
      { name: '李秀英', relation: 'spouse', gender: 'female', idNumber: spouseId, health: 'healthy', labourAbility: 'normal', schooling: 'primary', phone: '13908741234' },
      { name: '张小明', relation: 'child', gender: 'male', idNumber: childId, health: 'healthy', labourAbility: 'none', schooling: 'primary', inSchool: false },
    ],
    income: { year: 2025, wage: 12_000, business: 3_500, property: 0, transfer: 2_401 },
    ...overrides,
  });

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    const unit = await createUnit(t.deps, { name: '会泽县农业农村局', divisionCode: places.huize });
    cadreId = (await createCadre(t.deps, { unitId: unit.id, divisionCode: places.huize, name: '王帮扶' })).id;
    // Posted to the village, so the village's team may pair him with its households.
    await setCadrePosting(t.deps.db, cadreId, places.naguVillage);
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { division: places.naguVillage });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    zhenjiangParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.zhenjiang });
    rural = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.huize });
    paired = await sessionAs(t.app, t.deps, ['paired_cadre'], { division: places.naguVillage, cadreId });
  });
  after(() => t.close());

  test('a wrong check digit is refused on the member field, before anything is saved', async () => {
    const wrong = `${householderId.slice(0, 17)}${householderId[17] === '1' ? '2' : '1'}`;
    const base = body();
    const response = await leader.post('/api/households', { ...base, members: [{ ...base.members[0], idNumber: wrong }] });
    assert.equal(response.statusCode, 400);
    const fields = response.json().fields as Field[];
    assert.deepEqual(fields.map((f) => f.path), ['members.0.idNumber']);
    assert.match(fields[0]!.message, /校验位/);
  });

  test('a gender against the ID, a duplicate ID in the request and two householders are field errors', async () => {
    const base = body();
    const gender = await leader.post('/api/households', { ...base, members: [base.members[0], { ...base.members[1], gender: 'male' }] });
    assert.equal(gender.statusCode, 400);
    assert.deepEqual((gender.json().fields as Field[]).map((f) => f.path), ['members.1.gender']);
    const twice = await leader.post('/api/households', { ...base, members: [base.members[0], { ...base.members[1], idNumber: householderId, gender: 'male' }] });
    assert.equal(twice.statusCode, 400);
    assert.ok((twice.json().fields as Field[]).some((f) => f.path === 'members.1.idNumber'));
    const heads = await leader.post('/api/households', { ...base, members: [base.members[0], { ...base.members[1], relation: 'householder' }] });
    assert.equal(heads.statusCode, 400);
    assert.deepEqual((heads.json().fields as Field[]).map((f) => f.path), ['members']);
  });

  test('registers a household: status 新识别, members masked, per head computed, audited without the clear ID', async () => {
    const response = await leader.post('/api/households', { ...body(), status: 'exited' });
    assert.equal(response.statusCode, 201, response.body);
    const view = response.json();
    householdId = view.id;
    assert.equal(view.status, 'new');
    assert.equal(view.householderName, '张德明');
    assert.equal(view.villageName, '拖车村村民委员会');
    assert.equal(view.memberCount, 3);
    assert.equal(view.members[0].idNumber, `530326********${householderId.slice(14)}`);
    assert.equal(view.members[1].phone, '139****1234');
    assert.equal(view.members[0].birthDate, '1968-04-12');
    assert.deepEqual(view.incomes[0], { year: 2025, wage: 12_000, business: 3_500, property: 0, transfer: 2_401, members: 3, total: 17_901, perHead: 5_967 });
    assert.equal(view.perHeadIncome, 5_967);
    assert.equal(view.indicators.length, 6);
    assert.ok(view.indicators.every((i: { status: string }) => i.status === 'pending'));
    for (const clear of [householderId, spouseId, childId, '13908741234']) assert.ok(!response.body.includes(clear));
    const events = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, householdId));
    assert.equal(events[0]?.action, 'households.create');
    const trail = JSON.stringify(events);
    for (const clear of [householderId, spouseId, childId]) assert.ok(!trail.includes(clear));
  });

  test('a person already in a household is refused, naming that household', async () => {
    const base = body();
    const other = { ...base, members: [{ ...base.members[0], name: '赵另户', idNumber: testIdNumber('1980-01-01') }, base.members[1]] };
    const response = await leader.post('/api/households', other);
    assert.equal(response.statusCode, 409);
    const error = response.json();
    assert.equal(error.fields[0].path, 'members.1.idNumber');
    assert.match(error.fields[0].message, /张德明户/);
    assert.match(error.fields[0].message, new RegExp(base.code.slice(0, 12)));
    assert.match(error.fields[0].message, /拖车村/);
  });

  test('two households registering the same person at once: one wins, the other hears where he went', async () => {
    const shared = testIdNumber('1990-07-07');
    const make = (name: string) => {
      const base = body();
      return { ...base, members: [{ ...base.members[0], name, idNumber: shared }] };
    };
    const responses = await Promise.all([leader.post('/api/households', make('并发甲')), leader.post('/api/households', make('并发乙'))]);
    const statuses = responses.map((r) => r.statusCode).sort();
    assert.deepEqual(statuses, [201, 409]);
    const loser = responses.find((r) => r.statusCode === 409)!;
    assert.match(loser.json().fields[0].message, /并发[甲乙]户/);
  });

  test('scope: another township gets 404, its own township reads; status cannot be set by edit', async () => {
    assert.equal((await zhenjiangParty.get(`/api/households/${householdId}`)).statusCode, 404);
    assert.equal((await naguParty.get(`/api/households/${householdId}`)).statusCode, 200);
    const list = await zhenjiangParty.get('/api/households');
    assert.equal(list.json().total, 0);
    const current = (await leader.get(`/api/households/${householdId}`)).json();
    const edit = await leader.put(`/api/households/${householdId}`, { code: current.code, attribute: 'low_income', status: 'exited', housingGrade: 'C', mainCause: 'illness', secondaryCauses: [] });
    assert.equal(edit.statusCode, 200, edit.body);
    assert.equal(edit.json().attribute, 'low_income');
    assert.equal(edit.json().status, 'new');
    assert.equal((await naguParty.put(`/api/households/${householdId}`, { code: current.code, attribute: 'general' })).statusCode, 403);
  });

  test('reveal: a team member may not; the leader sees the clear ID with the reason on the trail', async () => {
    const personId = (await leader.get(`/api/households/${householdId}`)).json().members[0].id as string;
    const url = `/api/households/${householdId}/members/${personId}/reveal`;
    assert.equal((await member.post(url, { reason: '核对户籍信息' })).statusCode, 403);
    assert.equal((await leader.post(url, { reason: '短' })).statusCode, 400);
    const response = await leader.post(url, { reason: '核对户籍信息' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().value, householderId);
    const [event] = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'households.reveal'), eq(auditEvents.entityId, personId)));
    assert.equal(event?.reason, '核对户籍信息');
  });

  test('members: add keeps the count, the householder cannot be removed, a taken ID is a 409 on idNumber', async () => {
    const url = `/api/households/${householdId}/members`;
    const added = await member.post(url, { name: '张奶奶', relation: 'parent', gender: 'female', idNumber: testIdNumber('1940-02-02', 'female'), health: 'serious', labourAbility: 'lost', schooling: 'none' });
    assert.equal(added.statusCode, 201, added.body);
    const view = (await leader.get(`/api/households/${householdId}`)).json();
    assert.equal(view.memberCount, 4);
    const head = view.members.find((m: { relation: string }) => m.relation === 'householder');
    const spouse = view.members.find((m: { relation: string }) => m.relation === 'spouse');
    // A correction without the ID or phone keeps both; a gender against the stored ID is refused.
    const corrected = await leader.put(`${url}/${spouse.id}`, { name: '李秀英', relation: 'spouse', gender: 'female', health: 'chronic', labourAbility: 'weak', schooling: 'primary' });
    assert.equal(corrected.statusCode, 200, corrected.body);
    assert.deepEqual([corrected.json().phone, corrected.json().idNumber, corrected.json().health], ['139****1234', spouse.idNumber, 'chronic']);
    const against = await leader.put(`${url}/${spouse.id}`, { name: '李秀英', relation: 'spouse', gender: 'male', health: 'chronic', labourAbility: 'weak', schooling: 'primary' });
    assert.equal(against.statusCode, 400);
    assert.equal(against.json().fields[0].path, 'gender');
    const second = await leader.put(`${url}/${spouse.id}`, { name: '李秀英', relation: 'householder', gender: 'female', health: 'chronic', labourAbility: 'weak', schooling: 'primary' });
    assert.equal(second.statusCode, 400);
    assert.equal(second.json().fields[0].path, 'relation');
    assert.equal((await leader.delete(`${url}/${head.id}`)).statusCode, 409);
    const other = await insertHousehold(t.deps, { divisionCode: places.naguVillage, householderName: '钱别户' });
    const taken = await leader.post(`/api/households/${other.household.id}/members`, { name: '李秀英', relation: 'spouse', gender: 'female', idNumber: spouseId, health: 'healthy', labourAbility: 'normal', schooling: 'primary' });
    assert.equal(taken.statusCode, 409);
    assert.equal(taken.json().fields[0].path, 'idNumber');
    assert.match(taken.json().fields[0].message, /张德明户/);
    assert.equal((await leader.delete(`${url}/${added.json().id}`)).statusCode, 204);
    assert.equal((await leader.get(`/api/households/${householdId}`)).json().memberCount, 3);
  });

  test('indicators: a dangerous house and a child out of school are not 达标; a verdict needs a verifier', async () => {
    const url = (code: string) => `/api/households/${householdId}/indicators/${code}`;
    const verified = { verifier: '村委会 张三', verifiedOn: '2026-03-01' };
    const housing = await leader.put(url('housing'), { status: 'met', ...verified });
    assert.equal(housing.statusCode, 400);
    assert.equal(housing.json().fields[0].path, 'status');
    const education = await leader.put(url('education'), { status: 'met', ...verified });
    assert.equal(education.statusCode, 400);
    const bare = await leader.put(url('food'), { status: 'met' });
    assert.deepEqual((bare.json().fields as Field[]).map((f) => f.path), ['verifier', 'verifiedOn']);
    assert.equal((await leader.put(url('housing'), { status: 'unmet', evidence: 'C级危房鉴定书', ...verified })).statusCode, 200);
    const gaps = await leader.get('/api/households?indicatorGap=true');
    assert.deepEqual(gaps.json().items.map((h: { id: string }) => h.id), [householdId]);
  });

  test('income of a year counts the current members; measures are added, changed, removed', async () => {
    const income = await leader.put(`/api/households/${householdId}/incomes/2026`, { wage: 20_000, business: 0, property: 0, transfer: 1_000 });
    assert.equal(income.statusCode, 200);
    assert.deepEqual({ members: income.json().members, perHead: income.json().perHead }, { members: 3, perHead: 7_000 });
    const measure = await leader.post(`/api/households/${householdId}/measures`, { year: 2026, category: 'industry', content: '发放中药材种苗 3 亩', amount: 1500 });
    assert.equal(measure.statusCode, 201, measure.body);
    const changed = await leader.put(`/api/households/${householdId}/measures/${measure.json().id}`, { year: 2026, category: 'industry', content: '发放中药材种苗 3 亩', amount: 1500, done: true });
    assert.equal(changed.json().done, true);
    assert.equal((await leader.delete(`/api/households/${householdId}/measures/${measure.json().id}`)).statusCode, 204);
  });

  test('a paired cadre reads only the households he is paired with', async () => {
    assert.equal((await paired.get(`/api/households/${householdId}`)).statusCode, 404);
    const pair = await leader.post(`/api/households/${householdId}/cadres`, { cadreId, since: '2026-01-01' });
    assert.equal(pair.statusCode, 201, pair.body);
    assert.equal(pair.json().name, '王帮扶');
    assert.equal((await leader.post(`/api/households/${householdId}/cadres`, { cadreId, since: '2026-02-01' })).statusCode, 409);
    assert.equal((await paired.get(`/api/households/${householdId}`)).statusCode, 200);
    const list = await paired.get('/api/households');
    assert.deepEqual(list.json().items.map((h: { id: string }) => h.id), [householdId]);
    assert.deepEqual(list.json().items[0].pairedCadreNames, ['王帮扶']);
    const byCadre = await leader.get(`/api/households?pairedCadreId=${cadreId}`);
    assert.equal(byCadre.json().total, 1);
    const ended = await leader.post(`/api/households/${householdId}/cadres/${cadreId}/end`, { until: '2026-06-30' });
    assert.equal(ended.json().current, false);
    assert.equal((await paired.get(`/api/households/${householdId}`)).statusCode, 404);
  });

  test('lookup by ID number: masked answer within scope, 404 elsewhere, both audited', async () => {
    const found = await naguParty.get(`/api/households/lookup?idNumber=${spouseId}`);
    assert.equal(found.statusCode, 200);
    assert.equal(found.json().household.id, householdId);
    assert.equal(found.json().person.idNumber, `530326********${spouseId.slice(14)}`);
    assert.ok(!found.body.includes(spouseId));
    assert.equal((await zhenjiangParty.get(`/api/households/lookup?idNumber=${spouseId}`)).statusCode, 404);
    const lookups = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'households.lookup'));
    assert.equal(lookups.length, 2);
    assert.ok(!JSON.stringify(lookups).includes(spouseId));
  });

  test('list filters and sorts; the export is the filtered registry with formulas neutralised', async () => {
    await insertHousehold(t.deps, { divisionCode: places.naguVillage, householderName: '=1+1', status: 'exited' });
    const exited = await rural.get('/api/households?status=exited');
    assert.deepEqual(exited.json().items.map((h: { householderName: string }) => h.householderName), ['=1+1']);
    const byName = await rural.get(`/api/households?q=${encodeURIComponent('张德')}`);
    assert.deepEqual(byName.json().items.map((h: { id: string }) => h.id), [householdId]);
    const sorted = await rural.get('/api/households?sort=memberCount&order=desc&pageSize=1');
    assert.equal(sorted.json().items[0].memberCount, 3);
    assert.equal((await leader.get('/api/households/export?status=exited')).statusCode, 200);
    assert.equal((await member.get('/api/households/export')).statusCode, 403);
    const response = await rural.get('/api/households/export?status=exited');
    assert.equal(response.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.rowCount, 2);
    const cell = sheet.getRow(2).getCell(3);
    assert.equal(cell.type, ExcelJS.ValueType.String);
    assert.equal(cell.value, "'=1+1");
  });
});
