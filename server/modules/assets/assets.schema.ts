import { date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, money, updatedAt } from '../../platform/db/columns.ts';
import type { AssetCondition, AssetKind } from '../../../contracts/project-codes.ts';

/** 扶贫项目资产 (后续管护): what a completed project leaves, who owns and keeps it, and its state over time. */
export const assets = pgTable(
  'assets',
  {
    id: id(),
    projectId: uuid('project_id'),
    divisionCode: divisionCode().notNull(),
    name: text('name').notNull(),
    kind: text('kind').$type<AssetKind>().notNull(),
    owner: text('owner').notNull(),
    maintainer: text('maintainer').notNull(),
    value: money('value').notNull(),
    quantity: text('quantity'),
    handedOverOn: date('handed_over_on').notNull(),
    condition: text('condition').$type<AssetCondition>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('assets_division_idx').on(t.divisionCode, t.kind), index('assets_project_idx').on(t.projectId)],
);

/** 管护记录: each look at an asset, so its condition over time is kept, not overwritten. */
export const assetChecks = pgTable(
  'asset_checks',
  {
    id: id(),
    assetId: uuid('asset_id')
      .notNull()
      .references(() => assets.id, { onDelete: 'cascade' }),
    checkedOn: date('checked_on').notNull(),
    condition: text('condition').$type<AssetCondition>().notNull(),
    note: text('note'),
    checkedBy: text('checked_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('asset_checks_asset_idx').on(t.assetId, t.checkedOn)],
);

/** 资产收益: funds turned into a household's shares of a cooperative ([001]: 123 households in a bee-keeping cooperative). */
export const shares = pgTable(
  'shares',
  {
    id: id(),
    divisionCode: divisionCode().notNull(),
    cooperative: text('cooperative').notNull(),
    householdId: uuid('household_id').notNull(),
    projectId: uuid('project_id'),
    assetId: uuid('asset_id'),
    amount: money('amount').notNull(),
    units: integer('units'),
    since: date('since').notNull(),
    until: date('until'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('shares_division_idx').on(t.divisionCode, t.cooperative), index('shares_household_idx').on(t.householdId)],
);

export const dividends = pgTable(
  'dividends',
  {
    id: id(),
    shareId: uuid('share_id')
      .notNull()
      .references(() => shares.id, { onDelete: 'cascade' }),
    householdId: uuid('household_id').notNull(),
    divisionCode: divisionCode().notNull(),
    year: integer('year').notNull(),
    amount: money('amount').notNull(),
    paidOn: date('paid_on').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('dividends_share_idx').on(t.shareId, t.year), index('dividends_division_idx').on(t.divisionCode, t.year)],
);
