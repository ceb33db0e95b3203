import { can, type Principal } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import type { BranchRecord, Reach } from './campaigns.repository.ts';

type CampaignPlace = { divisionCode: string };

/** The committee that runs a campaign is the campaign administrator of a region holding it. */
export function managesCampaign(principal: Principal, campaign: CampaignPlace): boolean {
  return can(principal, 'campaigns.manage') && codeInScope(principal.scope, campaign.divisionCode);
}

/** A unit's party committee acts for its unit; a branch secretary for the branches he leads. */
export function reachFor(principal: Principal, campaign: CampaignPlace, led: readonly BranchRecord[]): Reach {
  if (managesCampaign(principal, campaign) || principal.scope.national) return { kind: 'all' };
  if (principal.roles.includes('unit_party') && principal.scope.unitId) return { kind: 'units', unitIds: [principal.scope.unitId] };
  if (principal.roles.includes('branch_secretary')) return { kind: 'branches', branchIds: led.map((b) => b.id), unitIds: [...new Set(led.map((b) => b.unitId))] };
  if (principal.scope.divisionPrefix) return { kind: 'region', prefix: principal.scope.divisionPrefix };
  return { kind: 'units', unitIds: principal.scope.unitId ? [principal.scope.unitId] : [] };
}

/** The units a caller speaks for: its own unit and those of the branches it leads. */
export function unitsOf(principal: Principal, led: readonly BranchRecord[]): string[] {
  return [...new Set([...(principal.scope.unitId ? [principal.scope.unitId] : []), ...led.map((b) => b.unitId)])];
}

/** Tasks are set by the committee for any unit, or by a unit's party committee for its own. */
export function mayCreateTask(principal: Principal, campaign: CampaignPlace, unitId: string): boolean {
  return managesCampaign(principal, campaign) || (can(principal, 'campaigns.claim') && principal.roles.includes('unit_party') && principal.scope.unitId === unitId);
}

/** Only the unit's party committee hands a task to one of its branches. */
export function mayAssign(principal: Principal, unitId: string): boolean {
  return can(principal, 'campaigns.claim') && principal.roles.includes('unit_party') && principal.scope.unitId === unitId;
}

/** A branch takes a task through its secretary, or through its unit's party committee. */
export function mayActFor(principal: Principal, branch: BranchRecord, led: readonly BranchRecord[], permission: 'campaigns.claim' | 'campaigns.record'): boolean {
  if (!can(principal, permission)) return false;
  if (principal.roles.includes('unit_party') && principal.scope.unitId === branch.unitId) return true;
  return principal.roles.includes('branch_secretary') && led.some((b) => b.id === branch.id);
}
