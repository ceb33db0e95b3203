import { date, index, numeric, pgTable, text, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, divisionCode, id, money, updatedAt } from '../../platform/db/columns.ts';
import type { PairingActivityKind, RedFlagStep } from '../../../contracts/party-codes.ts';

/** 结对共建 [001]: an organ branch of a unit paired with a village's branch. */
export const branchPairings = pgTable(
  'branch_pairings',
  {
    id: id(),
    organBranchId: uuid('organ_branch_id').notNull(),
    villageBranchId: uuid('village_branch_id').notNull(),
    unitId: uuid('unit_id'),
    // The village's code: the pairing lies where the village branch is.
    divisionCode: divisionCode().notNull(),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    goals: text('goals'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('branch_pairings_live_idx').on(t.organBranchId, t.villageBranchId).where(sql`ended_on is null`),
    index('branch_pairings_division_idx').on(t.divisionCode),
    index('branch_pairings_unit_idx').on(t.unitId),
  ],
);

/** What the pair did ([001]: a 120 m² activity room, computers, two publicity boards). */
export const branchPairingActivities = pgTable(
  'branch_pairing_activities',
  {
    id: id(),
    pairingId: uuid('pairing_id').notNull().references(() => branchPairings.id, { onDelete: 'cascade' }),
    divisionCode: divisionCode().notNull(),
    kind: text('kind').$type<PairingActivityKind>().notNull(),
    happenedOn: date('happened_on').notNull(),
    description: text('description').notNull(),
    quantity: numeric('quantity', { precision: 14, scale: 2 }),
    measure: text('measure'),
    amount: money('amount'),
    recordedBy: uuid('recorded_by'),
    createdAt: createdAt(),
  },
  (t) => [index('branch_pairing_activities_pairing_idx').on(t.pairingId, t.happenedOn)],
);

/** 红旗党支部 creation: each step reached, once, with its date. */
export const redFlagProgress = pgTable(
  'red_flag_progress',
  {
    id: id(),
    pairingId: uuid('pairing_id').notNull().references(() => branchPairings.id, { onDelete: 'cascade' }),
    step: text('step').$type<RedFlagStep>().notNull(),
    reachedOn: date('reached_on').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('red_flag_progress_step_idx').on(t.pairingId, t.step)],
);
