import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { leaveRequests } from './leave.schema.ts';

/** Leave that excuses absence: approved, whether or not the member has reported back yet. */
const excusing = ['approved', 'reported_back'] as const;

/** Approved leave overlapping [from, to] (ISO dates), for the in-post figures. */
export function approvedLeaveBetween(executor: Executor, cadreIds: readonly string[], from: string, to: string) {
  if (cadreIds.length === 0) return Promise.resolve([]);
  return executor
    .select({ id: leaveRequests.id, cadreId: leaveRequests.cadreId, startDate: leaveRequests.startDate, endDate: leaveRequests.endDate, reportedBackOn: leaveRequests.reportedBackOn })
    .from(leaveRequests)
    .where(and(inArray(leaveRequests.cadreId, [...cadreIds]), inArray(leaveRequests.state, [...excusing]), lte(leaveRequests.startDate, to), gte(leaveRequests.endDate, from)));
}

/** The approved leave covering `day`, if any: an inspection checks an absence against it. */
export async function findApprovedLeaveOn(executor: Executor, cadreId: string, day: string) {
  const [row] = await executor
    .select({ id: leaveRequests.id, startDate: leaveRequests.startDate, endDate: leaveRequests.endDate })
    .from(leaveRequests)
    .where(and(eq(leaveRequests.cadreId, cadreId), inArray(leaveRequests.state, [...excusing]), lte(leaveRequests.startDate, day), gte(leaveRequests.endDate, day)));
  return row;
}
