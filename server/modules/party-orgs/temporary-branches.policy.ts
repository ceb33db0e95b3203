import { can, type Principal } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import type { ApprovalLevel } from '../../../contracts/party-codes.ts';
import { mayManagePartyOrgAt } from './party-orgs.policy.ts';
import { approvalPlace } from './temporary-branches.rules.ts';

type BranchPlace = { divisionCode: string; unitId?: string | null; approvalLevel: ApprovalLevel | null };

/**
 * Who may ask for a branch: one holding the place in his scope, or a team leader for teams he leads
 * (a team sits in a village of another county's care, its leader's scope is his own unit).
 */
export function mayRequestBranch(principal: Principal, divisionCode: string, teamIds: readonly string[], ledTeamIds: ReadonlySet<string>, teamsInScope: number): boolean {
  if (!can(principal, 'party_orgs.request_branch')) return false;
  if (codeInScope(principal.scope, divisionCode)) return true;
  if (teamIds.length > 0 && teamIds.every((id) => ledTeamIds.has(id))) return true;
  return teamIds.length > 0 && teamsInScope === teamIds.length && !!principal.scope.unitId;
}

/** The organization department that approves: the role of the level, with the county or city in its scope. */
export function isApprovingDepartment(principal: Principal, branch: BranchPlace): boolean {
  if (!can(principal, 'party_orgs.approve_branch') || !branch.approvalLevel) return false;
  const role = branch.approvalLevel === 'city' ? 'city_org' : 'county_org';
  return principal.roles.includes(role) && codeInScope(principal.scope, approvalPlace(branch.divisionCode, branch.approvalLevel));
}

/** Dissolution: the approving department, or a keeper of party organizations in the place. */
export function mayDissolveBranch(principal: Principal, branch: BranchPlace): boolean {
  return isApprovingDepartment(principal, branch) || mayManagePartyOrgAt(principal, branch);
}

/** Keeping the roll and the election: the keepers and approvers of the place, the one who asked, and its secretary. */
export function mayKeepBranch(principal: Principal, branch: BranchPlace, facts: { requester: boolean; secretary: boolean }): boolean {
  if (mayDissolveBranch(principal, branch)) return true;
  if (facts.requester && can(principal, 'party_orgs.request_branch')) return true;
  return facts.secretary && can(principal, 'party_orgs.manage_members');
}
