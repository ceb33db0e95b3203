export { inspections, inspectionFindings, rectifications, criticisms } from './inspections.schema.ts';
export type { InspectionMethod, AbsenceReason, RectificationState } from './inspections.schema.ts';
