import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';
import type { NoticeState } from '../../../contracts/evaluation-codes.ts';

/** domain.md §11: a notice from the organization department to the teams of its region. */
export const notices = pgTable(
  'notices',
  {
    id: id(),
    // The region it was sent to; its teams receive it.
    divisionCode: divisionCode().notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    state: text('state').$type<NoticeState>().notNull().default('draft'),
    issuedBy: uuid('issued_by'),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('notices_division_idx').on(t.divisionCode, t.issuedAt)],
);

/** The teams a notice went to, and the first member of each to read it. */
export const noticeRecipients = pgTable(
  'notice_recipients',
  {
    noticeId: uuid('notice_id').notNull().references(() => notices.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id').notNull(),
    divisionCode: divisionCode().notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    readBy: uuid('read_by'),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.teamId] }), index('notice_recipients_team_idx').on(t.teamId)],
);
