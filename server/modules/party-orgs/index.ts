import type { ModuleDefinition } from '../../platform/http/module.ts';
import { domainRoles, type Role } from '../../platform/access/roles.ts';
import { partyOrgPermissions } from './party-orgs.policy.ts';
import { partyOrgRoutes } from './party-orgs.routes.ts';

export { partyOrgs, partyMemberships, partyOrgTeams } from './party-orgs.schema.ts';
export type { PartyOrgKind, MembershipKind, PartyRole } from './party-orgs.schema.ts';

const readers: Role[] = [...domainRoles];
// The organization departments and a unit's party committee set up organizations; a branch
// secretary keeps the member roll of his own branch (party-orgs.policy.ts).
const keepers: Role[] = ['county_org', 'city_org', 'unit_party'];

export const partyOrgsModule: ModuleDefinition = {
  name: 'party-orgs',
  permissions: partyOrgPermissions,
  grants: {
    ...Object.fromEntries(readers.map((role) => [role, ['party_orgs.read', 'party_orgs.export']])),
    ...Object.fromEntries(keepers.map((role) => [role, ['party_orgs.read', 'party_orgs.export', 'party_orgs.manage', 'party_orgs.request_branch']])),
    county_org: ['party_orgs.read', 'party_orgs.export', 'party_orgs.manage', 'party_orgs.request_branch', 'party_orgs.approve_branch'],
    city_org: ['party_orgs.read', 'party_orgs.export', 'party_orgs.manage', 'party_orgs.request_branch', 'party_orgs.approve_branch'],
    branch_secretary: ['party_orgs.read', 'party_orgs.export', 'party_orgs.manage_members', 'party_orgs.request_branch'],
    team_leader: ['party_orgs.read', 'party_orgs.export', 'party_orgs.request_branch'],
  },
  routes: partyOrgRoutes,
};
