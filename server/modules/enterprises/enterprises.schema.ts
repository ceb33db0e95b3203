import { date, index, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, money, updatedAt } from '../../platform/db/columns.ts';
import type { ContributionKind } from '../../../contracts/social-codes.ts';

/**
 * 村企连心 ([002]): an enterprise the county (or city) keeps on its list; `divisionCode` is the region
 * that keeps the record, so an enterprise from elsewhere (南宁长江集团) can be paired here.
 */
export const enterprises = pgTable(
  'enterprises',
  {
    id: id(),
    name: text('name').notNull(),
    creditCode: text('credit_code'),
    divisionCode: divisionCode().notNull(),
    industry: text('industry'),
    contactName: text('contact_name'),
    contactPhoneCipher: text('contact_phone_cipher'),
    contactPhoneMasked: text('contact_phone_masked'),
    partyOrgName: text('party_org_name'),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('enterprises_division_idx').on(t.divisionCode), uniqueIndex('enterprises_credit_code_idx').on(t.creditCode)],
);

/** One enterprise paired with one village, from a date, often as 党组织结对共建. */
export const enterprisePairings = pgTable(
  'enterprise_pairings',
  {
    id: id(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    divisionCode: divisionCode().notNull(),
    since: date('since').notNull(),
    until: date('until'),
    agreement: text('agreement'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('enterprise_pairings_pair_idx').on(t.enterpriseId, t.divisionCode, t.since), index('enterprise_pairings_division_idx').on(t.divisionCode)],
);

/** What the enterprise gave the village: money, goods (valued), jobs (people), purchases (valued). */
export const enterpriseContributions = pgTable(
  'enterprise_contributions',
  {
    id: id(),
    pairingId: uuid('pairing_id')
      .notNull()
      .references(() => enterprisePairings.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id').notNull(),
    divisionCode: divisionCode().notNull(),
    kind: text('kind').$type<ContributionKind>().notNull(),
    // Money, or the value of goods and purchases; null for jobs and expertise.
    value: money('value'),
    // Jobs: people employed; goods: the count in `unit`.
    quantity: numeric('quantity', { precision: 14, scale: 2 }),
    unit: text('unit'),
    givenOn: date('given_on').notNull(),
    description: text('description').notNull(),
    projectId: uuid('project_id'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('enterprise_contributions_division_idx').on(t.divisionCode, t.givenOn), index('enterprise_contributions_enterprise_idx').on(t.enterpriseId)],
);
