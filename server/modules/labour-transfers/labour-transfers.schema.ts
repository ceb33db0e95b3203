import { date, index, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';

/** 劳动力转移就业 (domain.md §5): who went to work where, for whom, earning what each month. */
export const labourTransfers = pgTable(
  'labour_transfers',
  {
    id: id(),
    personId: uuid('person_id').notNull(),
    householdId: uuid('household_id').notNull(),
    divisionCode: divisionCode().notNull(),
    destination: text('destination').notNull(),
    employer: text('employer').notNull(),
    job: text('job'),
    // 组织化输出 (by the county or a paired province) or on one's own.
    organized: text('channel').$type<'organized' | 'self'>().notNull(),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    monthlyIncome: numeric('monthly_income', { precision: 10, scale: 2, mode: 'number' }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('labour_transfers_division_idx').on(t.divisionCode, t.startedOn),
    index('labour_transfers_person_idx').on(t.personId),
    index('labour_transfers_household_idx').on(t.householdId),
  ],
);
