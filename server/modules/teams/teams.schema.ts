import { boolean, date, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';

export type TeamStatus = 'active' | 'ended';
export type TeamRole =
  | 'leader_first_secretary'
  | 'leader'
  | 'first_secretary'
  | 'member'
  | 'instructor'
  | 'tech_envoy'
  | 'township_liaison'
  | 'graduate_official';

export const teams = pgTable(
  'teams',
  {
    id: id(),
    name: text('name').notNull(),
    // The team's main village; further villages are in team_villages.
    divisionCode: divisionCode().notNull(),
    termStart: date('term_start').notNull(),
    termEnd: date('term_end'),
    status: text('status').$type<TeamStatus>().notNull().default('active'),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('teams_division_idx').on(t.divisionCode), index('teams_status_idx').on(t.status)],
);

export const teamVillages = pgTable(
  'team_villages',
  {
    teamId: uuid('team_id').notNull().references(() => teams.id, { onDelete: 'cascade' }),
    divisionCode: divisionCode().notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.divisionCode] }), index('team_villages_division_idx').on(t.divisionCode)],
);

export const teamUnits = pgTable(
  'team_units',
  {
    teamId: uuid('team_id').notNull().references(() => teams.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').notNull(),
    isLead: boolean('is_lead').notNull().default(false),
    divisionCode: divisionCode().notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.unitId] }), index('team_units_unit_idx').on(t.unitId)],
);

export const teamMembers = pgTable(
  'team_members',
  {
    id: id(),
    teamId: uuid('team_id').notNull().references(() => teams.id, { onDelete: 'cascade' }),
    cadreId: uuid('cadre_id').notNull(),
    role: text('role').$type<TeamRole>().notNull(),
    joinedOn: date('joined_on').notNull(),
    leftOn: date('left_on'),
    divisionCode: divisionCode().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    // A cadre serves in at most one team at a time; a team has exactly one leader at a time (domain.md §2).
    uniqueIndex('team_members_one_active_team_idx').on(t.cadreId).where(sql`left_on is null`),
    uniqueIndex('team_members_one_leader_idx')
      .on(t.teamId)
      .where(sql`left_on is null and role in ('leader_first_secretary', 'leader')`),
    index('team_members_team_idx').on(t.teamId),
  ],
);
