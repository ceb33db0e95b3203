import type { ModuleDefinition } from '../../platform/http/module.ts';
import { branchPairingRoutes } from './branch-pairings.routes.ts';

export { branchPairings, branchPairingActivities, redFlagProgress } from './branch-pairings.schema.ts';

export const branchPairingPermissions = ['branch_pairings.read', 'branch_pairings.write', 'branch_pairings.review', 'branch_pairings.export'] as const;

/**
 * 结对共建 [001]: a unit's organ branch pairs with a village branch, records what they did together
 * and walks the 红旗党支部 creation; the township and the county review its steps.
 */
export const branchPairingsModule: ModuleDefinition = {
  name: 'branch-pairings',
  permissions: branchPairingPermissions,
  grants: {
    unit_party: ['branch_pairings.read', 'branch_pairings.write', 'branch_pairings.export'],
    branch_secretary: ['branch_pairings.read', 'branch_pairings.write'],
    township_party: ['branch_pairings.read', 'branch_pairings.review', 'branch_pairings.export'],
    county_org: ['branch_pairings.read', 'branch_pairings.write', 'branch_pairings.review', 'branch_pairings.export'],
    city_org: ['branch_pairings.read', 'branch_pairings.export'],
    campaign_admin: ['branch_pairings.read', 'branch_pairings.export'],
    team_leader: ['branch_pairings.read'],
    viewer: ['branch_pairings.read'],
  },
  routes: branchPairingRoutes,
};
