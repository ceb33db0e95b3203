import { date, doublePrecision, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id } from '../../platform/db/columns.ts';

/**
 * 在岗登记: one row per member per day spent in the village. Location is optional and only
 * shown when far from the village; there is no daily obligation to record (2024–2026 rules).
 */
export const presenceDays = pgTable(
  'presence_days',
  {
    id: id(),
    cadreId: uuid('cadre_id').notNull(),
    teamId: uuid('team_id').notNull(),
    divisionCode: divisionCode().notNull(),
    day: date('day').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    distanceKm: doublePrecision('distance_km'),
    note: text('note'),
    recordedBy: uuid('recorded_by'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('presence_days_cadre_day_idx').on(t.cadreId, t.day),
    index('presence_days_division_day_idx').on(t.divisionCode, t.day),
    index('presence_days_team_day_idx').on(t.teamId, t.day),
  ],
);
