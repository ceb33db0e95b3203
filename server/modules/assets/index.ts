import type { ModuleDefinition } from '../../platform/http/module.ts';
import { assetRoutes } from './assets.routes.ts';

export { assets, assetChecks, shares, dividends } from './assets.schema.ts';
export { countProjectAssets, assetTotals } from './assets.repository.ts';
export { dividendTotals } from './shares.repository.ts';
export { toCents, fromCents, sumMoney } from './assets.rules.ts';

export const assetPermissions = ['assets.read', 'assets.write'] as const;

const readers = ['assets.read'] as const;
const keepers = ['assets.read', 'assets.write'] as const;

export const assetsModule: ModuleDefinition = {
  name: 'assets',
  permissions: assetPermissions,
  grants: {
    rural_office: keepers,
    township_party: keepers,
    team_leader: keepers,
    team_member: readers,
    county_org: readers,
    city_org: readers,
    discipline: readers,
    viewer: readers,
  },
  routes: assetRoutes,
};
