import { can, type Principal } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';

/**
 * A commitment is written down by the leader of the cadre's team, or by the county organization
 * department for a village it oversees.
 */
export function mayKeepCommitment(principal: Principal, divisionCode: string, leadsTeam: boolean): boolean {
  if (!can(principal, 'ledgers.write')) return false;
  if (leadsTeam) return true;
  return principal.roles.includes('county_org') && codeInScope(principal.scope, divisionCode);
}

/**
 * Whether a commitment was kept is judged by the township party committee or the county, never by
 * the team itself: the count of kept commitments caps the year-end grade, so the team may not
 * certify its own.
 */
export function maySettle(principal: Principal, divisionCode: string): boolean {
  return can(principal, 'ledgers.settle') && codeInScope(principal.scope, divisionCode);
}
