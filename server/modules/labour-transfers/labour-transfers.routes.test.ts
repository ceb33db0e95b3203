import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { insertHousehold } from '../households/households.fixture.ts';
import { todayInBeijing } from './labour-transfers.rules.ts';

type Field = { path: string; message: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();
const today = todayInBeijing();

describe('labour-transfers routes', () => {
  let t: TestApp;
  let member: Session;
  let county: Session;
  let township: Session;
  let gaozhou: Session;
  let son: string;
  let daughter: string;
  let householdId: string;
  let foreignPerson: string;

  const body = (overrides: Record<string, unknown> = {}) => ({
    personId: son,
    destination: '广东省深圳市宝安区',
    employer: '深圳某电子有限公司',
    job: '装配工',
    organized: 'organized',
    startedOn: '2025-03-01',
    monthlyIncome: 4800,
    ...overrides,
  });

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    const family = await insertHousehold(t.deps, {
      divisionCode: places.naguVillage,
      householderName: '杨正华',
      members: [
        { name: '杨正华', relation: 'householder', birthDate: '1968-02-03' },
        { name: '杨小军', relation: 'child', birthDate: '1996-07-01' },
        { name: '杨小梅', relation: 'child', birthDate: '1999-09-09', gender: 'female' },
      ],
    });
    householdId = family.household.id;
    son = family.persons[1]!.id;
    daughter = family.persons[2]!.id;
    foreignPerson = (await insertHousehold(t.deps, { divisionCode: places.changliu })).persons[0]!.id;
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage });
    county = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.huize });
    township = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    gaozhou = await sessionAs(t.app, t.deps, ['rural_office'], { division: places.gaozhou });
  });
  after(() => t.close());

  test('400: income must be ≥ 0, back not before leaving, shape', async () => {
    const negative = await member.post('/api/labour-transfers', body({ monthlyIncome: -1 }));
    assert.equal(negative.statusCode, 400);
    assert.deepEqual(paths(negative.json()), ['monthlyIncome']);
    const order = await member.post('/api/labour-transfers', body({ endedOn: '2025-02-01' }));
    assert.equal(order.statusCode, 400);
    assert.deepEqual(paths(order.json()), ['endedOn']);
    const shape = await member.post('/api/labour-transfers', body({ organized: 'agency', destination: '' }));
    assert.equal(shape.statusCode, 400);
    assert.deepEqual(paths(shape.json()), ['destination', 'organized']);
  });

  test('a person of another village’s household is not found; a township may not record', async () => {
    assert.equal((await member.post('/api/labour-transfers', body({ personId: foreignPerson }))).statusCode, 404);
    assert.equal((await township.post('/api/labour-transfers', body())).statusCode, 403);
  });

  test('record, overlap refused, edit, summary by province, delete; every write audited', async () => {
    const created = await member.post('/api/labour-transfers', body());
    assert.equal(created.statusCode, 201, created.body);
    const record = created.json();
    assert.equal(record.householdId, householdId);
    assert.equal(record.personName, '杨小军');
    assert.equal(record.householderName, '杨正华');
    assert.equal(record.province, '广东省');
    assert.equal(record.current, true);

    const overlap = await member.post('/api/labour-transfers', body({ startedOn: '2025-06-01', destination: '浙江省宁波市' }));
    assert.equal(overlap.statusCode, 409);
    assert.equal(overlap.json().code, 'LABOUR_OVERLAP');

    const earlier = await member.post('/api/labour-transfers', body({ personId: daughter, destination: '浙江宁波', organized: 'self', startedOn: '2024-01-01', endedOn: '2024-12-31', monthlyIncome: 4000 }));
    assert.equal(earlier.statusCode, 201);
    const now = await member.post('/api/labour-transfers', body({ personId: daughter, destination: '东莞', organized: 'self', startedOn: '2025-02-01', monthlyIncome: 5200 }));
    assert.equal(now.statusCode, 201);

    const summary = (await county.get(`/api/labour-transfers/summary?divisionCode=${places.naguVillage}`)).json();
    assert.deepEqual(summary, { current: 2, organized: 1, averageMonthlyIncome: 5000, byProvince: [{ province: '广东省', people: 2, averageMonthlyIncome: 5000 }] });

    const current = (await county.get('/api/labour-transfers?current=true')).json();
    assert.equal(current.total, 2);
    const byDestination = (await county.get(`/api/labour-transfers?destination=${encodeURIComponent('宁波')}`)).json();
    assert.deepEqual(byDestination.items.map((l: { id: string }) => l.id), [earlier.json().id]);
    assert.equal((await county.get(`/api/labour-transfers?householdId=${householdId}`)).json().total, 3);

    const edited = await member.put(`/api/labour-transfers/${record.id}`, { ...body(), personId: undefined, endedOn: today, monthlyIncome: 5100 });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json().monthlyIncome, 5100);
    assert.equal(edited.json().endedOn, today);
    const negative = await member.put(`/api/labour-transfers/${record.id}`, { ...body(), personId: undefined, monthlyIncome: -5 });
    assert.equal(negative.statusCode, 400);

    assert.equal((await member.delete(`/api/labour-transfers/${earlier.json().id}`)).statusCode, 204);
    assert.equal((await member.get(`/api/labour-transfers/${earlier.json().id}`)).statusCode, 404);

    const trail = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'labour_transfer'), eq(auditEvents.entityId, record.id)));
    assert.deepEqual(trail.map((a) => a.action).sort(), ['labour.create', 'labour.update']);
    const deleted = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'labour.delete'));
    assert.equal(deleted.length, 1);
  });

  test('scope: another county gets 404 on records and members; the picker lists a household’s members with masked ID numbers', async () => {
    const record = (await county.get('/api/labour-transfers')).json().items[0];
    assert.equal((await gaozhou.get(`/api/labour-transfers/${record.id}`)).statusCode, 404);
    assert.equal((await gaozhou.put(`/api/labour-transfers/${record.id}`, { ...body(), personId: undefined })).statusCode, 404);
    assert.equal((await gaozhou.delete(`/api/labour-transfers/${record.id}`)).statusCode, 404);
    assert.equal((await gaozhou.get(`/api/labour-transfers/persons?householdId=${householdId}`)).statusCode, 404);
    assert.equal((await gaozhou.get('/api/labour-transfers')).json().total, 0);

    const persons = (await member.get(`/api/labour-transfers/persons?householdId=${householdId}`)).json();
    assert.deepEqual(persons.items.map((p: { name: string }) => p.name), ['杨正华', '杨小军', '杨小梅']);
    assert.ok(persons.items.every((p: { idNumberMasked: string }) => /\*{4}/.test(p.idNumberMasked)));
  });

  test('export needs labour.export and is audited', async () => {
    assert.equal((await member.get('/api/labour-transfers/export')).statusCode, 403);
    const exported = await county.get('/api/labour-transfers/export?current=true');
    assert.equal(exported.statusCode, 200);
    assert.match(String(exported.headers['content-type']), /spreadsheetml/);
    assert.equal((await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'labour.export'))).length, 1);
  });
});
