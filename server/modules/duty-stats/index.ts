import type { ModuleDefinition } from '../../platform/http/module.ts';
import { dutyStatsPermissions } from './duty-stats.policy.ts';
import { dutyStatsRoutes } from './duty-stats.routes.ts';

export { monthRange, monthMinimum, countedUntil } from './duty-stats.rules.ts';
export { todayInBeijing } from './duty-stats.service.ts';

const readers = ['dutyStats.read'] as const;

export const dutyStatsModule: ModuleDefinition = {
  name: 'duty-stats',
  permissions: dutyStatsPermissions,
  grants: {
    county_org: readers,
    city_org: readers,
    township_party: readers,
    discipline: readers,
    rural_office: readers,
    viewer: readers,
  },
  routes: dutyStatsRoutes,
};
