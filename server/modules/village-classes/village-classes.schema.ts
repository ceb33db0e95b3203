import { index, integer, pgTable, text, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';
import type { VillageClassCode } from '../../../contracts/evaluation-codes.ts';

/**
 * domain.md §9 [002]: each year every poor village is classed by the factor that most holds it
 * back, with the support plan for that class and the backing units answerable for it.
 */
export const villageClasses = pgTable(
  'village_classes',
  {
    id: id(),
    divisionCode: divisionCode().notNull(),
    year: integer('year').notNull(),
    classCode: text('class_code').$type<VillageClassCode>().notNull(),
    // Lesser factors, so a village held back by roads and by a weak branch says both.
    otherFactors: text('other_factors').array().$type<VillageClassCode[]>().notNull().default([]),
    reason: text('reason').notNull(),
    supportPlan: text('support_plan').notNull(),
    backingUnitIds: uuid('backing_unit_ids').array().notNull().default([]),
    decidedBy: uuid('decided_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('village_classes_year_idx').on(t.divisionCode, t.year), index('village_classes_class_idx').on(t.year, t.classCode)],
);
