import { char, integer, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id } from '../../platform/db/columns.ts';
import type { StatsRefreshState } from '../../../contracts/evaluation-codes.ts';

/**
 * The rollup the dashboards read (architecture: statistics from rollups, never from scans): one
 * row per division and metric, villages computed from the detail tables and every level above
 * summed from its children, so a township's figure is the sum of its villages' by construction.
 */
export const divisionStats = pgTable(
  'division_stats',
  {
    divisionCode: char('division_code', { length: 12 }).notNull(),
    metric: text('metric').notNull(),
    value: numeric('value', { precision: 18, scale: 2 }).notNull(),
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.divisionCode, t.metric] })],
);

/** Monthly series (in-village days, visits, payments …) for the trend charts, rolled up the same way. */
export const divisionStatsMonthly = pgTable(
  'division_stats_monthly',
  {
    divisionCode: char('division_code', { length: 12 }).notNull(),
    metric: text('metric').notNull(),
    month: char('month', { length: 7 }).notNull(),
    value: numeric('value', { precision: 18, scale: 2 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.divisionCode, t.metric, t.month] })],
);

/** Each rebuild of the rollup: when, how long, by whom or by the schedule. */
export const statsRefreshes = pgTable('stats_refreshes', {
  id: id(),
  state: text('state').$type<StatsRefreshState>().notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  rows: integer('rows'),
  requestedBy: uuid('requested_by'),
  error: text('error'),
});
