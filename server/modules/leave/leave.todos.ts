import type { TodoSource } from '../../platform/workflow/todos.ts';
import { can } from '../../platform/access/permissions.ts';
import * as repo from './leave.repository.ts';
import { personalViewOf } from './leave.service.ts';
import { addIsoDays, leaveToday } from './leave.rules.ts';

/**
 * Leave not reported back after its end (逾期未销假): on the list of the member, his team leader
 * and the township that approves short leave. Approvals themselves come from the workflow table.
 */
export const leaveTodos: TodoSource = async (ctx) => {
  if (!can(ctx.principal, 'leave.read')) return [];
  const township = ctx.principal.roles.includes('township_party');
  const team = ctx.principal.cadreId !== null && (ctx.principal.roles.includes('team_member') || ctx.principal.roles.includes('team_leader'));
  if (!township && !team) return [];
  const personal = township ? null : await personalViewOf(ctx.db, ctx.principal);
  const today = leaveToday();
  const rows = await repo.overdueReportBacks(ctx.db, ctx.principal.scope, personal, today);
  return rows.map((row) => ({
    key: `leave-report-back:${row.id}`,
    kind: 'leave.report_back',
    title: `${row.cadreName ?? ''}请假（${row.startDate} 至 ${row.endDate}）逾期未销假`,
    link: `/leave/${row.id}`,
    menuPath: '/leave',
    since: `${addIsoDays(row.endDate, 1)}T00:00:00+08:00`,
    dueAt: `${addIsoDays(row.endDate, 1)}T00:00:00+08:00`,
    overdue: true,
  }));
};
