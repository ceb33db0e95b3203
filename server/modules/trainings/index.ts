import type { ModuleDefinition } from '../../platform/http/module.ts';
export { trainingSessions, trainingAttendance, issuedMaterials } from './trainings.schema.ts';
export type { TrainingLevel, TrainingStage, MaterialKind } from './trainings.schema.ts';

export const trainingsModule: ModuleDefinition = {
  name: 'trainings',
  permissions: [],
  grants: {},
};
