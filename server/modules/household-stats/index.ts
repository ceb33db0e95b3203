import type { ModuleDefinition } from '../../platform/http/module.ts';
import { householdStatsRoutes } from './household-stats.routes.ts';

export const householdStatsPermissions = ['household-stats.read'] as const;

const readers = ['household-stats.read'] as const;

export const householdStatsModule: ModuleDefinition = {
  name: 'household-stats',
  permissions: householdStatsPermissions,
  grants: {
    rural_office: readers,
    county_org: readers,
    city_org: readers,
    township_party: readers,
    team_leader: readers,
    discipline: readers,
    viewer: readers,
  },
  routes: householdStatsRoutes,
};
