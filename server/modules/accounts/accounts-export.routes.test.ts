import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createAccount, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { sheetRows } from '../../test/xlsx.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';

describe('accounts export', () => {
  let t: TestApp;
  let huizeSysAdmin: Session;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    huizeSysAdmin = await sessionAs(t.app, t.deps, ['sys_admin'], { division: places.huize });
    await createAccount(t.deps, { roles: ['county_org'], division: places.huize, username: 'huize.org' });
    await createAccount(t.deps, { roles: ['township_party'], division: places.nagu, username: 'nagu.party' });
    await createAccount(t.deps, { roles: ['county_org'], division: places.gaozhou, username: 'gaozhou.org' });
  });
  after(() => t.close());

  test('401 without a session', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/accounts/export' })).statusCode, 401);
  });

  test('403 for a domain role and for the audit administrator', async () => {
    const county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    assert.equal((await county.get('/api/accounts/export')).statusCode, 403);
    const auditAdmin = await sessionAs(t.app, t.deps, ['audit_admin']);
    assert.equal((await auditAdmin.get('/api/accounts/export')).statusCode, 403);
  });

  test('400 names the filter', async () => {
    const response = await huizeSysAdmin.get('/api/accounts/export?role=emperor');
    assert.equal(response.statusCode, 400);
    assert.deepEqual(response.json().fields.map((f: { path: string }) => f.path), ['role']);
  });

  test('exports the filtered accounts in scope only, audited with the filters and row count', async () => {
    const response = await huizeSysAdmin.get('/api/accounts/export?role=county_org&q=huize');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /spreadsheetml/);
    const rows = await sheetRows(response);
    assert.deepEqual(rows[0]!.slice(0, 3), ['用户名', '姓名', '角色']);
    assert.deepEqual(rows.slice(1).map((r) => r[0]), ['huize.org']);
    assert.equal(rows[1]![2], '县委组织部');
    assert.equal(rows[1]![3], '会泽县');
    assert.doesNotMatch(JSON.stringify(rows), /argon2/);

    const all = await sheetRows(await huizeSysAdmin.get('/api/accounts/export'));
    const usernames = all.slice(1).map((r) => r[0]);
    assert.ok(usernames.includes('nagu.party'));
    assert.ok(!usernames.includes('gaozhou.org'));

    const securityAdmin = await sessionAs(t.app, t.deps, ['security_admin']);
    const national = await sheetRows(await securityAdmin.get('/api/accounts/export?q=gaozhou'));
    assert.deepEqual(national.slice(1).map((r) => r[0]), ['gaozhou.org']);

    const audit = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'accounts.export')).orderBy(auditEvents.id);
    assert.equal(audit.length, 3);
    assert.deepEqual(audit[0]!.after, { filters: { role: 'county_org', q: 'huize' }, rows: 1 });
    assert.deepEqual(audit[2]!.after, { filters: { q: 'gaozhou' }, rows: 1 });
  });
});
