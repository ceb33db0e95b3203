import type { ModuleDefinition } from '../../platform/http/module.ts';
import { presencePermissions } from './presence.policy.ts';
import { presenceRoutes } from './presence.routes.ts';
import { presenceTodos } from './presence.todos.ts';
export { presenceDays } from './presence.schema.ts';
export { distanceKm } from './presence.rules.ts';

const readers = ['presence.read'] as const;
const recorders = ['presence.read', 'presence.record'] as const;

export const presenceModule: ModuleDefinition = {
  name: 'presence',
  permissions: presencePermissions,
  grants: {
    county_org: readers,
    city_org: readers,
    township_party: readers,
    discipline: readers,
    rural_office: readers,
    viewer: readers,
    team_leader: recorders,
    team_member: recorders,
  },
  routes: presenceRoutes,
  todos: presenceTodos,
};
