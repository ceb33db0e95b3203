import type { ModuleDefinition } from '../../platform/http/module.ts';
import { liaisonGroupsRoutes } from './liaison-groups.routes.ts';

export { liaisonGroups, liaisonGroupMembers } from './liaison-groups.schema.ts';
export { groupsOfMeeting } from './liaison-groups.repository.ts';

export const liaisonGroupsPermissions = ['liaison_groups.read', 'liaison_groups.write'] as const;

/** domain.md §11 [000][003]: liaison groups of teams — working groups and the chat groups counties keep. */
export const liaisonGroupsModule: ModuleDefinition = {
  name: 'liaison-groups',
  permissions: liaisonGroupsPermissions,
  grants: {
    county_org: ['liaison_groups.read', 'liaison_groups.write'],
    city_org: ['liaison_groups.read', 'liaison_groups.write'],
    township_party: ['liaison_groups.read', 'liaison_groups.write'],
    team_leader: ['liaison_groups.read'],
    team_member: ['liaison_groups.read'],
    viewer: ['liaison_groups.read'],
  },
  routes: liaisonGroupsRoutes,
};
