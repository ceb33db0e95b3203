import { can, type Principal } from '../../platform/access/permissions.ts';

export const accountPermissions = ['accounts.read', 'accounts.manage', 'accounts.reset_password', 'accounts.unlock', 'accounts.export'] as const;

type AccountLike = { id: string };

// No administrator changes its own account here: its roles, scope, status and password go
// through another administrator, so no one can widen their own power unseen.
const other = (principal: Principal, account: AccountLike) => principal.accountId !== account.id;

export function mayUpdateAccount(principal: Principal, account: AccountLike): boolean {
  return can(principal, 'accounts.manage') && other(principal, account);
}

export function mayResetPassword(principal: Principal, account: AccountLike): boolean {
  return can(principal, 'accounts.reset_password') && other(principal, account);
}

export function mayUnlockAccount(principal: Principal, account: AccountLike): boolean {
  return can(principal, 'accounts.unlock') && other(principal, account);
}
