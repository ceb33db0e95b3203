import type { ModuleDefinition } from '../../platform/http/module.ts';
export { leaveRequests } from './leave.schema.ts';
export type { LeaveType, LeaveState } from './leave.schema.ts';
export { approvedLeaveBetween, findApprovedLeaveOn } from './leave.repository.ts';

export const leaveModule: ModuleDefinition = {
  name: 'leave',
  permissions: [],
  grants: {},
};
