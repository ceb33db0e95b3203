import { can, type Principal } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import type { RedFlagStep } from '../../../contracts/party-codes.ts';

/** Where a pairing sits: the organ branch's unit and the village's code. */
export type PairingPlace = { unitId: string | null; divisionCode: string };

/** The pair: the party committee of the organ branch's unit, or the secretary of either branch. */
export function isOfThePair(principal: Principal, place: PairingPlace, ledByPrincipal: boolean): boolean {
  return ledByPrincipal || (!!principal.scope.unitId && place.unitId === principal.scope.unitId);
}

/**
 * Keeping a pairing (setting it up, correcting it, recording activities, ending it) is the pair's,
 * and the county organization department's for villages it oversees.
 */
export function mayKeepPairing(principal: Principal, place: PairingPlace, ledByPrincipal: boolean): boolean {
  if (!can(principal, 'branch_pairings.write')) return false;
  if (isOfThePair(principal, place, ledByPrincipal)) return true;
  return can(principal, 'branch_pairings.review') && codeInScope(principal.scope, place.divisionCode) && principal.roles.includes('county_org');
}

/**
 * 红旗党支部 steps: the pair applies and assesses itself; the township party committee of the
 * village reviews; the county organization department accepts and names.
 */
export function mayRecordRedFlag(principal: Principal, step: RedFlagStep, place: PairingPlace, ledByPrincipal: boolean): boolean {
  switch (step) {
    case 'applied':
    case 'self_assessed':
      return can(principal, 'branch_pairings.write') && isOfThePair(principal, place, ledByPrincipal);
    case 'township_reviewed':
      return reviewsAs(principal, 'township_party', place);
    case 'county_accepted':
    case 'named':
      return reviewsAs(principal, 'county_org', place);
  }
}

function reviewsAs(principal: Principal, role: 'township_party' | 'county_org', place: PairingPlace): boolean {
  return can(principal, 'branch_pairings.review') && principal.roles.includes(role) && codeInScope(principal.scope, place.divisionCode);
}
