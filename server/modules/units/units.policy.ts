import { can, type Principal } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';

type UnitLike = { id: string; divisionCode: string };

export const unitPermissions = ['units.read', 'units.create', 'units.update', 'units.pick', 'units.export'] as const;

/** A unit is registered where the account governs: a county registers its county organs, a province its own. */
export function mayCreateUnitAt(principal: Principal, divisionCode: string): boolean {
  return can(principal, 'units.create') && codeInScope(principal.scope, divisionCode);
}

/** A unit's record is kept by the region it sits in, or by the unit's own party committee. */
export function mayUpdateUnit(principal: Principal, unit: UnitLike): boolean {
  if (!can(principal, 'units.update')) return false;
  return codeInScope(principal.scope, unit.divisionCode) || principal.scope.unitId === unit.id;
}
