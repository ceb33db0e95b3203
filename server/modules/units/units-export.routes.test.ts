import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { sheetRows } from '../../test/xlsx.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';

describe('units export', () => {
  let t: TestApp;
  let huizeOrg: Session;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    await createUnit(t.deps, { name: '会泽县农业农村局', divisionCode: places.huize });
    await createUnit(t.deps, { name: '会泽县水务局', divisionCode: places.huize });
    await createUnit(t.deps, { name: '高州市人民法院', divisionCode: places.gaozhou });
  });
  after(() => t.close());

  test('401 without a session', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/units/export' })).statusCode, 401);
  });

  test('403 without the permission', async () => {
    const member = await sessionAs(t.app, t.deps, ['team_member'], { division: places.huize });
    assert.equal((await member.get('/api/units/export')).statusCode, 403);
  });

  test('400 names the filter', async () => {
    const response = await huizeOrg.get('/api/units/export?divisionCode=5303');
    assert.equal(response.statusCode, 400);
    assert.deepEqual(response.json().fields.map((f: { path: string }) => f.path), ['divisionCode']);
  });

  test('exports the filtered units in scope only, audited with the filters and row count', async () => {
    const response = await huizeOrg.get('/api/units/export?sort=name&order=desc');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /spreadsheetml/);
    assert.match(String(response.headers['content-disposition']), /filename\*=UTF-8''/);
    const rows = await sheetRows(response);
    assert.equal(rows[0]![0], '单位名称');
    assert.deepEqual(rows.slice(1).map((r) => r[0]), ['会泽县水务局', '会泽县农业农村局']);
    assert.equal(rows[1]![3], '会泽县');

    // "pick" widens the list to every unit; an export never does.
    const filtered = await sheetRows(await huizeOrg.get(`/api/units/export?q=${encodeURIComponent('农业')}&mode=pick`));
    assert.deepEqual(filtered.slice(1).map((r) => r[0]), ['会泽县农业农村局']);
    const everywhere = await sheetRows(await huizeOrg.get('/api/units/export?mode=pick'));
    assert.ok(!everywhere.some((r) => r[0] === '高州市人民法院'));

    const audit = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'units.export')).orderBy(auditEvents.id);
    assert.equal(audit.length, 3);
    assert.deepEqual(audit[0]!.after, { filters: { sort: 'name', order: 'desc' }, rows: 2 });
    assert.equal((audit[1]!.after as { rows: number }).rows, 1);
  });
});
