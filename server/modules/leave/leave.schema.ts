import { date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';

export type LeaveType = 'personal' | 'sick' | 'other';
export type LeaveState = 'pending' | 'returned' | 'approved' | 'rejected' | 'withdrawn' | 'reported_back';

/** 请销假 (domain.md §3): the approving role is fixed by the tier table when the request is made. */
export const leaveRequests = pgTable(
  'leave_requests',
  {
    id: id(),
    cadreId: uuid('cadre_id').notNull(),
    teamId: uuid('team_id').notNull(),
    divisionCode: divisionCode().notNull(),
    type: text('type').$type<LeaveType>().notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    days: integer('days').notNull(),
    reason: text('reason').notNull(),
    approverRole: text('approver_role').notNull(),
    state: text('state').$type<LeaveState>().notNull(),
    workflowId: uuid('workflow_id'),
    reportedBackOn: date('reported_back_on'),
    reportBackNote: text('report_back_note'),
    requestedBy: uuid('requested_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('leave_requests_cadre_idx').on(t.cadreId, t.startDate),
    index('leave_requests_division_idx').on(t.divisionCode, t.startDate),
    index('leave_requests_state_idx').on(t.state),
  ],
);
