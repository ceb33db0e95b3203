import { date, index, integer, jsonb, pgTable, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';
import type { BranchReportKind, BranchTask, FrequencyPeriod, OrgLifeKind } from '../../../contracts/party-codes.ts';

/** A member who missed a meeting, why, and when he made it up (补学). */
export type Absentee = { cadreId: string; reason: string; madeUpOn?: string | null; madeUpNote?: string | null };

/**
 * 组织生活 [004]: one meeting of a branch — weekly study, theme party day, volunteer labour,
 * 三会一课 or the annual special meeting — with who came, who did not and why. Photos are optional.
 */
export const orgLifeRecords = pgTable(
  'org_life_records',
  {
    id: id(),
    partyOrgId: uuid('party_org_id').notNull(),
    divisionCode: divisionCode().notNull(),
    kind: text('kind').$type<OrgLifeKind>().notNull(),
    heldOn: date('held_on').notNull(),
    topic: text('topic').notNull(),
    content: text('content'),
    place: text('place'),
    tasks: text('tasks').array().$type<BranchTask[]>().notNull().default(sql`'{}'::text[]`),
    attendeeIds: uuid('attendee_ids').array().notNull().default(sql`'{}'::uuid[]`),
    absentees: jsonb('absentees').$type<Absentee[]>().notNull().default([]),
    photoFileIds: uuid('photo_file_ids').array().notNull().default(sql`'{}'::uuid[]`),
    recordedBy: uuid('recorded_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('org_life_records_org_idx').on(t.partyOrgId, t.heldOn), index('org_life_records_division_idx').on(t.divisionCode, t.heldOn)],
);

/** How often a branch must hold each kind of meeting, where it departs from the defaults. */
export const orgLifeFrequencies = pgTable(
  'org_life_frequencies',
  {
    id: id(),
    partyOrgId: uuid('party_org_id').notNull(),
    kind: text('kind').$type<OrgLifeKind>().notNull(),
    period: text('period').$type<FrequencyPeriod>().notNull(),
    times: integer('times').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('org_life_frequencies_org_kind_idx').on(t.partyOrgId, t.kind)],
);

/** A weekly notice or a monthly report to the unit's party group [004], kept as it was issued. */
export const branchReports = pgTable(
  'branch_reports',
  {
    id: id(),
    partyOrgId: uuid('party_org_id').notNull(),
    divisionCode: divisionCode().notNull(),
    kind: text('kind').$type<BranchReportKind>().notNull(),
    // ISO week (2026-W49) or month (2026-12).
    period: text('period').notNull(),
    body: jsonb('body').notNull(),
    issuedBy: uuid('issued_by'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('branch_reports_period_idx').on(t.partyOrgId, t.kind, t.period)],
);
