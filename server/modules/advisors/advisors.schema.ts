import { boolean, date, index, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, money, updatedAt } from '../../platform/db/columns.ts';
import type { BriefingChannel, ContributionKind } from '../../../contracts/social-codes.ts';

/** 理村顾问 ([002]): people from the village who made good elsewhere, engaged by its party organization. */
export const advisors = pgTable(
  'advisors',
  {
    id: id(),
    // The home village the advisor is briefed about.
    divisionCode: divisionCode().notNull(),
    name: text('name').notNull(),
    occupation: text('occupation').notNull(),
    workplace: text('workplace'),
    phoneCipher: text('phone_cipher'),
    phoneMasked: text('phone_masked'),
    appointedOn: date('appointed_on').notNull(),
    active: boolean('active').notNull().default(true),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('advisors_division_idx').on(t.divisionCode, t.active)],
);

/** The support an advisor gave: money raised, a project brought in, advice. */
export const advisorSupports = pgTable(
  'advisor_supports',
  {
    id: id(),
    advisorId: uuid('advisor_id')
      .notNull()
      .references(() => advisors.id, { onDelete: 'cascade' }),
    divisionCode: divisionCode().notNull(),
    kind: text('kind').$type<ContributionKind>().notNull(),
    value: money('value'),
    quantity: numeric('quantity', { precision: 14, scale: 2 }),
    unit: text('unit'),
    givenOn: date('given_on').notNull(),
    description: text('description').notNull(),
    projectId: uuid('project_id'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('advisor_supports_division_idx').on(t.divisionCode, t.givenOn), index('advisor_supports_advisor_idx').on(t.advisorId)],
);

/**
 * 定期通报: the quarter's briefing of the advisor's home village, generated from the village's own
 * records and frozen when generated, so what was sent is what is kept. The token opens a public,
 * aggregate-only page (no person is named); revoking it closes the link.
 */
export const advisorBriefings = pgTable(
  'advisor_briefings',
  {
    id: id(),
    advisorId: uuid('advisor_id')
      .notNull()
      .references(() => advisors.id, { onDelete: 'cascade' }),
    divisionCode: divisionCode().notNull(),
    period: text('period').notNull(),
    content: jsonb('content').notNull(),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull().defaultNow(),
    generatedBy: uuid('generated_by'),
    token: text('token').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    sentBy: uuid('sent_by'),
    channel: text('channel').$type<BriefingChannel>(),
    openedAt: timestamp('opened_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('advisor_briefings_period_idx').on(t.advisorId, t.period),
    uniqueIndex('advisor_briefings_token_idx').on(t.token),
    index('advisor_briefings_division_idx').on(t.divisionCode, t.period),
  ],
);
