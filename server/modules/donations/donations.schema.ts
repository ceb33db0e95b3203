import { date, index, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, money, updatedAt } from '../../platform/db/columns.ts';
import type { DonationForm, DonorKind } from '../../../contracts/social-codes.ts';

/**
 * 捐款捐物 ([002]: 香港善一堂's ¥680,000 for 大卫村's kindergarten): money, or goods with their value,
 * to a village and optionally to one of its projects, with the cadre who arranged it.
 */
export const donations = pgTable(
  'donations',
  {
    id: id(),
    divisionCode: divisionCode().notNull(),
    projectId: uuid('project_id'),
    donor: text('donor').notNull(),
    donorKind: text('donor_kind').$type<DonorKind>().notNull(),
    form: text('form').$type<DonationForm>().notNull(),
    // The money given, or the value of the goods.
    value: money('value').notNull(),
    goods: text('goods'),
    quantity: numeric('quantity', { precision: 14, scale: 2 }),
    unit: text('unit'),
    purpose: text('purpose').notNull(),
    receivedOn: date('received_on').notNull(),
    arrangedByCadreId: uuid('arranged_by_cadre_id'),
    receiptNo: text('receipt_no'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('donations_division_idx').on(t.divisionCode, t.receivedOn), index('donations_project_idx').on(t.projectId)],
);
