import { date, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';
import type { MeetingKind, MeetingOutcomeKind } from '../../../contracts/evaluation-codes.ts';

export type MeetingOutcome = { kind: MeetingOutcomeKind; text: string };

/** domain.md §11 [000]: a meeting's record — who came, what was on the agenda, what it came to. */
export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    // The region the meeting concerned; its teams are the ones that may attend.
    divisionCode: divisionCode().notNull(),
    kind: text('kind').$type<MeetingKind>().notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    place: text('place'),
    organizer: text('organizer'),
    host: text('host'),
    attendeeCount: integer('attendee_count'),
    agenda: text('agenda').array().notNull().default([]),
    summary: text('summary'),
    outcomes: jsonb('outcomes').$type<MeetingOutcome[]>().notNull().default([]),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('meetings_division_idx').on(t.divisionCode, t.heldOn)],
);

/** The teams that attended. */
export const meetingTeams = pgTable(
  'meeting_teams',
  {
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id').notNull(),
    divisionCode: divisionCode().notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.teamId] }), index('meeting_teams_team_idx').on(t.teamId)],
);
