import type { ModuleDefinition } from '../../platform/http/module.ts';
import { donationsRoutes } from './donations.routes.ts';

export { donations } from './donations.schema.ts';
export { donationTotals, type DonationTotalsRow } from './donations-summary.service.ts';
export { createDonation, listDonations, getDonation } from './donations.service.ts';

export const donationsPermissions = ['donations.read', 'donations.write', 'donations.export'] as const;

/**
 * 捐款捐物 ([002]): money, or goods at their value, to a village and optionally to a project serving
 * it. A project's gifts are `GET /api/donations?projectId=`; the projects module keeps no copy.
 */
export const donationsModule: ModuleDefinition = {
  name: 'donations',
  permissions: donationsPermissions,
  grants: {
    team_leader: ['donations.read', 'donations.write', 'donations.export'],
    township_party: ['donations.read', 'donations.export'],
    county_org: ['donations.read', 'donations.export'],
    rural_office: ['donations.read', 'donations.write', 'donations.export'],
    city_org: ['donations.read', 'donations.export'],
    discipline: ['donations.read', 'donations.export'],
    viewer: ['donations.read'],
  },
  routes: donationsRoutes,
};
