import type { ModuleDefinition } from '../../platform/http/module.ts';
import { transitionRoutes } from './household-transitions.routes.ts';
import { transitionTodos } from './household-transitions.todos.ts';

export { householdTransitions } from './household-transitions.schema.ts';
export { requestTransition, getTransition, type TransitionClock } from './household-transitions.service.ts';
export { actOnTransition } from './household-transitions-actions.service.ts';
export { exitGaps, hasLabour, stablePeriodEnd } from './household-transitions.rules.ts';
export { identificationWorkflow, exitWorkflow, monitoringWorkflow, riskRemovalWorkflow } from './household-transitions.workflow.ts';

export const transitionPermissions = ['transitions.read', 'transitions.request', 'transitions.act'] as const;

const readers = ['transitions.read'] as const;

/**
 * Who may start an identification, exit or monitoring request, and who may act on one; which step
 * each role takes is the workflow's to say (household-transitions.workflow.ts).
 */
export const householdTransitionsModule: ModuleDefinition = {
  name: 'household-transitions',
  permissions: transitionPermissions,
  grants: {
    team_leader: ['transitions.read', 'transitions.request', 'transitions.act'],
    team_member: ['transitions.read', 'transitions.request'],
    paired_cadre: ['transitions.read', 'transitions.request'],
    township_party: ['transitions.read', 'transitions.act'],
    rural_office: ['transitions.read', 'transitions.request', 'transitions.act'],
    county_org: readers,
    city_org: readers,
    discipline: readers,
    viewer: readers,
  },
  routes: transitionRoutes,
  todos: transitionTodos,
};
