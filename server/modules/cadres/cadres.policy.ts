import { can, type Principal } from '../../platform/access/permissions.ts';
import { codeInScope, type Scope } from '../../platform/access/scope.ts';

type CadreLike = { unitId: string; divisionCode: string };

export const cadrePermissions = [
  'cadres.read',
  'cadres.create',
  'cadres.update',
  'cadres.unmask',
  'cadres.import',
  'cadres.export',
] as const;

/**
 * A cadre's record is kept where he is managed (his division) or by his own unit. A county into
 * which a provincial unit's cadre is posted sees him but does not rewrite his file.
 */
function keepsRecord(scope: Scope, cadre: CadreLike): boolean {
  return codeInScope(scope, cadre.divisionCode) || scope.unitId === cadre.unitId;
}

export function mayUpdateCadre(principal: Principal, cadre: CadreLike): boolean {
  return can(principal, 'cadres.update') && keepsRecord(principal.scope, cadre);
}

export function mayUnmaskCadre(principal: Principal, cadre: CadreLike): boolean {
  return can(principal, 'cadres.unmask') && keepsRecord(principal.scope, cadre);
}

/**
 * interfaces: a cadre is managed in his unit's division when that lies in the registrar's scope;
 * else in the registrar's own division (a county clerk registering a provincial unit's cadre
 * keeps him in her county).
 */
export function managingDivisionOf(scope: Scope, unit: { id: string; divisionCode: string }): string {
  if (codeInScope(scope, unit.divisionCode) || scope.unitId === unit.id) return unit.divisionCode;
  return scope.divisionCode ?? unit.divisionCode;
}
