import { date, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';
import type { DiscoveryChannel, MonitoringType, TransitionKind } from '../../../contracts/household-codes.ts';

/**
 * One identification, exit, entry into monitoring or risk removal of a household (domain.md §4),
 * each carried by its own approval workflow; the notice dates and the monitoring clocks live here
 * so they can be enforced and listed without reading the workflow history.
 */
export const householdTransitions = pgTable(
  'household_transitions',
  {
    id: id(),
    householdId: uuid('household_id').notNull(),
    divisionCode: divisionCode().notNull(),
    kind: text('kind').$type<TransitionKind>().notNull(),
    state: text('state').notNull(),
    workflowId: uuid('workflow_id'),
    reason: text('reason').notNull(),
    // 民主评议: the meeting's date, who attended and how they voted.
    appraisalOn: date('appraisal_on'),
    appraisalAttendees: integer('appraisal_attendees'),
    appraisalInFavour: integer('appraisal_in_favour'),
    firstNoticeStart: date('first_notice_start'),
    firstNoticeEnd: date('first_notice_end'),
    secondNoticeStart: date('second_notice_start'),
    secondNoticeEnd: date('second_notice_end'),
    announcedOn: date('announced_on'),
    monitoringType: text('monitoring_type').$type<MonitoringType>(),
    discoveryChannel: text('discovery_channel').$type<DiscoveryChannel>(),
    discoveredOn: date('discovered_on'),
    verifyDueOn: date('verify_due_on'),
    decideDueOn: date('decide_due_on'),
    verifiedOn: date('verified_on'),
    decidedOn: date('decided_on'),
    data: jsonb('data'),
    requestedBy: uuid('requested_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('household_transitions_household_idx').on(t.householdId, t.createdAt),
    index('household_transitions_division_idx').on(t.divisionCode, t.kind, t.state),
  ],
);
