import type { ModuleDefinition } from '../../platform/http/module.ts';
import type { Role } from '../../platform/access/roles.ts';
import { orgLifeRoutes } from './org-life.routes.ts';
import { sixOnesRoutes } from './six-ones.routes.ts';
import { orgLifeTodos } from './org-life.todos.ts';

export { orgLifeRecords, orgLifeFrequencies, branchReports } from './org-life.schema.ts';
export { issueReport } from './six-ones.service.ts';

export const orgLifePermissions = ['org_life.read', 'org_life.write', 'org_life.configure', 'org_life.export'] as const;

const readers: Role[] = ['county_org', 'city_org', 'township_party', 'unit_party', 'team_leader', 'team_member', 'viewer', 'discipline'];

/**
 * 组织生活 and 六个一 [004]: a branch secretary records the meetings of his branch; the 六个一 of a
 * temporary branch are computed from those records and from the industry's demonstration gardens and households.
 */
export const orgLifeModule: ModuleDefinition = {
  name: 'org-life',
  permissions: orgLifePermissions,
  grants: {
    ...Object.fromEntries(readers.map((role) => [role, ['org_life.read', 'org_life.export']])),
    branch_secretary: ['org_life.read', 'org_life.write', 'org_life.export'],
    team_leader: ['org_life.read', 'org_life.write', 'org_life.export'],
    county_org: ['org_life.read', 'org_life.configure', 'org_life.export'],
    city_org: ['org_life.read', 'org_life.configure', 'org_life.export'],
    unit_party: ['org_life.read', 'org_life.configure', 'org_life.export'],
  },
  routes: (app, deps) => {
    orgLifeRoutes(app, deps);
    sixOnesRoutes(app, deps);
  },
  todos: orgLifeTodos,
};
