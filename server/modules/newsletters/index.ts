import type { ModuleDefinition } from '../../platform/http/module.ts';
import { newslettersRoutes } from './newsletters.routes.ts';

export { newsletters } from './newsletters.schema.ts';

export const newslettersPermissions = ['newsletters.read', 'newsletters.write', 'newsletters.review'] as const;

/** domain.md §11 [000]: 《第一书记动态》《扶贫动态》 — draft, review, publish, and a public reading page. */
export const newslettersModule: ModuleDefinition = {
  name: 'newsletters',
  permissions: newslettersPermissions,
  grants: {
    team_leader: ['newsletters.read', 'newsletters.write'],
    team_member: ['newsletters.read', 'newsletters.write'],
    township_party: ['newsletters.read', 'newsletters.write'],
    county_org: ['newsletters.read', 'newsletters.write', 'newsletters.review'],
    city_org: ['newsletters.read', 'newsletters.write', 'newsletters.review'],
    rural_office: ['newsletters.read', 'newsletters.write'],
    unit_party: ['newsletters.read'],
    viewer: ['newsletters.read'],
  },
  routes: newslettersRoutes,
};
