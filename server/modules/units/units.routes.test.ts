import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp, type Session } from '../../test/test-app.ts';
import { createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';

describe('units routes', () => {
  let t: TestApp;
  let huizeOrg: Session;
  let gaozhouOrg: Session;
  let zhenjiangParty: Session;
  let huizeUnitId: string;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    zhenjiangParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.zhenjiang });
    huizeUnitId = (await createUnit(t.deps, { name: '会泽县农业农村局', divisionCode: places.huize })).id;
    await createUnit(t.deps, { name: '高州市人民法院', divisionCode: places.gaozhou });
  });
  after(() => t.close());

  test('401 without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/units' });
    assert.equal(response.statusCode, 401);
    assert.equal(response.json().code, 'UNAUTHENTICATED');
  });

  test('lists only the units in scope', async () => {
    const response = await huizeOrg.get('/api/units');
    assert.equal(response.statusCode, 200);
    const names = response.json().items.map((u: { name: string }) => u.name);
    assert.deepEqual(names, ['会泽县农业农村局']);
    assert.equal(response.json().total, 1);
  });

  test('a unit outside scope answers 404', async () => {
    const response = await gaozhouOrg.get(`/api/units/${huizeUnitId}`);
    assert.equal(response.statusCode, 404);
  });

  test('400 names the field', async () => {
    const response = await huizeOrg.post('/api/units', { name: '会', type: 'county', divisionCode: places.huize });
    assert.equal(response.statusCode, 400);
    const body = response.json();
    assert.equal(body.code, 'VALIDATION_FAILED');
    assert.ok(body.fields.some((f: { path: string }) => f.path === 'name'));
  });

  test('403 without the permission', async () => {
    const response = await zhenjiangParty.post('/api/units', { name: '镇江镇农业站', type: 'township', divisionCode: places.zhenjiang });
    assert.equal(response.statusCode, 403);
  });

  test('writes need the CSRF token', async () => {
    const response = await huizeOrg.request('POST', '/api/units', { name: '会泽县水务局', type: 'county', divisionCode: places.huize }, { 'x-csrf-token': 'forged' });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'CSRF_MISMATCH');
  });

  test('creates a unit in scope, audited, and refuses a twin', async () => {
    const response = await huizeOrg.post('/api/units', { name: '会泽县水务局', type: 'county', divisionCode: places.huize });
    assert.equal(response.statusCode, 201);
    assert.equal(response.json().divisionName, '会泽县');
    const twin = await huizeOrg.post('/api/units', { name: '会泽县水务局', type: 'county', divisionCode: places.huize });
    assert.equal(twin.statusCode, 409);
    const outside = await huizeOrg.post('/api/units', { name: '高州市水务局', type: 'county', divisionCode: places.gaozhou });
    assert.equal(outside.statusCode, 403);
  });
});
