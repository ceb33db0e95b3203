import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../test/test-app.ts';
import { createAccount, insertPlaces, places, TEST_PASSWORD } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { sessions } from '../../platform/auth/auth.schema.ts';
import { testDbMode } from '../../test/test-database.ts';

function login(t: TestApp, username: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
}

describe('auth routes', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' });
    await insertPlaces(t.deps);
  });
  after(() => t.close());

  test('health names the engine', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    assert.deepEqual(response.json(), { status: 'ok', db: testDbMode });
  });

  test('sign-in answers me with scope, sets an httpOnly cookie, and is audited', async () => {
    const account = await createAccount(t.deps, { roles: ['county_org'], division: places.huize });
    const response = await login(t, account.username, TEST_PASSWORD);
    assert.equal(response.statusCode, 200);
    const me = response.json();
    assert.equal(me.scope.divisionCode, places.huize);
    assert.equal(me.scope.divisionName, '会泽县');
    assert.deepEqual(me.scope.divisionCodes, [places.yunnan, places.qujing, places.huize]);
    assert.ok(me.abilities.includes('units.create'));
    const cookie = String(response.headers['set-cookie']);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    const events = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'auth.login'), eq(auditEvents.actorId, account.id)));
    assert.equal(events.length, 1);
    assert.equal(events[0]!.outcome, 'success');
  });

  test('400 names the missing field', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x' } });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(response.json().fields.map((f: { path: string }) => f.path), ['password']);
  });

  test('wrong passwords lock the account, and the lock holds against the right one', async () => {
    const account = await createAccount(t.deps, { roles: ['viewer'], division: places.huize });
    assert.equal((await login(t, account.username, 'wrong-1')).statusCode, 401);
    assert.equal((await login(t, account.username, 'wrong-2')).statusCode, 401);
    const third = await login(t, account.username, 'wrong-3');
    assert.equal(third.statusCode, 423);
    assert.equal(third.json().code, 'AUTH_LOCKED');
    assert.equal((await login(t, account.username, TEST_PASSWORD)).statusCode, 423);
    const failures = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, account.id), eq(auditEvents.outcome, 'failure')));
    assert.equal(failures.length, 4);
  });

  test('an unknown user gets the same answer as a wrong password', async () => {
    const response = await login(t, 'nobody-here', 'whatever');
    assert.equal(response.statusCode, 401);
    assert.equal(response.json().code, 'AUTH_INVALID_CREDENTIALS');
  });

  test('an idle session expires', async () => {
    const account = await createAccount(t.deps, { roles: ['viewer'], division: places.huize });
    const session = await signIn(t.app, account.username, TEST_PASSWORD);
    await t.deps.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(sessions.accountId, account.id));
    const response = await session.get('/api/auth/me');
    assert.equal(response.statusCode, 401);
    assert.equal(response.json().code, 'AUTH_SESSION_EXPIRED');
  });

  test('an initial password must be changed before anything else', async () => {
    const account = await createAccount(t.deps, { roles: ['county_org'], division: places.huize, mustChangePassword: true });
    const session = await signIn(t.app, account.username, TEST_PASSWORD);
    assert.equal((await session.get('/api/auth/me')).json().passwordChangeRequired, true);
    const blocked = await session.get('/api/units');
    assert.equal(blocked.statusCode, 403);
    assert.equal(blocked.json().code, 'AUTH_PASSWORD_CHANGE_REQUIRED');
    const weak = await session.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    assert.equal(weak.statusCode, 400);
    assert.equal(weak.json().fields[0].path, 'newPassword');
    const wrong = await session.post('/api/auth/password', { currentPassword: 'nope', newPassword: 'Better#Pass2026' });
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().fields[0].path, 'currentPassword');
    const changed = await session.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Better#Pass2026' });
    assert.equal(changed.statusCode, 204);
    assert.equal((await session.get('/api/units')).statusCode, 200);
  });

  test('sign-out ends the session', async () => {
    const account = await createAccount(t.deps, { roles: ['viewer'], division: places.huize });
    const session = await signIn(t.app, account.username, TEST_PASSWORD);
    assert.equal((await session.post('/api/auth/logout')).statusCode, 204);
    assert.equal((await session.get('/api/auth/me')).statusCode, 401);
  });

  test('the audit table refuses updates and deletes', async () => {
    await assert.rejects(t.deps.db.delete(auditEvents));
    await assert.rejects(t.deps.db.update(auditEvents).set({ action: 'x' }));
  });
});
