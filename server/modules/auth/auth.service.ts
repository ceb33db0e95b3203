import { eq } from 'drizzle-orm';
import { accounts } from '../../platform/auth/auth.schema.ts';
import { mustChangePassword, principalOf } from '../../platform/auth/auth.service.ts';
import { sessions } from '../../platform/auth/auth.schema.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import type { Me } from '../../../contracts/auth.ts';
import { divisionNames } from '../divisions/index.ts';
import { findUnitById } from '../units/index.ts';

/** The chain of codes from the province down to the scope's own division, for tree pickers. */
function ancestorCodes(code: string): string[] {
  const cuts = [2, 4, 6, 9, 12];
  const chain: string[] = [];
  for (const cut of cuts) {
    const candidate = code.slice(0, cut).padEnd(12, '0');
    if (!chain.includes(candidate)) chain.push(candidate);
    if (candidate === code) break;
  }
  return chain;
}

export async function describeMe(deps: AppDeps, accountId: string, tokenHash: string): Promise<Me> {
  const [account] = await deps.db.select().from(accounts).where(eq(accounts.id, accountId));
  if (!account) throw commonErrors.UNAUTHENTICATED();
  const principal = principalOf(deps, account);
  const [session] = await deps.db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
  const divisionCode = account.scopeDivisionCode;
  const chain = divisionCode ? ancestorCodes(divisionCode) : [];
  const names = await divisionNames(deps.db, chain);
  const unit = account.scopeUnitId ? await findUnitById(deps.db, account.scopeUnitId) : undefined;
  return {
    accountId: account.id,
    username: account.username,
    displayName: account.displayName,
    roles: principal.roles,
    abilities: [...principal.permissions],
    scope: {
      divisionCode,
      divisionCodes: chain,
      divisionName: divisionCode ? (names.get(divisionCode) ?? null) : null,
      unitId: account.scopeUnitId,
      unitName: unit?.name ?? null,
      national: principal.scope.national,
    },
    cadreId: account.cadreId,
    csrfToken: session?.csrfToken ?? '',
    passwordChangeRequired: mustChangePassword(deps, account),
    passwordPolicy: deps.config.passwordPolicy,
  };
}
