import type { ModuleDefinition } from '../../platform/http/module.ts';
import { trainingPermissions } from './trainings.policy.ts';
import { trainingRoutes } from './trainings.routes.ts';

export { trainingSessions, trainingAttendance, issuedMaterials } from './trainings.schema.ts';
export type { TrainingLevel, TrainingStage, MaterialKind } from './trainings.schema.ts';
export { createSession, addAttendees } from './trainings.service.ts';

const readers = ['trainings.read'] as const;
const managers = ['trainings.read', 'trainings.manage'] as const;

export const trainingsModule: ModuleDefinition = {
  name: 'trainings',
  permissions: trainingPermissions,
  grants: {
    county_org: managers,
    city_org: managers,
    township_party: managers,
    rural_office: managers,
    discipline: readers,
    unit_party: readers,
    team_leader: readers,
    viewer: readers,
  },
  routes: trainingRoutes,
};
