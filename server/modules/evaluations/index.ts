import type { ModuleDefinition } from '../../platform/http/module.ts';
import { evaluationsRoutes } from './evaluations.routes.ts';

export { evaluationRubrics, evaluations, evaluationScores, evaluationAdjustments } from './evaluations.schema.ts';

export const evaluationsPermissions = ['evaluations.read', 'evaluations.manage', 'evaluations.score_township', 'evaluations.read_own', 'evaluations.export'] as const;

/** domain.md §10 [003]: the quarterly comprehensive evaluation, computed from the evidence and scored by the township and county. */
export const evaluationsModule: ModuleDefinition = {
  name: 'evaluations',
  permissions: evaluationsPermissions,
  grants: {
    county_org: ['evaluations.read', 'evaluations.manage', 'evaluations.export'],
    township_party: ['evaluations.read', 'evaluations.score_township', 'evaluations.export'],
    city_org: ['evaluations.read', 'evaluations.export'],
    team_leader: ['evaluations.read_own'],
    team_member: ['evaluations.read_own'],
    viewer: ['evaluations.read'],
  },
  routes: evaluationsRoutes,
};

export { openEvaluation } from './evaluations.service.ts';
export { saveScores, adjustScore, confirmEvaluation, publishEvaluation } from './evaluations-scoring.service.ts';
export { quarterOfDay } from './evaluations.rules.ts';
