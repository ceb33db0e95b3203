import { index, integer, jsonb, numeric, pgTable, text, timestamp, unique, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';
import type { AssessmentCategory, AssessmentState, Grade, GradeBasis } from '../../../contracts/evaluation-codes.ts';

/** domain.md §10: a county's year-end assessment, with its 优秀 quota. */
export const assessments = pgTable(
  'assessments',
  {
    id: id(),
    divisionCode: divisionCode().notNull(),
    year: integer('year').notNull(),
    // The share of each category that may be graded 优秀 (e.g. 0.25).
    excellentQuota: numeric('excellent_quota', { precision: 4, scale: 3 }).notNull(),
    state: text('state').$type<AssessmentState>().notNull().default('open'),
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('assessments_year_idx').on(t.divisionCode, t.year)],
);

/** A team's or a cadre's grade: the one proposed from the evidence, the one decided, and why. */
export const assessmentGrades = pgTable(
  'assessment_grades',
  {
    id: id(),
    assessmentId: uuid('assessment_id').notNull().references(() => assessments.id, { onDelete: 'cascade' }),
    category: text('category').$type<AssessmentCategory>().notNull(),
    teamId: uuid('team_id').notNull(),
    // Null for the team's own grade.
    cadreId: uuid('cadre_id'),
    divisionCode: divisionCode().notNull(),
    proposedGrade: text('proposed_grade').$type<Grade>().notNull(),
    grade: text('grade').$type<Grade>().notNull(),
    basis: jsonb('basis').$type<GradeBasis>().notNull(),
    reason: text('reason'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    unique('assessment_grades_subject_key').on(t.assessmentId, t.teamId, t.cadreId).nullsNotDistinct(),
    index('assessment_grades_cadre_idx').on(t.cadreId),
  ],
);
