import { can, type Principal } from '../../platform/access/permissions.ts';

/**
 * Classing is the county's (organization department, poverty office) for villages of its own
 * region; a unit's account reads the classes it answers for but classes nothing.
 */
export function mayClassify(principal: Principal, villageCode: string): boolean {
  if (!can(principal, 'village_classes.write')) return false;
  if (principal.scope.national) return true;
  const prefix = principal.scope.divisionPrefix;
  return prefix !== null && villageCode.startsWith(prefix);
}

/** 村情 itself is kept in the divisions module, by the region's county, township and poverty office. */
export function mayEditProfile(principal: Principal, villageCode: string): boolean {
  if (!can(principal, 'divisions.profile')) return false;
  if (principal.scope.national) return true;
  const prefix = principal.scope.divisionPrefix;
  return prefix !== null && villageCode.startsWith(prefix);
}
