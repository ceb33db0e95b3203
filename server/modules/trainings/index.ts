export { trainingSessions, trainingAttendance, issuedMaterials } from './trainings.schema.ts';
export type { TrainingLevel, TrainingStage, MaterialKind } from './trainings.schema.ts';
