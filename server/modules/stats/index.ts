import type { ModuleDefinition } from '../../platform/http/module.ts';
import { statsRoutes } from './stats.routes.ts';
import { registerStatsJobs } from './stats.refresh.ts';

export { divisionStats, divisionStatsMonthly, statsRefreshes } from './stats.schema.ts';
export { refreshStats, STATS_REFRESH_JOB } from './stats.refresh.ts';

export const statsPermissions = ['stats.read', 'stats.refresh', 'stats.export'] as const;

/** domain.md §13: the same figures at every level, from rollup tables, drillable one level down; the monthly county report. */
export const statsModule: ModuleDefinition = {
  name: 'stats',
  permissions: statsPermissions,
  grants: {
    county_org: ['stats.read', 'stats.refresh', 'stats.export'],
    city_org: ['stats.read', 'stats.refresh', 'stats.export'],
    township_party: ['stats.read', 'stats.export'],
    rural_office: ['stats.read', 'stats.export'],
    discipline: ['stats.read', 'stats.export'],
    campaign_admin: ['stats.read', 'stats.export'],
    team_leader: ['stats.read'],
    viewer: ['stats.read', 'stats.export'],
    sys_admin: ['stats.refresh'],
  },
  routes: statsRoutes,
  jobs: registerStatsJobs,
};
