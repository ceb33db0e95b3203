import type { ModuleDefinition } from '../../platform/http/module.ts';
import { enterprisesRoutes } from './enterprises.routes.ts';

export { enterprises, enterprisePairings, enterpriseContributions } from './enterprises.schema.ts';
export { enterpriseContributionTotals } from './contributions.repository.ts';
export { createEnterprise, getEnterprise } from './enterprises.service.ts';
export { addContribution, addPairing } from './pairings.service.ts';

export const enterprisesPermissions = ['enterprises.read', 'enterprises.write', 'enterprises.export'] as const;

/** 村企连心. */
export const enterprisesModule: ModuleDefinition = {
  name: 'enterprises',
  permissions: enterprisesPermissions,
  grants: {
    county_org: ['enterprises.read', 'enterprises.write', 'enterprises.export'],
    city_org: ['enterprises.read', 'enterprises.write', 'enterprises.export'],
    team_leader: ['enterprises.read', 'enterprises.write'],
    township_party: ['enterprises.read', 'enterprises.export'],
    rural_office: ['enterprises.read', 'enterprises.export'],
    viewer: ['enterprises.read'],
  },
  routes: enterprisesRoutes,
};
