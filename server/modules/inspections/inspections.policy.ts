import { can, type Principal } from '../../platform/access/permissions.ts';
import { codeInScope, divisionPrefix } from '../../platform/access/scope.ts';
import type { Role } from '../../platform/access/roles.ts';

export const inspectionPermissions = ['inspections.read', 'inspections.record', 'inspections.export', 'rectifications.answer'] as const;

/** Who inspects (domain.md §3): the discipline commission leads, the organization department and the rural office take part. */
export const inspectorRoles = ['discipline', 'county_org', 'rural_office'] as const satisfies readonly Role[];

/** An inspection covers a county or one of its townships; a village is checked through its township. */
export function isInspectionRegion(code: string): boolean {
  const level = divisionPrefix(code).length;
  return level === 6 || level === 9;
}

export function mayRecordIn(principal: Principal, regionCode: string): boolean {
  return can(principal, 'inspections.record') && codeInScope(principal.scope, regionCode);
}
