import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.ts';
import { createAccount, createCadre, createUnit, insertPlaces, places, sessionAs, TEST_PASSWORD } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { accounts } from '../../platform/auth/auth.schema.ts';

const strongPassword = 'Initial#Pass2026';
let counter = 0;
const newName = () => `acct${Date.now().toString(36)}${counter++}`;

describe('accounts routes', () => {
  let t: TestApp;
  let sysAdmin: Session;
  let huizeSysAdmin: Session;
  let securityAdmin: Session;
  let auditAdmin: Session;
  let huizeOrg: Session;
  let gaozhouAccountId: string;
  let huizeUnitId: string;

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    huizeUnitId = (await createUnit(t.deps, { name: '会泽县农业农村局', divisionCode: places.huize })).id;
    sysAdmin = await sessionAs(t.app, t.deps, ['sys_admin']);
    huizeSysAdmin = await sessionAs(t.app, t.deps, ['sys_admin'], { division: places.huize });
    securityAdmin = await sessionAs(t.app, t.deps, ['security_admin']);
    auditAdmin = await sessionAs(t.app, t.deps, ['audit_admin']);
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouAccountId = (await createAccount(t.deps, { roles: ['county_org'], division: places.gaozhou })).id;
  });
  after(() => t.close());

  test('401 without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/accounts' });
    assert.equal(response.statusCode, 401);
  });

  test('403 for a domain role and for the audit administrator (三员分立)', async () => {
    assert.equal((await huizeOrg.get('/api/accounts')).statusCode, 403);
    const body = { username: newName(), displayName: '张三', roles: ['viewer'], initialPassword: strongPassword };
    assert.equal((await auditAdmin.post('/api/accounts', body)).statusCode, 403);
    assert.equal((await securityAdmin.post('/api/accounts', body)).statusCode, 403);
  });

  test('creates an account that must change its password, never showing a hash, audited', async () => {
    const username = newName();
    const response = await sysAdmin.post('/api/accounts', {
      username,
      displayName: '李四',
      roles: ['county_org'],
      scopeDivisionCode: places.huize,
      initialPassword: strongPassword,
    });
    assert.equal(response.statusCode, 201, response.body);
    const view = response.json();
    assert.equal(view.mustChangePassword, true);
    assert.equal(view.scopeDivisionName, '会泽县');
    assert.doesNotMatch(response.body, /argon2|passwordHash/);
    const [event] = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'accounts.create'), eq(auditEvents.entityId, view.id)));
    assert.ok(event);
    assert.doesNotMatch(JSON.stringify(event.after), /argon2|passwordHash/);
    const session = await signIn(t.app, username, strongPassword);
    assert.equal((await session.get('/api/auth/me')).json().passwordChangeRequired, true);
  });

  test('400 names the field: password policy, scope, separated roles, user name', async () => {
    const base = { username: newName(), displayName: '王五', roles: ['viewer'], initialPassword: strongPassword };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, initialPassword: 'short' }, 'initialPassword'],
      [{ ...base, roles: ['county_org'] }, 'scopeDivisionCode'],
      [{ ...base, roles: ['sys_admin', 'audit_admin'] }, 'roles'],
      [{ ...base, username: '张' }, 'username'],
      [{ ...base, roles: ['no_such_role'] }, 'roles.0'],
      [{ ...base, roles: ['unit_party'], scopeDivisionCode: places.huize }, 'scopeUnitId'],
      [{ ...base, roles: ['team_member'], scopeDivisionCode: places.huize }, 'cadreId'],
    ];
    for (const [body, path] of cases) {
      const response = await sysAdmin.post('/api/accounts', body);
      assert.equal(response.statusCode, 400, `${path}: ${response.body}`);
      assert.ok(response.json().fields.some((f: { path: string }) => f.path === path), `${path}: ${response.body}`);
    }
  });

  test('a regional administrator gives only scopes inside its own', async () => {
    const response = await huizeSysAdmin.post('/api/accounts', {
      username: newName(),
      displayName: '赵六',
      roles: ['county_org'],
      scopeDivisionCode: places.gaozhou,
      initialPassword: strongPassword,
    });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().fields[0].path, 'scopeDivisionCode');
    const national = await huizeSysAdmin.post('/api/accounts', { username: newName(), displayName: '赵六', roles: ['viewer'], initialPassword: strongPassword });
    assert.equal(national.statusCode, 400);
  });

  test('a user name is taken once; a cadre has one account', async () => {
    const username = newName();
    const body = { username, displayName: '钱七', roles: ['viewer'], initialPassword: strongPassword };
    assert.equal((await sysAdmin.post('/api/accounts', body)).statusCode, 201);
    const twin = await sysAdmin.post('/api/accounts', { ...body, username: username.toUpperCase() });
    assert.equal(twin.statusCode, 409);
    assert.equal(twin.json().fields[0].path, 'username');

    const cadre = await createCadre(t.deps, { unitId: huizeUnitId });
    const member = { displayName: cadre.name, roles: ['team_member'], scopeDivisionCode: places.naguVillage, cadreId: cadre.id, initialPassword: strongPassword };
    const options = await huizeSysAdmin.get(`/api/accounts/cadre-options?q=${encodeURIComponent(cadre.name)}`);
    assert.equal(options.statusCode, 200);
    assert.deepEqual(options.json().items.map((c: { id: string }) => c.id), [cadre.id]);
    assert.match(options.json().items[0].idNumber, /\*{8}/);
    assert.equal((await securityAdmin.get('/api/accounts/cadre-options')).statusCode, 403);
    const first = await sysAdmin.post('/api/accounts', { ...member, username: newName() });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().cadreName, cadre.name);
    const second = await sysAdmin.post('/api/accounts', { ...member, username: newName() });
    assert.equal(second.statusCode, 409);
    assert.equal(second.json().code, 'ACCOUNT_CADRE_TAKEN');
  });

  test('lists and reads only accounts inside the scope', async () => {
    const list = await huizeSysAdmin.get('/api/accounts?pageSize=200');
    assert.equal(list.statusCode, 200);
    const items = list.json().items as { scopeDivisionCode: string | null; id: string }[];
    assert.ok(items.length > 0);
    assert.ok(items.every((a) => a.scopeDivisionCode?.startsWith('530326')));
    assert.equal((await huizeSysAdmin.get(`/api/accounts/${gaozhouAccountId}`)).statusCode, 404);
    assert.equal((await sysAdmin.get(`/api/accounts/${gaozhouAccountId}`)).statusCode, 200);
    const byRole = await sysAdmin.get('/api/accounts?role=audit_admin');
    assert.ok(byRole.json().items.every((a: { roles: string[] }) => a.roles.includes('audit_admin')));
    assert.equal((await sysAdmin.get('/api/accounts?role=nobody')).json().fields[0].path, 'role');
  });

  test('an administrator cannot change itself, nor grant an administrator role by editing', async () => {
    const me = (await sysAdmin.get('/api/auth/me')).json();
    const self = await sysAdmin.put(`/api/accounts/${me.accountId}`, { displayName: 'x', roles: ['sys_admin'], status: 'active' });
    assert.equal(self.statusCode, 403);
    assert.equal(self.json().code, 'ACCOUNT_SELF');
    const refused = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, me.accountId), eq(auditEvents.outcome, 'failure')));
    assert.equal(refused.length, 1);

    const grant = await sysAdmin.put(`/api/accounts/${gaozhouAccountId}`, { displayName: 'x', roles: ['security_admin'], status: 'active' });
    assert.equal(grant.statusCode, 403);
    assert.equal(grant.json().code, 'ACCOUNT_ADMIN_ROLE_GRANT');
  });

  test('disabling an account ends its sessions at once', async () => {
    const target = await createAccount(t.deps, { roles: ['county_org'], division: places.huize });
    const session = await signIn(t.app, target.username, TEST_PASSWORD);
    assert.equal((await session.get('/api/auth/me')).statusCode, 200);
    const response = await huizeSysAdmin.put(`/api/accounts/${target.id}`, {
      displayName: '已调离',
      roles: ['county_org', 'viewer'],
      scopeDivisionCode: places.huize,
      status: 'disabled',
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.json().status, 'disabled');
    assert.equal((await session.get('/api/auth/me')).statusCode, 401);
    const [event] = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'accounts.disable'), eq(auditEvents.entityId, target.id)));
    assert.ok(event);
    assert.equal((await huizeSysAdmin.put(`/api/accounts/${gaozhouAccountId}`, { displayName: 'x', roles: ['viewer'], status: 'active' })).statusCode, 404);
  });

  test('the security administrator resets a password and unlocks, but not its own', async () => {
    const target = await createAccount(t.deps, { roles: ['county_org'], division: places.huize });
    const old = await signIn(t.app, target.username, TEST_PASSWORD);
    assert.equal((await sysAdmin.post(`/api/accounts/${target.id}/reset-password`, { newPassword: strongPassword })).statusCode, 403);
    const weak = await securityAdmin.post(`/api/accounts/${target.id}/reset-password`, { newPassword: 'weak' });
    assert.equal(weak.statusCode, 400);
    assert.equal(weak.json().fields[0].path, 'newPassword');
    const reset = await securityAdmin.post(`/api/accounts/${target.id}/reset-password`, { newPassword: strongPassword });
    assert.equal(reset.statusCode, 200, reset.body);
    assert.equal(reset.json().mustChangePassword, true);
    assert.equal((await old.get('/api/auth/me')).statusCode, 401);
    await signIn(t.app, target.username, strongPassword);

    await t.deps.db.update(accounts).set({ lockedUntil: new Date(Date.now() + 600_000), failedAttempts: 0 }).where(eq(accounts.id, target.id));
    assert.equal((await securityAdmin.get(`/api/accounts/${target.id}`)).json().locked, true);
    assert.equal((await sysAdmin.post(`/api/accounts/${target.id}/unlock`)).statusCode, 403);
    const unlocked = await securityAdmin.post(`/api/accounts/${target.id}/unlock`);
    assert.equal(unlocked.statusCode, 200);
    assert.equal(unlocked.json().locked, false);
    await signIn(t.app, target.username, strongPassword);

    const me = (await securityAdmin.get('/api/auth/me')).json();
    assert.equal((await securityAdmin.post(`/api/accounts/${me.accountId}/reset-password`, { newPassword: strongPassword })).statusCode, 403);
    assert.equal((await securityAdmin.post('/api/accounts/00000000-0000-4000-8000-000000000000/unlock')).statusCode, 404);
  });
});
