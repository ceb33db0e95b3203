import type { ModuleDefinition } from '../../platform/http/module.ts';
import { assessmentsRoutes } from './assessments.routes.ts';

export { assessments, assessmentGrades } from './assessments.schema.ts';
export { createAssessment } from './assessments.service.ts';

export const assessmentsPermissions = ['assessments.read', 'assessments.manage', 'assessments.read_own', 'assessments.export'] as const;

/** domain.md §10: the year-end grades 优秀/称职/基本称职/不称职, within the 优秀 quota. */
export const assessmentsModule: ModuleDefinition = {
  name: 'assessments',
  permissions: assessmentsPermissions,
  grants: {
    county_org: ['assessments.read', 'assessments.manage', 'assessments.export'],
    township_party: ['assessments.read', 'assessments.export'],
    city_org: ['assessments.read', 'assessments.export'],
    unit_party: ['assessments.read'],
    team_leader: ['assessments.read_own'],
    team_member: ['assessments.read_own'],
    viewer: ['assessments.read'],
  },
  routes: assessmentsRoutes,
};
