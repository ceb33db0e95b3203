import { date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';
import type { LetterTaskState } from '../../../contracts/social-codes.ts';

/**
 * 责任状 ([002]): the county's service station and a backing unit sign what the unit will do for a
 * village in a year; the tasks' completion counts in the unit's performance evaluation.
 */
export const responsibilityLetters = pgTable(
  'responsibility_letters',
  {
    id: id(),
    unitId: uuid('unit_id').notNull(),
    divisionCode: divisionCode().notNull(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    signedOn: date('signed_on').notNull(),
    // The other party, usually 县扶贫攻坚服务站 (保障站) or the county organization department.
    signedWith: text('signed_with').notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('responsibility_letters_division_idx').on(t.divisionCode, t.year), index('responsibility_letters_unit_idx').on(t.unitId, t.year)],
);

export const responsibilityTasks = pgTable(
  'responsibility_tasks',
  {
    id: id(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => responsibilityLetters.id, { onDelete: 'cascade' }),
    // Copied from the letter so per-unit and per-village counts need no join.
    unitId: uuid('unit_id').notNull(),
    divisionCode: divisionCode().notNull(),
    seq: integer('seq').notNull(),
    title: text('title').notNull(),
    target: text('target'),
    dueOn: date('due_on').notNull(),
    state: text('state').$type<LetterTaskState>().notNull().default('open'),
    completedOn: date('completed_on'),
    completionNote: text('completion_note'),
    reportedBy: uuid('reported_by'),
    reportedAt: date('reported_at'),
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: date('confirmed_at'),
    returnedReason: text('returned_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('responsibility_tasks_letter_idx').on(t.letterId, t.seq),
    index('responsibility_tasks_unit_idx').on(t.unitId, t.state),
    index('responsibility_tasks_division_idx').on(t.divisionCode, t.state, t.dueOn),
  ],
);
