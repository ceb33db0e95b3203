import { boolean, date, index, integer, pgTable, text, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id } from '../../platform/db/columns.ts';
import type { KeepOrAdjust, Satisfaction } from '../../../contracts/evaluation-codes.ts';

/** A team's public rating page: the token in its QR code; a new token retires the old page. */
export const massRatingLinks = pgTable(
  'mass_rating_links',
  {
    id: id(),
    teamId: uuid('team_id').notNull(),
    divisionCode: divisionCode().notNull(),
    token: text('token').notNull(),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('mass_rating_links_token_idx').on(t.token), index('mass_rating_links_team_idx').on(t.teamId)],
);

/**
 * One-time codes the village hands out, one per household. Only a keyed hash is kept and a code
 * row never points at the rating it allowed, so no one can tell who said what.
 */
export const massRatingCodes = pgTable(
  'mass_rating_codes',
  {
    id: id(),
    teamId: uuid('team_id').notNull(),
    divisionCode: divisionCode().notNull(),
    batchId: uuid('batch_id').notNull(),
    codeHash: text('code_hash').notNull(),
    used: boolean('used').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('mass_rating_codes_hash_idx').on(t.codeHash), index('mass_rating_codes_team_idx').on(t.teamId, t.batchId)],
);

/** One voice: what was said, and the day only (a time would let the code's use be matched to it). */
export const massRatings = pgTable(
  'mass_ratings',
  {
    id: id(),
    teamId: uuid('team_id').notNull(),
    divisionCode: divisionCode().notNull(),
    year: integer('year').notNull(),
    quarter: integer('quarter').notNull(),
    satisfaction: text('satisfaction').$type<Satisfaction>().notNull(),
    keepOrAdjust: text('keep_or_adjust').$type<KeepOrAdjust>().notNull(),
    comment: text('comment'),
    ratedOn: date('rated_on').notNull(),
  },
  (t) => [index('mass_ratings_team_idx').on(t.teamId, t.year, t.quarter)],
);
