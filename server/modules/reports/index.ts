import type { ModuleDefinition } from '../../platform/http/module.ts';
import { reportPermissions } from './reports.policy.ts';
import { reportRoutes } from './reports.routes.ts';
import { reportTodos } from './reports.todos.ts';

export { teamReports } from './reports.schema.ts';
export type { ReportKind } from './reports.schema.ts';
export { createReport } from './reports.service.ts';
export { beijingDay, dueOnOf, isLate, periodOf, shiftPeriod } from './reports.rules.ts';

const readers = ['reports.read'] as const;
const receivers = ['reports.read', 'reports.receive'] as const;
const submitters = ['reports.read', 'reports.submit'] as const;

export const reportsModule: ModuleDefinition = {
  name: 'reports',
  permissions: reportPermissions,
  grants: {
    township_party: receivers,
    county_org: receivers,
    city_org: readers,
    discipline: readers,
    rural_office: readers,
    unit_party: readers,
    viewer: readers,
    // Members send briefings only; the policy keeps the monthly kinds for the leader.
    team_leader: submitters,
    team_member: submitters,
  },
  routes: reportRoutes,
  todos: reportTodos,
};
