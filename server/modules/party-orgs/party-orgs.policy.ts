import { can, type Principal } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';

export const partyOrgPermissions = [
  'party_orgs.read',
  'party_orgs.manage',
  'party_orgs.manage_members',
  'party_orgs.export',
  // Asking for a temporary branch, and approving it as the organization department of the place [000].
  'party_orgs.request_branch',
  'party_orgs.approve_branch',
] as const;

type OrgPlace = { divisionCode: string; unitId?: string | null };

/** An organization is kept by the region it sits in, or by the party committee of the unit it belongs to. */
export function mayManagePartyOrgAt(principal: Principal, org: OrgPlace): boolean {
  if (!can(principal, 'party_orgs.manage')) return false;
  return codeInScope(principal.scope, org.divisionCode) || (!!principal.scope.unitId && org.unitId === principal.scope.unitId);
}

/** A branch secretary keeps the member roll of the branch he leads, and only that one. */
export function mayManageMembers(principal: Principal, org: OrgPlace, ledByPrincipal: boolean): boolean {
  return mayManagePartyOrgAt(principal, org) || (can(principal, 'party_orgs.manage_members') && ledByPrincipal);
}
