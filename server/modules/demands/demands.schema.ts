import { date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';
import type { DemandState } from '../../../contracts/household-codes.ts';

/** 诉求 (domain.md §5): raised by a villager, assigned to a cadre, solved; the days to solve are counted. */
export const demands = pgTable(
  'demands',
  {
    id: id(),
    divisionCode: divisionCode().notNull(),
    householdId: uuid('household_id'),
    raisedBy: text('raised_by').notNull(),
    raisedOn: date('raised_on').notNull(),
    category: text('category').notNull(),
    content: text('content').notNull(),
    state: text('state').$type<DemandState>().notNull(),
    assignedCadreId: uuid('assigned_cadre_id'),
    assignedOn: date('assigned_on'),
    dueOn: date('due_on'),
    solvedOn: date('solved_on'),
    solution: text('solution'),
    closedReason: text('closed_reason'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('demands_division_idx').on(t.divisionCode, t.raisedOn),
    index('demands_state_idx').on(t.state, t.divisionCode),
    index('demands_cadre_idx').on(t.assignedCadreId),
  ],
);
