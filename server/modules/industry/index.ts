import type { ModuleDefinition } from '../../platform/http/module.ts';
import { industryRoutes } from './industry.routes.ts';

export { cooperatives, demoBases, demoHouseholds, pioneerPosts, coreFarmers } from './industry.schema.ts';
export { industryTotals } from './industry-summary.service.ts';

export const industryPermissions = ['industry.read', 'industry.write', 'industry.export'] as const;

/** 产业“五个一”. */
export const industryModule: ModuleDefinition = {
  name: 'industry',
  permissions: industryPermissions,
  grants: {
    team_leader: ['industry.read', 'industry.write', 'industry.export'],
    team_member: ['industry.read', 'industry.write'],
    township_party: ['industry.read', 'industry.export'],
    county_org: ['industry.read', 'industry.export'],
    rural_office: ['industry.read', 'industry.write', 'industry.export'],
    unit_party: ['industry.read'],
    viewer: ['industry.read'],
  },
  routes: industryRoutes,
};
