import type { ModuleDefinition } from '../../platform/http/module.ts';
import { inspectionPermissions } from './inspections.policy.ts';
import { inspectionRoutes } from './inspections.routes.ts';
import { scheduleSweep } from './sweep.service.ts';

export { inspections, inspectionFindings, rectifications, criticisms } from './inspections.schema.ts';
export type { InspectionMethod, AbsenceReason, RectificationState } from './inspections.schema.ts';
export { issueOverdueCriticisms } from './sweep.service.ts';
export { createInspection, inspectionRoster } from './inspections.service.ts';
export { answerRectification, actOnRectification } from './rectifications.service.ts';

const readers = ['inspections.read'] as const;
const overseers = ['inspections.read', 'inspections.export'] as const;
const inspectors = ['inspections.read', 'inspections.record', 'inspections.export'] as const;

/**
 * An open order waits in the team leader's to-do list (and an answered one in the inspector's)
 * through the workflow table, with the deadline as its due date: no separate to-do source.
 */
export const inspectionsModule: ModuleDefinition = {
  name: 'inspections',
  permissions: inspectionPermissions,
  grants: {
    discipline: inspectors,
    county_org: inspectors,
    rural_office: inspectors,
    city_org: overseers,
    township_party: overseers,
    viewer: readers,
    team_leader: ['inspections.read', 'rectifications.answer'],
  },
  routes: inspectionRoutes,
  jobs: scheduleSweep,
};
