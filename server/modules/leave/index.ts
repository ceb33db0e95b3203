import type { ModuleDefinition } from '../../platform/http/module.ts';
import { leavePermissions } from './leave.policy.ts';
import { leaveRoutes } from './leave.routes.ts';
import { leaveTodos } from './leave.todos.ts';

export { leaveRequests } from './leave.schema.ts';
export type { LeaveType, LeaveState } from './leave.schema.ts';
export { approvedLeaveBetween, findApprovedLeaveOn } from './leave.repository.ts';
export { leaveWorkflow } from './leave.workflow.ts';
export { requestLeave, actOnLeave, reportBack, getLeave } from './leave.service.ts';

const readers = ['leave.read'] as const;
const deciders = ['leave.read', 'leave.decide', 'leave.export'] as const;
const exporters = ['leave.read', 'leave.export'] as const;
const requesters = ['leave.read', 'leave.request'] as const;

export const leaveModule: ModuleDefinition = {
  name: 'leave',
  permissions: leavePermissions,
  grants: {
    county_org: deciders,
    city_org: deciders,
    township_party: deciders,
    discipline: exporters,
    unit_party: exporters,
    viewer: readers,
    team_leader: requesters,
    team_member: requesters,
  },
  routes: leaveRoutes,
  todos: leaveTodos,
};
