import { index, integer, numeric, pgTable, smallint, text, varchar, doublePrecision, boolean } from 'drizzle-orm/pg-core';
import { updatedAt } from '../../platform/db/columns.ts';

export type DivisionLevel = 'province' | 'city' | 'county' | 'township' | 'village' | 'group';

export const divisions = pgTable(
  'divisions',
  {
    // 12 digits for the national levels; a villager group appends 3 digits to its village's code.
    code: varchar('code', { length: 15 }).primaryKey(),
    parentCode: varchar('parent_code', { length: 15 }),
    level: text('level').$type<DivisionLevel>().notNull(),
    depth: smallint('depth').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    pinyin: text('pinyin').notNull(),
    initials: text('initials').notNull(),
    // national: from the statistical code list; local: added by a county for a village the list no longer carries.
    source: text('source').$type<'national' | 'local'>().notNull().default('national'),
    childrenLoaded: boolean('children_loaded').notNull().default(false),
    childCount: integer('child_count').notNull().default(0),
  },
  (t) => [
    index('divisions_parent_idx').on(t.parentCode, t.code),
    // Prefix search on pinyin ("hzx" → 会泽县) needs pattern ops outside the C collation.
    index('divisions_initials_idx').on(t.initials.op('text_pattern_ops')),
    index('divisions_pinyin_idx').on(t.pinyin.op('text_pattern_ops')),
    index('divisions_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
  ],
);

export const villageProfiles = pgTable('village_profiles', {
  divisionCode: varchar('division_code', { length: 15 }).primaryKey(),
  population: integer('population'),
  households: integer('households'),
  poorHouseholds: integer('poor_households'),
  collectiveIncome: numeric('collective_income', { precision: 14, scale: 2 }),
  mainIndustries: text('main_industries').array().notNull().default([]),
  infrastructureGaps: text('infrastructure_gaps').array().notNull().default([]),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  note: text('note'),
  updatedAt: updatedAt(),
});
