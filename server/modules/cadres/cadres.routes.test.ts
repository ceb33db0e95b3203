import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type Session } from '../../test/test-app.ts';
import { createCadre, createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { idNumberChecksum } from './cadres.rules.ts';
import { setCadrePosting } from './index.ts';

const idOf = (first17: string) => `${first17}${idNumberChecksum(first17)}`;

describe('cadres routes', () => {
  let t: TestApp;
  let huizeOrg: Session;
  let gaozhouOrg: Session;
  let naguParty: Session;
  let unitParty: Session;
  let member: Session;
  let huizeUnitId: string;
  let gaozhouUnitId: string;
  let cadreId: string;
  const idNumber = idOf('53032619850612031');

  const body = (overrides: Record<string, unknown> = {}) => ({
    name: '李卫国',
    gender: 'male',
    idNumber,
    birthDate: '1985-06-12',
    ethnicity: '彝族',
    partyStatus: 'formal',
    education: 'bachelor',
    unitId: huizeUnitId,
    position: '科员',
    rank: 'principal_staff_1',
    specialities: ['agriculture', 'water'],
    phone: '13908741234',
    ...overrides,
  });

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    huizeUnitId = (await createUnit(t.deps, { name: '会泽县农业农村局', divisionCode: places.huize })).id;
    gaozhouUnitId = (await createUnit(t.deps, { name: '高州市人民法院', divisionCode: places.gaozhou })).id;
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    unitParty = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: huizeUnitId });
    member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.naguVillage });
  });
  after(() => t.close());

  test('401 without a session', async () => {
    for (const url of ['/api/cadres', `/api/cadres/${huizeUnitId}`]) {
      const response = await t.app.inject({ method: 'GET', url });
      assert.equal(response.statusCode, 401);
    }
  });

  test('registers a cadre: ID and phone masked, managed in the unit county, audited without the clear ID', async () => {
    const response = await huizeOrg.post('/api/cadres', body());
    assert.equal(response.statusCode, 201, response.body);
    const view = response.json();
    cadreId = view.id;
    assert.equal(view.idNumber, `530326********${idNumber.slice(14)}`);
    assert.equal(view.phone, '139****1234');
    assert.equal(view.unitName, '会泽县农业农村局');
    assert.equal(view.divisionCode, places.huize);
    assert.deepEqual(view.abilities, { update: true, unmask: true });
    assert.ok(!response.body.includes(idNumber) && !response.body.includes('13908741234'));
    const events = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, cadreId));
    assert.equal(events[0]?.action, 'cadres.create');
    const trail = JSON.stringify(events);
    assert.ok(!trail.includes(idNumber) && !trail.includes('13908741234'));
  });

  test('400 names idNumber for a wrong check character, gender for a mismatch', async () => {
    const wrong = `${idNumber.slice(0, 17)}${idNumber[17] === '1' ? '2' : '1'}`;
    const bad = await huizeOrg.post('/api/cadres', body({ idNumber: wrong }));
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().fields, [{ path: 'idNumber', message: '身份证号校验位不正确' }]);
    const mismatch = await huizeOrg.post('/api/cadres', body({ idNumber: idOf('53032619900101022'), birthDate: null }));
    assert.equal(mismatch.statusCode, 400);
    assert.ok(mismatch.json().fields.some((f: { path: string }) => f.path === 'gender'));
    const phone = await huizeOrg.post('/api/cadres', body({ idNumber: idOf('53032619900101031'), birthDate: null, phone: '1234' }));
    assert.ok(phone.json().fields.some((f: { path: string }) => f.path === 'phone'));
  });

  test('409 for an ID already registered, with the field', async () => {
    const response = await huizeOrg.post('/api/cadres', body({ name: '李卫', idNumber: idNumber.toLowerCase() }));
    assert.equal(response.statusCode, 409);
    assert.equal(response.json().code, 'CADRE_DUPLICATE_ID');
    assert.equal(response.json().fields[0].path, 'idNumber');
  });

  test('400 for a unit the registrar may not pick', async () => {
    const response = await unitParty.post('/api/cadres', body({ idNumber: idOf('53032619900101031'), birthDate: null, unitId: gaozhouUnitId }));
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().fields[0].path, 'unitId');
  });

  test('403 without the permission', async () => {
    assert.equal((await naguParty.post('/api/cadres', body({ idNumber: idOf('53032619900101031'), birthDate: null }))).statusCode, 403);
    assert.equal((await member.get('/api/cadres')).statusCode, 403);
    assert.equal((await naguParty.post(`/api/cadres/${cadreId}/unmask`, { field: 'idNumber', reason: '核对身份信息' })).statusCode, 403);
  });

  test('a cadre outside scope answers 404 on every route', async () => {
    assert.equal((await gaozhouOrg.get(`/api/cadres/${cadreId}`)).statusCode, 404);
    assert.equal((await gaozhouOrg.put(`/api/cadres/${cadreId}`, body({ idNumber: undefined }))).statusCode, 404);
    assert.equal((await gaozhouOrg.post(`/api/cadres/${cadreId}/unmask`, { field: 'idNumber', reason: '核对身份信息' })).statusCode, 404);
    assert.equal((await naguParty.get(`/api/cadres/${cadreId}`)).statusCode, 404);
  });

  test('lists with masking, search by pinyin initials and filters; the unit sees its own cadres', async () => {
    await createCadre(t.deps, { unitId: huizeUnitId, name: '王芳', gender: 'female', partyStatus: 'none' });
    await createCadre(t.deps, { unitId: gaozhouUnitId, name: '陈强', divisionCode: places.gaozhou });
    const list = await huizeOrg.get('/api/cadres?sort=name');
    assert.equal(list.statusCode, 200);
    assert.deepEqual(list.json().items.map((c: { name: string }) => c.name), ['李卫国', '王芳']);
    assert.ok(list.json().items.every((c: { idNumber: string }) => /^\d{6}\*{8}\d{3}[\dX]$/.test(c.idNumber)));
    assert.equal((await huizeOrg.get('/api/cadres?q=lwg')).json().total, 1);
    assert.equal((await huizeOrg.get('/api/cadres?q=wangfang')).json().items[0].name, '王芳');
    assert.equal((await huizeOrg.get('/api/cadres?gender=female')).json().total, 1);
    assert.equal((await huizeOrg.get('/api/cadres?partyStatus=none')).json().total, 1);
    assert.equal((await huizeOrg.get('/api/cadres?speciality=water')).json().total, 1);
    assert.equal((await huizeOrg.get(`/api/cadres?unitId=${huizeUnitId}&posted=false`)).json().total, 2);
    assert.equal((await huizeOrg.get('/api/cadres?pageSize=1&page=2&sort=name')).json().items[0].name, '王芳');
    assert.equal((await unitParty.get('/api/cadres')).json().total, 2);
    assert.equal((await gaozhouOrg.get('/api/cadres')).json().total, 1);
    assert.equal((await huizeOrg.get('/api/cadres?pageSize=500')).statusCode, 400);
  });

  test('a cadre posted into the county is seen there but kept by his own region', async () => {
    const posted = await createCadre(t.deps, { unitId: gaozhouUnitId, name: '黄海', divisionCode: places.gaozhou });
    await setCadrePosting(t.deps.db, posted.id, places.naguVillage);
    const seen = await naguParty.get(`/api/cadres/${posted.id}`);
    assert.equal(seen.statusCode, 200);
    assert.equal(seen.json().postedDivisionName, '拖车村村民委员会');
    const byCounty = await huizeOrg.get(`/api/cadres/${posted.id}`);
    assert.deepEqual(byCounty.json().abilities, { update: false, unmask: false });
    assert.equal((await huizeOrg.get('/api/cadres?posted=true')).json().items[0].name, '黄海');
    assert.equal((await huizeOrg.get(`/api/cadres?divisionCode=${places.nagu}`)).json().total, 1);
    const edit = await huizeOrg.put(`/api/cadres/${posted.id}`, { ...body({ idNumber: undefined, phone: undefined }), name: '黄海', unitId: gaozhouUnitId, birthDate: null, gender: posted.gender });
    assert.equal(edit.statusCode, 403);
  });

  test('updates without resending the ID; a gender against the stored ID is refused', async () => {
    const update = await huizeOrg.put(`/api/cadres/${cadreId}`, body({ idNumber: undefined, phone: undefined, position: '副局长', birthDate: null }));
    assert.equal(update.statusCode, 200, update.body);
    assert.equal(update.json().position, '副局长');
    assert.equal(update.json().phone, '139****1234');
    assert.equal(update.json().birthDate, '1985-06-12');
    const cleared = await huizeOrg.put(`/api/cadres/${cadreId}`, body({ idNumber: undefined, phone: '' }));
    assert.equal(cleared.json().phone, null);
    const wrong = await huizeOrg.put(`/api/cadres/${cadreId}`, body({ idNumber: undefined, gender: 'female' }));
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().fields[0].path, 'gender');
    const restored = await unitParty.put(`/api/cadres/${cadreId}`, body());
    assert.equal(restored.statusCode, 200, restored.body);
  });

  test('unmask needs a reason, shows the clear value and audits the reason', async () => {
    const noReason = await huizeOrg.post(`/api/cadres/${cadreId}/unmask`, { field: 'idNumber', reason: '看' });
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json().fields[0].path, 'reason');
    const response = await huizeOrg.post(`/api/cadres/${cadreId}/unmask`, { field: 'idNumber', reason: '核对选派人选身份' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().value, idNumber);
    const phone = await unitParty.post(`/api/cadres/${cadreId}/unmask`, { field: 'phone', reason: '联系本人核实信息' });
    assert.equal(phone.json().value, '13908741234');
    const events = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'cadres.unmask'));
    assert.equal(events.length, 2);
    assert.equal(events[0]!.reason, '核对选派人选身份');
    assert.equal(events[0]!.entityId, cadreId);
    assert.ok(!JSON.stringify(events).includes(idNumber));
  });

  test('a county registering another region\'s unit cadre keeps him in the county', async () => {
    const response = await huizeOrg.post('/api/cadres', body({ name: '周立', idNumber: idOf('44098119800305041'), birthDate: null, unitId: gaozhouUnitId, phone: null }));
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(response.json().divisionCode, places.huize);
    assert.equal(response.json().unitName, '高州市人民法院');
    assert.equal(response.json().abilities.update, true);
  });
});
