import type { ModuleDefinition } from '../../platform/http/module.ts';
import { checkRoutes } from './checks.routes.ts';

export const checkPermissions = ['checks.read'] as const;

const readers = ['checks.read'] as const;

/** 逻辑审核: whoever keeps or reviews the registry runs the checks on it. */
export const checksModule: ModuleDefinition = {
  name: 'checks',
  permissions: checkPermissions,
  grants: {
    rural_office: readers,
    township_party: readers,
    team_leader: readers,
    team_member: readers,
    county_org: readers,
    city_org: readers,
    viewer: readers,
  },
  routes: checkRoutes,
};
