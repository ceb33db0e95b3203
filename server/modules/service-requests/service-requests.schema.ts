import { date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';
import type { ServiceRequestKind } from '../../../contracts/project-codes.ts';

/**
 * 代办服务 ([002]): a first secretary asks the county's service station (扶贫攻坚服务站) to handle a
 * matter for his village; the station accepts it, works on it, and reports it done or returns it.
 */
export const serviceRequests = pgTable(
  'service_requests',
  {
    id: id(),
    divisionCode: divisionCode().notNull(),
    kind: text('kind').$type<ServiceRequestKind>().notNull(),
    title: text('title').notNull(),
    detail: text('detail').notNull(),
    requesterCadreId: uuid('requester_cadre_id'),
    requestedBy: uuid('requested_by'),
    state: text('state').notNull(),
    workflowId: uuid('workflow_id'),
    dueOn: date('due_on').notNull(),
    acceptedOn: date('accepted_on'),
    doneOn: date('done_on'),
    result: text('result'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('service_requests_division_idx').on(t.divisionCode, t.state), index('service_requests_due_idx').on(t.state, t.dueOn)],
);
