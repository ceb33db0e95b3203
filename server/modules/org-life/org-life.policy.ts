import { can, type Principal } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';

type OrgPlace = { divisionCode: string; unitId?: string | null };

/** As party-orgs keeps it: the region the organization sits in, or the party committee of its unit. */
export function mayManageOrg(principal: Principal, org: OrgPlace): boolean {
  if (!can(principal, 'party_orgs.manage')) return false;
  return codeInScope(principal.scope, org.divisionCode) || (!!principal.scope.unitId && org.unitId === principal.scope.unitId);
}

/** A branch's secretary and committee members record its meetings; so does whoever keeps the organization. */
export function mayWriteRecords(principal: Principal, org: OrgPlace, onCommittee: boolean): boolean {
  return mayManageOrg(principal, org) || (can(principal, 'org_life.write') && onCommittee);
}

export function mayConfigure(principal: Principal, org: OrgPlace): boolean {
  return can(principal, 'org_life.configure') && (codeInScope(principal.scope, org.divisionCode) || (!!principal.scope.unitId && org.unitId === principal.scope.unitId));
}
