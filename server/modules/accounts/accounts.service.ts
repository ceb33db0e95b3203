import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import type { Role } from '../../platform/access/roles.ts';
import { commonErrors, type AppError, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { checkPasswordPolicy, hashPassword } from '../../platform/auth/passwords.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { ListResult } from '../../platform/db/paging.ts';
import type { AccountCadreOptionsQuery, AccountCreateBody, AccountListQuery, AccountUpdateBody, AccountView, ResetPasswordBody } from '../../../contracts/accounts.ts';
import type { CadreBrief } from '../../../contracts/cadres.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import { findUnitById, findUnitInScope } from '../units/index.ts';
import { findCadreInScope, findCadresByIds, presentCadreBriefs } from '../cadres/index.ts';
import * as repo from './accounts.repository.ts';
import { addedAdminRoles, roleAssignmentProblems, type RoleAssignment } from './accounts.rules.ts';
import { mayResetPassword, mayUnlockAccount, mayUpdateAccount } from './accounts.policy.ts';
import { accountErrors } from './accounts.errors.ts';

export async function presentAccounts(ctx: Ctx, rows: repo.AccountRow[]): Promise<AccountView[]> {
  const codes = rows.flatMap((r) => (r.scopeDivisionCode ? [r.scopeDivisionCode] : []));
  const unitIds = [...new Set(rows.flatMap((r) => (r.scopeUnitId ? [r.scopeUnitId] : [])))];
  const cadreIds = [...new Set(rows.flatMap((r) => (r.cadreId ? [r.cadreId] : [])))];
  const [names, unitRows, cadreRows] = await Promise.all([
    divisionNames(ctx.db, codes),
    Promise.all(unitIds.map((unitId) => findUnitById(ctx.db, unitId))),
    findCadresByIds(ctx.db, cadreIds),
  ]);
  const unitNames = new Map(unitRows.flatMap((u) => (u ? [[u.id, u.name] as const] : [])));
  const cadreNames = new Map(cadreRows.map((c) => [c.id, c.name] as const));
  const now = new Date();
  return rows.map((row) => ({
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles,
    scopeDivisionCode: row.scopeDivisionCode,
    scopeDivisionName: row.scopeDivisionCode ? (names.get(row.scopeDivisionCode) ?? null) : null,
    scopeUnitId: row.scopeUnitId,
    scopeUnitName: row.scopeUnitId ? (unitNames.get(row.scopeUnitId) ?? null) : null,
    cadreId: row.cadreId,
    cadreName: row.cadreId ? (cadreNames.get(row.cadreId) ?? null) : null,
    status: row.status,
    mustChangePassword: row.mustChangePassword,
    locked: !!row.lockedUntil && row.lockedUntil > now,
    lockedUntil: row.lockedUntil?.toISOString() ?? null,
    failedAttempts: row.failedAttempts,
    passwordChangedAt: row.passwordChangedAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: {
      update: mayUpdateAccount(ctx.principal, row),
      resetPassword: mayResetPassword(ctx.principal, row),
      unlock: mayUnlockAccount(ctx.principal, row),
    },
  }));
}

async function presentOne(ctx: Ctx, row: repo.AccountRow): Promise<AccountView> {
  return (await presentAccounts(ctx, [row]))[0]!;
}

/** A refused privileged operation is itself an event the audit administrator must see (MLPS level 3). */
async function refuse(ctx: Ctx, action: string, accountId: string, error: AppError): Promise<never> {
  await recordAudit(ctx.db, ctx.actor, { action, entityType: 'account', entityId: accountId, outcome: 'failure', reason: error.code });
  throw error;
}

function passwordProblems(ctx: Ctx, password: string, username: string, path: string): FieldError[] {
  return checkPasswordPolicy(ctx.deps.config.passwordPolicy, password, username).map((p) => ({ path, message: p.zh }));
}

/** The scope given to an account must lie inside the administrator's own, and name things that exist. */
async function checkAssignment(ctx: Ctx, tx: Executor, input: RoleAssignment, accountId: string | null): Promise<void> {
  const problems = roleAssignmentProblems(input);
  const scope = ctx.principal.scope;
  if (!input.scopeDivisionCode && !input.scopeUnitId && !scope.national) {
    problems.push({ path: 'scopeDivisionCode', message: '只能在本人管辖范围内设定账号的管辖范围' });
  }
  if (input.scopeDivisionCode) {
    if (!(await findDivision(tx, input.scopeDivisionCode))) {
      problems.push({ path: 'scopeDivisionCode', message: '管辖地区的行政区划不存在' });
    } else if (!codeInScope(scope, input.scopeDivisionCode)) {
      problems.push({ path: 'scopeDivisionCode', message: '管辖地区超出本人的管辖范围' });
    }
  }
  if (input.scopeUnitId && !(await findUnitInScope(tx, scope, input.scopeUnitId))) {
    problems.push({ path: 'scopeUnitId', message: '所属单位不存在或不在本人管辖范围内' });
  }
  if (input.cadreId) {
    if (!(await findCadreInScope(tx, scope, input.cadreId))) {
      problems.push({ path: 'cadreId', message: '关联的干部不存在或不在本人管辖范围内' });
    } else {
      const holder = await repo.findAccountIdByCadre(tx, input.cadreId);
      if (holder && holder !== accountId) throw accountErrors.ACCOUNT_CADRE_TAKEN([{ path: 'cadreId', message: '该干部已关联其他账号' }]);
    }
  }
  if (problems.length > 0) throw accountErrors.ACCOUNT_INVALID(problems);
}

function assignmentOf(body: { roles: Role[]; scopeDivisionCode?: string | null; scopeUnitId?: string | null; cadreId?: string | null }): RoleAssignment {
  return {
    roles: [...new Set(body.roles)],
    scopeDivisionCode: body.scopeDivisionCode ?? null,
    scopeUnitId: body.scopeUnitId ?? null,
    cadreId: body.cadreId ?? null,
  };
}

export async function listAccounts(ctx: Ctx, query: AccountListQuery): Promise<ListResult<AccountView>> {
  requirePermission(ctx.principal, 'accounts.read');
  const result = await repo.listAccounts(ctx.db, ctx.principal.scope, query);
  return { items: await presentAccounts(ctx, result.items), total: result.total };
}

export async function getAccount(ctx: Ctx, accountId: string): Promise<AccountView> {
  requirePermission(ctx.principal, 'accounts.read');
  const row = await repo.findAccountInScope(ctx.db, ctx.principal.scope, accountId);
  if (!row) throw commonErrors.NOT_FOUND();
  return presentOne(ctx, row);
}

/** Whom an account may be linked to; the administrator needs no cadre-reading power of its own for this. */
export async function accountCadreOptions(ctx: Ctx, query: AccountCadreOptionsQuery): Promise<ListResult<CadreBrief>> {
  requirePermission(ctx.principal, 'accounts.manage');
  const rows = await repo.searchCadres(ctx.db, ctx.principal.scope, query.q, 20);
  return { items: presentCadreBriefs(rows), total: rows.length };
}

export async function createAccount(ctx: Ctx, body: AccountCreateBody): Promise<AccountView> {
  requirePermission(ctx.principal, 'accounts.manage');
  const assignment = assignmentOf(body);
  const weak = passwordProblems(ctx, body.initialPassword, body.username, 'initialPassword');
  if (weak.length > 0) throw accountErrors.ACCOUNT_PASSWORD_POLICY(weak);
  const passwordHash = await hashPassword(body.initialPassword);
  const row = await ctx.db.transaction(async (tx) => {
    if (await repo.findAccountIdByUsername(tx, body.username)) {
      throw accountErrors.ACCOUNT_USERNAME_TAKEN([{ path: 'username', message: '用户名已被使用' }]);
    }
    await checkAssignment(ctx, tx, assignment, null);
    const created = await repo.insertAccount(tx, {
      username: body.username,
      displayName: body.displayName,
      passwordHash,
      ...assignment,
      roles: [...assignment.roles],
      status: 'active',
      mustChangePassword: true,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'accounts.create',
      entityType: 'account',
      entityId: created.id,
      divisionCode: created.scopeDivisionCode,
      after: created,
    });
    return created;
  });
  return presentOne(ctx, row);
}

export async function updateAccount(ctx: Ctx, accountId: string, body: AccountUpdateBody): Promise<AccountView> {
  requirePermission(ctx.principal, 'accounts.manage');
  const assignment = assignmentOf(body);
  const current = await repo.findAccountInScope(ctx.db, ctx.principal.scope, accountId);
  if (!current) throw commonErrors.NOT_FOUND();
  if (!mayUpdateAccount(ctx.principal, current)) await refuse(ctx, 'accounts.update', accountId, accountErrors.ACCOUNT_SELF());
  if (addedAdminRoles(current.roles, [...assignment.roles]).length > 0) {
    await refuse(ctx, 'accounts.update', accountId, accountErrors.ACCOUNT_ADMIN_ROLE_GRANT([{ path: 'roles', message: '管理员角色只能在新建账号时授予' }]));
  }
  const row = await ctx.db.transaction(async (tx) => {
    const before = await repo.findAccountInScope(tx, ctx.principal.scope, accountId);
    if (!before) throw commonErrors.NOT_FOUND();
    await checkAssignment(ctx, tx, assignment, accountId);
    const after = await repo.updateAccount(tx, accountId, {
      displayName: body.displayName,
      ...assignment,
      roles: [...assignment.roles],
      status: body.status,
    });
    // A disabled account is signed out everywhere at once, not at its next request.
    if (after.status === 'disabled') await repo.deleteSessionsOf(tx, accountId);
    await recordAudit(tx, ctx.actor, {
      action: before.status !== after.status ? `accounts.${after.status === 'disabled' ? 'disable' : 'enable'}` : 'accounts.update',
      entityType: 'account',
      entityId: accountId,
      divisionCode: after.scopeDivisionCode,
      before,
      after,
    });
    return after;
  });
  return presentOne(ctx, row);
}

export async function resetAccountPassword(ctx: Ctx, accountId: string, body: ResetPasswordBody): Promise<AccountView> {
  requirePermission(ctx.principal, 'accounts.reset_password');
  const current = await repo.findAccountInScope(ctx.db, ctx.principal.scope, accountId);
  if (!current) throw commonErrors.NOT_FOUND();
  if (!mayResetPassword(ctx.principal, current)) await refuse(ctx, 'accounts.reset_password', accountId, accountErrors.ACCOUNT_SELF());
  const weak = passwordProblems(ctx, body.newPassword, current.username, 'newPassword');
  if (weak.length > 0) throw accountErrors.ACCOUNT_PASSWORD_POLICY(weak);
  const passwordHash = await hashPassword(body.newPassword);
  const row = await ctx.db.transaction(async (tx) => {
    const after = await repo.updateAccount(tx, accountId, {
      passwordHash,
      mustChangePassword: true,
      passwordChangedAt: new Date(),
      failedAttempts: 0,
      lockedUntil: null,
    });
    // Whoever held the old password is signed out; the owner signs in with the new one and must change it.
    await repo.deleteSessionsOf(tx, accountId);
    await recordAudit(tx, ctx.actor, { action: 'accounts.reset_password', entityType: 'account', entityId: accountId, divisionCode: after.scopeDivisionCode });
    return after;
  });
  return presentOne(ctx, row);
}

export async function unlockAccount(ctx: Ctx, accountId: string): Promise<AccountView> {
  requirePermission(ctx.principal, 'accounts.unlock');
  const current = await repo.findAccountInScope(ctx.db, ctx.principal.scope, accountId);
  if (!current) throw commonErrors.NOT_FOUND();
  if (!mayUnlockAccount(ctx.principal, current)) await refuse(ctx, 'accounts.unlock', accountId, accountErrors.ACCOUNT_SELF());
  const row = await ctx.db.transaction(async (tx) => {
    const after = await repo.updateAccount(tx, accountId, { failedAttempts: 0, lockedUntil: null });
    await recordAudit(tx, ctx.actor, {
      action: 'accounts.unlock',
      entityType: 'account',
      entityId: accountId,
      divisionCode: after.scopeDivisionCode,
      before: { failedAttempts: current.failedAttempts, lockedUntil: current.lockedUntil },
      after: { failedAttempts: 0, lockedUntil: null },
    });
    return after;
  });
  return presentOne(ctx, row);
}
