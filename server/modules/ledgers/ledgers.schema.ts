import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';
import type { CommitmentState } from '../../../contracts/evaluation-codes.ts';

/** domain.md §10 [002]: a first secretary's commitments (承诺事项) to the village, and whether each was kept (承诺兑现). */
export const ledgerCommitments = pgTable(
  'ledger_commitments',
  {
    id: id(),
    teamId: uuid('team_id').notNull(),
    cadreId: uuid('cadre_id').notNull(),
    divisionCode: divisionCode().notNull(),
    content: text('content').notNull(),
    promisedOn: date('promised_on').notNull(),
    dueOn: date('due_on').notNull(),
    state: text('state').$type<CommitmentState>().notNull().default('open'),
    settledOn: date('settled_on'),
    outcome: text('outcome'),
    settledBy: uuid('settled_by'),
    settledAt: timestamp('settled_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('ledger_commitments_cadre_idx').on(t.cadreId, t.dueOn), index('ledger_commitments_division_idx').on(t.divisionCode)],
);
