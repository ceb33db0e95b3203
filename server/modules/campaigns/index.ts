import type { ModuleDefinition } from '../../platform/http/module.ts';
import { campaignRoutes } from './campaigns.routes.ts';
import { campaignAnalysisRoutes } from './campaign-analysis.routes.ts';

export { campaigns, campaignTargets, campaignTasks, campaignLedgerEntries } from './campaigns.schema.ts';
export type { AssessmentFormula } from './campaigns.schema.ts';

export const campaignPermissions = ['campaigns.read', 'campaigns.manage', 'campaigns.claim', 'campaigns.record', 'campaigns.assess', 'campaigns.export'] as const;

/**
 * 五千行动 [001]: the organ work committee defines the campaign and allocates targets; each unit's
 * organ party committee claims or assigns tasks to its branches; branches record what they did in the
 * ledger; the committee assesses every unit against its targets. 党组统领、机关党委统筹、机关支部统管、党员干部统做.
 */
export const campaignsModule: ModuleDefinition = {
  name: 'campaigns',
  permissions: campaignPermissions,
  grants: {
    campaign_admin: ['campaigns.read', 'campaigns.manage', 'campaigns.assess', 'campaigns.export'],
    unit_party: ['campaigns.read', 'campaigns.claim', 'campaigns.record', 'campaigns.export'],
    // A secretary claims tasks for the branch he leads and records its work (seed 001).
    branch_secretary: ['campaigns.read', 'campaigns.claim', 'campaigns.record'],
    city_org: ['campaigns.read', 'campaigns.export'],
    county_org: ['campaigns.read', 'campaigns.export'],
    viewer: ['campaigns.read'],
  },
  routes: (app, deps) => {
    campaignRoutes(app, deps);
    campaignAnalysisRoutes(app, deps);
  },
};
