import { date, index, pgTable, text, timestamp, uniqueIndex, uuid, boolean } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, divisionCode, id } from '../../platform/db/columns.ts';

export type ReportKind = 'monthly_report' | 'work_summary' | 'briefing';

/**
 * A team's report to its township (domain.md §3): the leader's monthly report and the monthly
 * work summary, one per team per month; information briefings as often as there is news.
 * Attachments are stored files owned by the report.
 */
export const teamReports = pgTable(
  'team_reports',
  {
    id: id(),
    teamId: uuid('team_id').notNull(),
    divisionCode: divisionCode().notNull(),
    kind: text('kind').$type<ReportKind>().notNull(),
    period: text('period').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    dueOn: date('due_on'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    late: boolean('late').notNull().default(false),
    submittedBy: uuid('submitted_by'),
    readAt: timestamp('read_at', { withTimezone: true }),
    readBy: uuid('read_by'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('team_reports_one_per_period_idx').on(t.teamId, t.kind, t.period).where(sql`kind <> 'briefing'`),
    index('team_reports_division_idx').on(t.divisionCode, t.period),
    // The status page and the township's to-do look reports up team by team for a month; the
    // unique index above leaves briefings out, so it cannot serve them (bench/README.md).
    index('team_reports_team_period_idx').on(t.teamId, t.period),
  ],
);
