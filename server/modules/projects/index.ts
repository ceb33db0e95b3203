import type { ModuleDefinition } from '../../platform/http/module.ts';
import { projectRoutes } from './projects.routes.ts';

export { projects, projectVillages, projectFundSources, projectOutputs, projectBeneficiaries } from './projects.schema.ts';
export { parseMoney, toCents, centsToMoney, formatMoney, sumCents, sumMoney, type Cents } from './money.ts';
export { projectScopeCondition, findProjectInScope, projectsByIds, type ProjectRow } from './projects.repository.ts';
export { proposeProject, transitionProject, getProject, type ProjectClock } from './projects.service.ts';
export { projectWorkflow } from './projects.workflow.ts';
export { noticePeriod, noticeRunning, projectToday } from './projects.rules.ts';

export const projectPermissions = ['projects.read', 'projects.propose', 'projects.act', 'projects.export'] as const;

const readers = ['projects.read', 'projects.export'] as const;

/** Which step each role takes is the workflow's to say (projects.workflow.ts); these say who may take part at all. */
export const projectsModule: ModuleDefinition = {
  name: 'projects',
  permissions: projectPermissions,
  grants: {
    team_leader: ['projects.read', 'projects.propose', 'projects.act', 'projects.export'],
    team_member: ['projects.read'],
    township_party: ['projects.read', 'projects.act', 'projects.export'],
    rural_office: ['projects.read', 'projects.propose', 'projects.act', 'projects.export'],
    county_org: readers,
    city_org: readers,
    discipline: readers,
    unit_party: readers,
    viewer: ['projects.read'],
  },
  routes: projectRoutes,
};
