import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { AppDeps } from '../http/context.ts';
import type { Principal } from '../access/permissions.ts';
import { isRole, type Role } from '../access/roles.ts';
import { makeScope } from '../access/scope.ts';
import { recordAudit, type AuditActor } from '../audit/audit.ts';
import { accounts, sessions } from './auth.schema.ts';
import { authErrors } from './auth.errors.ts';
import { checkPasswordPolicy, hashPassword, passwordExpired, verifyPassword } from './passwords.ts';

export type AccountRow = typeof accounts.$inferSelect;
export type SessionPrincipal = Principal & { csrfToken: string; passwordChangeRequired: boolean; tokenHash: string };

// Spends the same time on an unknown user name as on a known one, so timing does not reveal which exist.
let dummyHash: Promise<string> | null = null;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function mustChangePassword(deps: AppDeps, account: AccountRow, now = new Date()): boolean {
  const exempt = account.isDemo && deps.config.env !== 'production';
  if (exempt) return false;
  return account.mustChangePassword || passwordExpired(deps.config.passwordPolicy, account.passwordChangedAt, now);
}

export function principalOf(deps: AppDeps, account: AccountRow): Principal {
  const roleList = account.roles.filter(isRole) as Role[];
  return {
    accountId: account.id,
    username: account.username,
    displayName: account.displayName,
    roles: roleList,
    permissions: new Set(deps.catalog.permissionsOf(roleList)),
    scope: makeScope(account.scopeDivisionCode, account.scopeUnitId),
    cadreId: account.cadreId,
  };
}

export async function login(
  deps: AppDeps,
  input: { username: string; password: string },
  meta: { ip: string | null; userAgent: string | null; requestId: string },
): Promise<{ token: string; account: AccountRow }> {
  const actor: AuditActor = { accountId: null, username: input.username, requestId: meta.requestId, ip: meta.ip };
  const now = new Date();
  const [account] = await deps.db.select().from(accounts).where(eq(accounts.username, input.username));
  if (!account) {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verifyPassword(await dummyHash, input.password);
    await recordAudit(deps.db, actor, { action: 'auth.login', entityType: 'account', outcome: 'failure', reason: 'unknown user' });
    throw authErrors.AUTH_INVALID_CREDENTIALS();
  }
  const accountActor: AuditActor = { ...actor, accountId: account.id };
  if (account.lockedUntil && account.lockedUntil > now) {
    await recordAudit(deps.db, accountActor, { action: 'auth.login', entityType: 'account', entityId: account.id, outcome: 'failure', reason: 'locked' });
    const minutes = Math.ceil((account.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw authErrors.AUTH_LOCKED(undefined, { minutes });
  }
  if (account.status !== 'active') {
    await recordAudit(deps.db, accountActor, { action: 'auth.login', entityType: 'account', entityId: account.id, outcome: 'failure', reason: 'disabled' });
    throw authErrors.AUTH_DISABLED();
  }
  if (!(await verifyPassword(account.passwordHash, input.password))) {
    const failures = account.failedAttempts + 1;
    const lock = failures >= deps.config.login.maxFailures;
    const lockedUntil = lock ? new Date(now.getTime() + deps.config.login.lockMinutes * 60_000) : null;
    await deps.db
      .update(accounts)
      .set({ failedAttempts: lock ? 0 : failures, lockedUntil })
      .where(eq(accounts.id, account.id));
    await recordAudit(deps.db, accountActor, {
      action: 'auth.login',
      entityType: 'account',
      entityId: account.id,
      outcome: 'failure',
      reason: lock ? 'wrong password; locked' : 'wrong password',
    });
    if (lock) throw authErrors.AUTH_LOCKED(undefined, { minutes: deps.config.login.lockMinutes });
    throw authErrors.AUTH_INVALID_CREDENTIALS();
  }
  const token = randomBytes(32).toString('base64url');
  await deps.db.transaction(async (tx) => {
    await tx.update(accounts).set({ failedAttempts: 0, lockedUntil: null }).where(eq(accounts.id, account.id));
    await tx.insert(sessions).values({
      tokenHash: hashToken(token),
      accountId: account.id,
      csrfToken: randomBytes(24).toString('base64url'),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    await recordAudit(tx, accountActor, { action: 'auth.login', entityType: 'account', entityId: account.id });
  });
  return { token, account };
}

/** Resolves a cookie token to its principal; an idle session is ended here, not by a sweeper. */
export async function resolveSession(deps: AppDeps, token: string, now = new Date()): Promise<SessionPrincipal | null> {
  const tokenHash = hashToken(token);
  const [row] = await deps.db
    .select({ session: sessions, account: accounts })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!row) return null;
  const idleMs = deps.config.session.idleMinutes * 60_000;
  if (now.getTime() - row.session.lastSeenAt.getTime() > idleMs || row.account.status !== 'active') {
    await deps.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    throw authErrors.AUTH_SESSION_EXPIRED();
  }
  // Touch at most once a minute: every request writing a row would cost more than it tells.
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000) {
    await deps.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  return {
    ...principalOf(deps, row.account),
    csrfToken: row.session.csrfToken,
    passwordChangeRequired: mustChangePassword(deps, row.account, now),
    tokenHash,
  };
}

export async function logout(deps: AppDeps, principal: SessionPrincipal, actor: AuditActor): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.tokenHash, principal.tokenHash));
    await recordAudit(tx, actor, { action: 'auth.logout', entityType: 'account', entityId: principal.accountId });
  });
}

export async function changePassword(
  deps: AppDeps,
  principal: SessionPrincipal,
  actor: AuditActor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const [account] = await deps.db.select().from(accounts).where(eq(accounts.id, principal.accountId));
  if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw authErrors.AUTH_WRONG_CURRENT_PASSWORD([{ path: 'currentPassword', message: '当前密码不正确' }]);
  }
  const problems = checkPasswordPolicy(deps.config.passwordPolicy, input.newPassword, account.username);
  if (input.newPassword === input.currentPassword) {
    problems.push({ code: 'too_short', zh: '新密码不能与当前密码相同', en: 'Choose a different password' });
  }
  if (problems.length > 0) {
    throw authErrors.AUTH_PASSWORD_POLICY(problems.map((p) => ({ path: 'newPassword', message: p.zh })));
  }
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: new Date(), updatedAt: new Date() })
      .where(eq(accounts.id, account.id));
    // Other sessions of this account end: whoever knew the old password is signed out.
    await tx
      .delete(sessions)
      .where(and(eq(sessions.accountId, account.id), sql`${sessions.tokenHash} <> ${principal.tokenHash}`));
    await recordAudit(tx, actor, { action: 'auth.change_password', entityType: 'account', entityId: account.id });
  });
}

export async function purgeIdleSessions(deps: AppDeps, now = new Date()): Promise<void> {
  const cutoff = new Date(now.getTime() - deps.config.session.idleMinutes * 60_000);
  await deps.db.delete(sessions).where(lt(sessions.lastSeenAt, cutoff));
}
