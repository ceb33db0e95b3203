export { leaveRequests } from './leave.schema.ts';
export type { LeaveType, LeaveState } from './leave.schema.ts';
export { approvedLeaveBetween, findApprovedLeaveOn } from './leave.repository.ts';
