import { date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';
import type { DisputeState } from '../../../contracts/household-codes.ts';

/** 矛盾纠纷 (domain.md §5), with the mediation sessions that worked on it. */
export const disputes = pgTable(
  'disputes',
  {
    id: id(),
    divisionCode: divisionCode().notNull(),
    title: text('title').notNull(),
    category: text('category').notNull(),
    parties: text('parties').notNull(),
    description: text('description').notNull(),
    // Some disputes are old: [001] ends one over forest rights that began 43 years before.
    startedOn: date('started_on'),
    reportedOn: date('reported_on').notNull(),
    state: text('state').$type<DisputeState>().notNull(),
    resolvedOn: date('resolved_on'),
    outcome: text('outcome'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('disputes_division_idx').on(t.divisionCode, t.reportedOn), index('disputes_state_idx').on(t.state, t.divisionCode)],
);

export const disputeMediations = pgTable(
  'dispute_mediations',
  {
    id: id(),
    disputeId: uuid('dispute_id')
      .notNull()
      .references(() => disputes.id, { onDelete: 'cascade' }),
    mediatedOn: date('mediated_on').notNull(),
    mediators: text('mediators').notNull(),
    content: text('content').notNull(),
    result: text('result'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('dispute_mediations_dispute_idx').on(t.disputeId, t.mediatedOn)],
);
