import type { ModuleDefinition } from '../../platform/http/module.ts';
import { disputeRoutes } from './disputes.routes.ts';

export { disputes, disputeMediations } from './disputes.schema.ts';

export const disputePermissions = ['disputes.read', 'disputes.write'] as const;

const readers = ['disputes.read'] as const;
const writers = ['disputes.read', 'disputes.write'] as const;

export const disputesModule: ModuleDefinition = {
  name: 'disputes',
  permissions: disputePermissions,
  grants: {
    team_leader: writers,
    team_member: writers,
    township_party: writers,
    county_org: readers,
    city_org: readers,
    discipline: readers,
    rural_office: readers,
    viewer: readers,
  },
  routes: disputeRoutes,
};
