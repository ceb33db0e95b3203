import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../../platform/db/columns.ts';

export type InspectionMethod = 'on_site' | 'villager_visit' | 'attendance_review' | 'phone_check';
export type AbsenceReason = 'leave' | 'official_business' | 'absent';
export type RectificationState = 'open' | 'answered' | 'accepted' | 'overdue';

/** 督查 (domain.md §3): led by the discipline commission with the organization department and the rural office. */
export const inspections = pgTable(
  'inspections',
  {
    id: id(),
    divisionCode: divisionCode().notNull(),
    method: text('method').$type<InspectionMethod>().notNull(),
    inspectedOn: date('inspected_on').notNull(),
    leadUnit: text('lead_unit').notNull(),
    participants: text('participants'),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('inspections_division_idx').on(t.divisionCode, t.inspectedOn)],
);

/** For each cadre checked: at post or not, and if not, why. */
export const inspectionFindings = pgTable(
  'inspection_findings',
  {
    id: id(),
    inspectionId: uuid('inspection_id')
      .notNull()
      .references(() => inspections.id, { onDelete: 'cascade' }),
    cadreId: uuid('cadre_id').notNull(),
    teamId: uuid('team_id'),
    divisionCode: divisionCode().notNull(),
    atPost: boolean('at_post').notNull(),
    absenceReason: text('absence_reason').$type<AbsenceReason>(),
    leaveRequestId: uuid('leave_request_id'),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [index('inspection_findings_inspection_idx').on(t.inspectionId), index('inspection_findings_cadre_idx').on(t.cadreId)],
);

/** 限期整改: opened by an absence without approved leave; the team answers, the inspector accepts or returns. */
export const rectifications = pgTable(
  'rectifications',
  {
    id: id(),
    findingId: uuid('finding_id').notNull(),
    inspectionId: uuid('inspection_id').notNull(),
    cadreId: uuid('cadre_id').notNull(),
    teamId: uuid('team_id'),
    divisionCode: divisionCode().notNull(),
    requirement: text('requirement').notNull(),
    deadline: date('deadline').notNull(),
    response: text('response'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    state: text('state').$type<RectificationState>().notNull(),
    workflowId: uuid('workflow_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('rectifications_finding_idx').on(t.findingId),
    index('rectifications_division_idx').on(t.divisionCode),
    index('rectifications_deadline_idx').on(t.state, t.deadline),
  ],
);

/** 通报批评: issued once per rectification not accepted by its deadline; counted in the year-end assessment. */
export const criticisms = pgTable(
  'criticisms',
  {
    id: id(),
    rectificationId: uuid('rectification_id').notNull(),
    cadreId: uuid('cadre_id').notNull(),
    teamId: uuid('team_id'),
    divisionCode: divisionCode().notNull(),
    issuedOn: date('issued_on').notNull(),
    year: integer('year').notNull(),
    content: text('content').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('criticisms_rectification_idx').on(t.rectificationId),
    index('criticisms_cadre_idx').on(t.cadreId, t.year),
    index('criticisms_team_idx').on(t.teamId),
  ],
);
