import { index, integer, jsonb, numeric, pgTable, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';
import type { EvaluationState, RubricItem, ScoreEvidence, ScoreSource } from '../../../contracts/evaluation-codes.ts';

/** domain.md §10 [003]: a county's rubric for the quarterly comprehensive evaluation (季度综合测评). */
export const evaluationRubrics = pgTable(
  'evaluation_rubrics',
  {
    id: id(),
    // The county whose rubric it is; a shorter prefix (a city, a province) serves every county below it without its own.
    divisionCode: divisionCode().notNull(),
    name: text('name').notNull(),
    items: jsonb('items').$type<RubricItem[]>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('evaluation_rubrics_division_idx').on(t.divisionCode)],
);

/** One quarter's evaluation of a county's cadres in post; the rubric is copied so later edits leave it alone. */
export const evaluations = pgTable(
  'evaluations',
  {
    id: id(),
    divisionCode: divisionCode().notNull(),
    year: integer('year').notNull(),
    quarter: integer('quarter').notNull(),
    rubric: jsonb('rubric').$type<RubricItem[]>().notNull(),
    state: text('state').$type<EvaluationState>().notNull().default('open'),
    computedAt: timestamp('computed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('evaluations_quarter_idx').on(t.divisionCode, t.year, t.quarter)],
);

/** One rubric item's score for one cadre: computed from the evidence or given by the township or county. */
export const evaluationScores = pgTable(
  'evaluation_scores',
  {
    id: id(),
    evaluationId: uuid('evaluation_id').notNull().references(() => evaluations.id, { onDelete: 'cascade' }),
    cadreId: uuid('cadre_id').notNull(),
    teamId: uuid('team_id'),
    // The village the cadre serves: the township scores only its own villages' cadres.
    divisionCode: divisionCode().notNull(),
    itemKey: text('item_key').notNull(),
    source: text('source').$type<ScoreSource>().notNull(),
    // What the evidence gave (null for an item people score); `score` is what counts after adjustment.
    computedScore: numeric('computed_score', { precision: 6, scale: 2 }),
    score: numeric('score', { precision: 6, scale: 2 }),
    evidence: jsonb('evidence').$type<ScoreEvidence>().notNull().default({ figures: {}, links: [] }),
    scoredBy: uuid('scored_by'),
    scoredAt: timestamp('scored_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('evaluation_scores_item_idx').on(t.evaluationId, t.cadreId, t.itemKey),
    index('evaluation_scores_division_idx').on(t.divisionCode),
  ],
);

/** A change to a score after it was computed or given: who, when, from what to what, and why. */
export const evaluationAdjustments = pgTable(
  'evaluation_adjustments',
  {
    id: id(),
    evaluationId: uuid('evaluation_id').notNull().references(() => evaluations.id, { onDelete: 'cascade' }),
    scoreId: uuid('score_id').notNull().references(() => evaluationScores.id, { onDelete: 'cascade' }),
    cadreId: uuid('cadre_id').notNull(),
    itemKey: text('item_key').notNull(),
    before: numeric('before', { precision: 6, scale: 2 }),
    after: numeric('after', { precision: 6, scale: 2 }).notNull(),
    reason: text('reason').notNull(),
    adjustedBy: uuid('adjusted_by'),
    adjustedAt: timestamp('adjusted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evaluation_adjustments_eval_idx').on(t.evaluationId, t.cadreId)],
);
