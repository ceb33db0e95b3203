import { date, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';

export type Gender = 'male' | 'female';
export type PartyStatus = 'formal' | 'probationary' | 'none';

export const cadres = pgTable(
  'cadres',
  {
    id: id(),
    name: text('name').notNull(),
    pinyin: text('pinyin').notNull(),
    initials: text('initials').notNull(),
    gender: text('gender').$type<Gender>().notNull(),
    // The ID number is stored encrypted; its keyed hash enforces uniqueness, its masked form is what lists show.
    idNumberHash: text('id_number_hash').notNull().unique(),
    idNumberCipher: text('id_number_cipher').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    birthDate: date('birth_date').notNull(),
    ethnicity: text('ethnicity').notNull(),
    partyStatus: text('party_status').$type<PartyStatus>().notNull(),
    education: text('education'),
    unitId: uuid('unit_id').notNull(),
    position: text('position'),
    rank: text('rank'),
    specialities: text('specialities').array().notNull().default([]),
    phoneCipher: text('phone_cipher'),
    phoneMasked: text('phone_masked'),
    // Where the cadre is managed (the unit's place) and where he is posted now (his team's village):
    // a county sees the cadres posted into it even when their unit sits in the provincial capital.
    divisionCode: divisionCode().notNull(),
    postedDivisionCode: divisionCode('posted_division_code'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('cadres_division_idx').on(t.divisionCode),
    index('cadres_posted_idx').on(t.postedDivisionCode),
    index('cadres_unit_idx').on(t.unitId),
    index('cadres_initials_idx').on(t.initials),
    // Lists sort by pinyin with the id as tie-breaker; this index lets a page be read in order.
    index('cadres_pinyin_idx').on(t.pinyin, t.id),
  ],
);

/**
 * Every village a cadre was nominated or posted to. A county keeps sight of the cadres it vetted,
 * dispatched or recalled (their history is its record too) after they leave its villages.
 */
export const cadrePlaces = pgTable(
  'cadre_places',
  {
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id, { onDelete: 'cascade' }),
    divisionCode: divisionCode().notNull(),
  },
  (t) => [primaryKey({ columns: [t.cadreId, t.divisionCode] }), index('cadre_places_division_idx').on(t.divisionCode)],
);
