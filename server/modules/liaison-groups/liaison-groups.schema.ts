import { date, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';
import type { LiaisonGroupKind, LiaisonPlatform, LiaisonRole } from '../../../contracts/evaluation-codes.ts';

/**
 * domain.md §11 [000][003]: a liaison group of teams — a working group set up at a meeting, or the
 * QQ/WeChat group a county keeps for its teams (recorded here, not run here).
 */
export const liaisonGroups = pgTable(
  'liaison_groups',
  {
    id: id(),
    divisionCode: divisionCode().notNull(),
    kind: text('kind').$type<LiaisonGroupKind>().notNull(),
    name: text('name').notNull(),
    platform: text('platform').$type<LiaisonPlatform>(),
    purpose: text('purpose'),
    establishedOn: date('established_on').notNull(),
    dissolvedOn: date('dissolved_on'),
    // The meeting that set it up, when one did.
    meetingId: uuid('meeting_id'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('liaison_groups_division_idx').on(t.divisionCode), index('liaison_groups_meeting_idx').on(t.meetingId)],
);

/** Member teams, each with its part and the cadre who keeps in touch for it. */
export const liaisonGroupMembers = pgTable(
  'liaison_group_members',
  {
    groupId: uuid('group_id').notNull().references(() => liaisonGroups.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id').notNull(),
    divisionCode: divisionCode().notNull(),
    role: text('role').$type<LiaisonRole>().notNull().default('member'),
    contactCadreId: uuid('contact_cadre_id'),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.teamId] }), index('liaison_group_members_team_idx').on(t.teamId)],
);
