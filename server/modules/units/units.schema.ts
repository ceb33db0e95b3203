import { index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';

export type UnitType = 'central' | 'provincial' | 'city' | 'county' | 'township' | 'soe' | 'university' | 'private' | 'other';

export const units = pgTable(
  'units',
  {
    id: id(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    type: text('type').$type<UnitType>().notNull(),
    // Where the unit sits (its province, city or county), 12 digits.
    divisionCode: divisionCode().notNull(),
    pinyin: text('pinyin').notNull(),
    initials: text('initials').notNull(),
    contactName: text('contact_name'),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('units_division_idx').on(t.divisionCode), index('units_name_idx').on(t.name), index('units_pinyin_idx').on(t.pinyin, t.id)],
);

/**
 * The places a unit serves in (through its teams or pairings): a county sees the provincial
 * units that send cadres into it, though they sit elsewhere. Kept by the modules that post them.
 */
export const unitDivisions = pgTable(
  'unit_divisions',
  {
    unitId: uuid('unit_id').notNull().references(() => units.id, { onDelete: 'cascade' }),
    divisionCode: divisionCode().notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.divisionCode] }), index('unit_divisions_division_idx').on(t.divisionCode)],
);
