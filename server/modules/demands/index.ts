import type { ModuleDefinition } from '../../platform/http/module.ts';
import { demandRoutes } from './demands.routes.ts';
import { demandTodos } from './demands.todos.ts';

export { demands } from './demands.schema.ts';
export { demandCounts } from './demands.service.ts';
export type { DemandTally } from './demands.repository.ts';

export const demandPermissions = ['demands.read', 'demands.write', 'demands.assign'] as const;

const readers = ['demands.read'] as const;

export const demandsModule: ModuleDefinition = {
  name: 'demands',
  permissions: demandPermissions,
  grants: {
    team_leader: ['demands.read', 'demands.write', 'demands.assign'],
    team_member: ['demands.read', 'demands.write'],
    paired_cadre: ['demands.read', 'demands.write'],
    township_party: ['demands.read', 'demands.assign'],
    rural_office: readers,
    county_org: readers,
    city_org: readers,
    discipline: readers,
    viewer: readers,
  },
  routes: demandRoutes,
  todos: demandTodos,
};
