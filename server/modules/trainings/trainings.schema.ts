import { boolean, date, index, integer, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id } from '../../platform/db/columns.ts';

export type TrainingLevel = 'county_org' | 'rural_office' | 'township' | 'village';
export type TrainingStage = 'pre_dispatch' | 'in_post' | 'special';
export type MaterialKind = 'plate' | 'card' | 'diary' | 'handbook';

/** A training session held by a county department, a township or a village (domain.md §2). */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: id(),
    divisionCode: divisionCode().notNull(),
    level: text('level').$type<TrainingLevel>().notNull(),
    stage: text('stage').$type<TrainingStage>().notNull(),
    topic: text('topic').notNull(),
    hours: numeric('hours', { precision: 5, scale: 1 }).notNull(),
    heldOn: date('held_on').notNull(),
    place: text('place'),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [index('training_sessions_division_idx').on(t.divisionCode, t.heldOn)],
);

export const trainingAttendance = pgTable(
  'training_attendance',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    cadreId: uuid('cadre_id').notNull(),
    attended: boolean('attended').notNull().default(true),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.cadreId] }), index('training_attendance_cadre_idx').on(t.cadreId)],
);

/** Discipline plates per team; reminder cards, 民情日记 and handbooks per member (Huize: 355/1032/1032/1032). */
export const issuedMaterials = pgTable(
  'issued_materials',
  {
    id: id(),
    kind: text('kind').$type<MaterialKind>().notNull(),
    teamId: uuid('team_id').notNull(),
    cadreId: uuid('cadre_id'),
    divisionCode: divisionCode().notNull(),
    quantity: integer('quantity').notNull().default(1),
    issuedOn: date('issued_on').notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [index('issued_materials_team_idx').on(t.teamId), index('issued_materials_division_idx').on(t.divisionCode)],
);
