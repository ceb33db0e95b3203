import { can, type Principal } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';

export const trainingPermissions = ['trainings.read', 'trainings.manage'] as const;

/**
 * A session is kept by the region that organized it: a township changes its own sessions,
 * not the county's its cadres attended.
 */
export function mayManageSession(principal: Principal, session: { divisionCode: string }): boolean {
  return can(principal, 'trainings.manage') && codeInScope(principal.scope, session.divisionCode);
}

/** Sessions are organized, and materials issued, only inside the caller's region. */
export function mayOrganizeIn(principal: Principal, divisionCode: string): boolean {
  return codeInScope(principal.scope, divisionCode);
}
