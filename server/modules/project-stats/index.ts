import type { ModuleDefinition } from '../../platform/http/module.ts';
import { projectStatsRoutes } from './project-stats.routes.ts';

export const projectStatsPermissions = ['project-stats.read', 'project-stats.export'] as const;

/** 项目资金统计. */
export const projectStatsModule: ModuleDefinition = {
  name: 'project-stats',
  permissions: projectStatsPermissions,
  grants: {
    county_org: ['project-stats.read', 'project-stats.export'],
    city_org: ['project-stats.read', 'project-stats.export'],
    township_party: ['project-stats.read', 'project-stats.export'],
    rural_office: ['project-stats.read', 'project-stats.export'],
    discipline: ['project-stats.read', 'project-stats.export'],
    unit_party: ['project-stats.read', 'project-stats.export'],
    team_leader: ['project-stats.read'],
    viewer: ['project-stats.read', 'project-stats.export'],
  },
  routes: projectStatsRoutes,
};
