import { date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';

/** 民情日记 (domain.md §5): one entry per cadre per day, written when he chooses; nothing forces a daily entry. */
export const diaries = pgTable(
  'diaries',
  {
    id: id(),
    cadreId: uuid('cadre_id').notNull(),
    divisionCode: divisionCode().notNull(),
    entryDate: date('entry_date').notNull(),
    content: text('content').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('diaries_cadre_day_idx').on(t.cadreId, t.entryDate), index('diaries_division_idx').on(t.divisionCode, t.entryDate)],
);
