import { date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';

/** 入户走访 (domain.md §5): photos are optional and kept as stored files owned by the visit. */
export const visits = pgTable(
  'visits',
  {
    id: id(),
    householdId: uuid('household_id').notNull(),
    divisionCode: divisionCode().notNull(),
    cadreId: uuid('cadre_id').notNull(),
    visitedOn: date('visited_on').notNull(),
    findings: text('findings').notNull(),
    followUp: text('follow_up'),
    followUpDone: date('follow_up_done'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('visits_household_idx').on(t.householdId, t.visitedOn),
    index('visits_division_idx').on(t.divisionCode, t.visitedOn),
    index('visits_cadre_idx').on(t.cadreId, t.visitedOn),
  ],
);
