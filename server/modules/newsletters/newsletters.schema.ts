import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';
import type { NewsletterKind, NewsletterState } from '../../../contracts/evaluation-codes.ts';

/** domain.md §11 [000]: 《第一书记动态》《扶贫动态》 — team news and typical experience, reviewed before it is published. */
export const newsletters = pgTable(
  'newsletters',
  {
    id: id(),
    divisionCode: divisionCode().notNull(),
    kind: text('kind').$type<NewsletterKind>().notNull(),
    issueNo: integer('issue_no'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    teamId: uuid('team_id'),
    state: text('state').$type<NewsletterState>().notNull().default('draft'),
    // The id in the public reading page's address, set when it is published.
    publicToken: text('public_token'),
    authorId: uuid('author_id'),
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('newsletters_division_idx').on(t.divisionCode, t.state), index('newsletters_token_idx').on(t.publicToken)],
);
