import type { ModuleDefinition } from '../../platform/http/module.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { Scope } from '../../platform/access/scope.ts';
import { unitPermissions } from './units.policy.ts';
import { unitRoutes } from './units.routes.ts';
import * as repo from './units.repository.ts';

export { units, unitDivisions } from './units.schema.ts';
export type { UnitRow } from './units.repository.ts';
export { listUnits, getUnit, createUnit, updateUnit } from './units.service.ts';

export const unitsModule: ModuleDefinition = {
  name: 'units',
  permissions: unitPermissions,
  grants: {
    sys_admin: ['units.read', 'units.pick'],
    county_org: ['units.read', 'units.create', 'units.update', 'units.pick'],
    city_org: ['units.read', 'units.create', 'units.update', 'units.pick'],
    campaign_admin: ['units.read', 'units.create', 'units.update', 'units.pick'],
    township_party: ['units.read'],
    discipline: ['units.read'],
    rural_office: ['units.read'],
    unit_party: ['units.read', 'units.update'],
    viewer: ['units.read'],
  },
  routes: unitRoutes,
};

/** For another module that must check a unit the caller picked (a team's sending unit). */
export function findUnitById(executor: Executor, unitId: string) {
  return repo.findUnitById(executor, unitId);
}

export function findUnitInScope(executor: Executor, scope: Scope, unitId: string) {
  return repo.findUnitInScope(executor, scope, unitId);
}

/** Records that a unit now serves in a place, so that place's accounts see it. */
export function recordUnitPresence(executor: Executor, rows: { unitId: string; divisionCode: string }[]) {
  return repo.insertUnitDivisions(executor, rows);
}
