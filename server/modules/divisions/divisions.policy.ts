import { can, type Principal } from '../../platform/access/permissions.ts';
import type { DivisionLevel } from './divisions.schema.ts';
import { relationToScope } from './divisions.rules.ts';

type DivisionLike = { code: string; level: DivisionLevel };

export const divisionPermissions = ['divisions.read', 'divisions.manage', 'divisions.profile', 'divisions.load'] as const;

/**
 * Divisions are reference data, so an account scoped only to a unit (a unit's party committee,
 * whose cadres serve anywhere) browses the whole tree; a division scope limits it to that subtree.
 */
export function scopePrefixOf(principal: Principal): string | null {
  return principal.scope.divisionPrefix;
}

export function relationOf(principal: Principal, code: string): 'inside' | 'above' | 'outside' {
  return relationToScope(scopePrefixOf(principal), code);
}

/**
 * Writes need a region the account governs: the whole country, or a division subtree. A scope of
 * only a unit reads the tree but changes no village in it.
 */
export function governs(principal: Principal, code: string): boolean {
  if (principal.scope.national) return true;
  const prefix = scopePrefixOf(principal);
  return prefix !== null && code.startsWith(prefix);
}

/** 村情 is kept by the county, the township and the poverty office of the village's own region. */
export function mayEditProfile(principal: Principal, division: DivisionLike): boolean {
  return can(principal, 'divisions.profile') && division.level === 'village' && governs(principal, division.code);
}

/** seed [004]: a county adds a village the 2020 merger removed from the list, under a township of its own. */
export function mayCreateVillageIn(principal: Principal, township: DivisionLike): boolean {
  return can(principal, 'divisions.manage') && township.level === 'township' && governs(principal, township.code);
}
