import { date, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, money, updatedAt } from '../../platform/db/columns.ts';

/** 资金下达: money of one source reaching the project's account. */
export const projectAllocations = pgTable(
  'project_allocations',
  {
    id: id(),
    projectId: uuid('project_id').notNull(),
    fundSourceId: uuid('fund_source_id').notNull(),
    divisionCode: divisionCode().notNull(),
    allocatedOn: date('allocated_on').notNull(),
    amount: money('amount').notNull(),
    document: text('document'),
    recordedBy: uuid('recorded_by'),
    createdAt: createdAt(),
  },
  (t) => [index('project_allocations_project_idx').on(t.projectId, t.fundSourceId)],
);

/** 资金拨付: a payment out of a source; a trigger keeps the total under the approved budget. */
export const projectPayments = pgTable(
  'project_payments',
  {
    id: id(),
    projectId: uuid('project_id').notNull(),
    fundSourceId: uuid('fund_source_id').notNull(),
    divisionCode: divisionCode().notNull(),
    paidOn: date('paid_on').notNull(),
    amount: money('amount').notNull(),
    payee: text('payee').notNull(),
    purpose: text('purpose').notNull(),
    voucherNo: text('voucher_no'),
    recordedBy: uuid('recorded_by'),
    createdAt: createdAt(),
  },
  (t) => [index('project_payments_project_idx').on(t.projectId, t.fundSourceId), index('project_payments_division_idx').on(t.divisionCode, t.paidOn)],
);

/** 预算调整: its own approval; once approved it changes the project's approved budget and sources. */
export const budgetAdjustments = pgTable(
  'budget_adjustments',
  {
    id: id(),
    projectId: uuid('project_id').notNull(),
    divisionCode: divisionCode().notNull(),
    previousBudget: money('previous_budget').notNull(),
    newBudget: money('new_budget').notNull(),
    // The sources as they are to be after the adjustment: [{fundSourceId | null, kind, funder, amount}].
    sources: jsonb('sources').notNull(),
    reason: text('reason').notNull(),
    state: text('state').notNull(),
    workflowId: uuid('workflow_id'),
    requestedBy: uuid('requested_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('budget_adjustments_project_idx').on(t.projectId, t.createdAt)],
);
