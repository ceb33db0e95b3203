import type { ModuleDefinition } from '../../platform/http/module.ts';
export { inspections, inspectionFindings, rectifications, criticisms } from './inspections.schema.ts';
export type { InspectionMethod, AbsenceReason, RectificationState } from './inspections.schema.ts';

export const inspectionsModule: ModuleDefinition = {
  name: 'inspections',
  permissions: [],
  grants: {},
};
