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
    sys_admin: ['units.read', 'units.export', 'units.pick'],
    county_org: ['units.read', 'units.export', 'units.create', 'units.update', 'units.pick'],
    city_org: ['units.read', 'units.export', 'units.create', 'units.update', 'units.pick'],
    campaign_admin: ['units.read', 'units.export', 'units.create', 'units.update', 'units.pick'],
    township_party: ['units.read', 'units.export'],
    discipline: ['units.read', 'units.export'],
    rural_office: ['units.read', 'units.export'],
    unit_party: ['units.read', 'units.export', 'units.update'],
    viewer: ['units.read', 'units.export'],
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
