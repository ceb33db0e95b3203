import type { ModuleDefinition } from '../../platform/http/module.ts';
import { advisorsRoutes } from './advisors.routes.ts';

export { advisors, advisorSupports, advisorBriefings } from './advisors.schema.ts';
export { createAdvisor, addSupport } from './advisors.service.ts';
export { generateBriefing, sendBriefing, type BriefingClock } from './briefings.service.ts';
export { lastFullQuarter } from './advisors.rules.ts';

export const advisorsPermissions = ['advisors.read', 'advisors.write', 'advisors.brief', 'advisors.export'] as const;

/**
 * 理村顾问 ([002]): the party organization engages people from the village who made good elsewhere
 * and briefs them every quarter; in 岑溪 it is the county's organization department that appoints them.
 */
export const advisorsModule: ModuleDefinition = {
  name: 'advisors',
  permissions: advisorsPermissions,
  grants: {
    team_leader: ['advisors.read', 'advisors.write', 'advisors.brief'],
    township_party: ['advisors.read', 'advisors.write', 'advisors.brief', 'advisors.export'],
    county_org: ['advisors.read', 'advisors.write', 'advisors.brief', 'advisors.export'],
    viewer: ['advisors.read'],
  },
  routes: advisorsRoutes,
};
