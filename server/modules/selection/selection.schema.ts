import { date, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';

export type SlotStatus = 'open' | 'nominated' | 'filled' | 'closed';
export type NominationState = 'nominated' | 'approved' | 'rejected' | 'training' | 'dispatched' | 'in_post' | 'recalled' | 'ended' | 'withdrawn';

/** A post the county wants filled in a village, and the unit asked to nominate for it (domain.md §2). */
export const selectionSlots = pgTable(
  'selection_slots',
  {
    id: id(),
    divisionCode: divisionCode().notNull(),
    unitId: uuid('unit_id').notNull(),
    teamId: uuid('team_id'),
    role: text('role').notNull(),
    needs: text('needs'),
    status: text('status').$type<SlotStatus>().notNull().default('open'),
    nominateBy: date('nominate_by'),
    termStart: date('term_start'),
    termEnd: date('term_end'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('selection_slots_division_idx').on(t.divisionCode), index('selection_slots_unit_idx').on(t.unitId)],
);

/** One candidate for one slot, from nomination to term end; its steps live in the workflow table. */
export const selectionNominations = pgTable(
  'selection_nominations',
  {
    id: id(),
    slotId: uuid('slot_id')
      .notNull()
      .references(() => selectionSlots.id, { onDelete: 'cascade' }),
    cadreId: uuid('cadre_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    divisionCode: divisionCode().notNull(),
    state: text('state').$type<NominationState>().notNull(),
    // 入口关: politics, work style, ability, health, each with the vetting officer's remark.
    vetting: jsonb('vetting'),
    effectiveDate: date('effective_date'),
    endDate: date('end_date'),
    recallReason: text('recall_reason'),
    replacesId: uuid('replaces_id'),
    workflowId: uuid('workflow_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('selection_nominations_cadre_idx').on(t.cadreId),
    index('selection_nominations_slot_idx').on(t.slotId),
    index('selection_nominations_division_idx').on(t.divisionCode),
  ],
);
