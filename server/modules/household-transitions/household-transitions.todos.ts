import type { TodoSource } from '../../platform/workflow/todos.ts';
import { can } from '../../platform/access/permissions.ts';
import * as repo from './household-transitions.repository.ts';
import { stablePeriodEnd, transitionToday } from './household-transitions.rules.ts';

/**
 * Monitored households whose stable period has passed and that have labour (可申请风险消除), on
 * the list of the village's team and of the county office. Removal is never proposed for a
 * household without labour, and never taken automatically.
 *
 * The requests themselves (an overdue monitoring verification, a notice that has run out and waits
 * for the township or the county) are open approvals: they reach the assignee's list from the
 * workflow table, flagged overdue by the clock the service sets on them, so they are not listed twice.
 */
export const transitionTodos: TodoSource = async (ctx) => {
  if (!can(ctx.principal, 'transitions.request')) return [];
  if (!ctx.principal.roles.some((r) => r === 'team_leader' || r === 'rural_office')) return [];
  const today = transitionToday();
  const months = ctx.deps.config.households.stableMonths;
  const rows = await repo.stableHouseholds(ctx.db, ctx.principal.scope, months, today);
  return rows.map((row) => {
    const from = stablePeriodEnd(row.monitoringSince!, months);
    return {
      key: `household-risk-removal:${row.id}`,
      kind: 'household_transition.risk_removal_due',
      title: `${row.householderName}户纳入监测已满 ${months} 个月，可申请风险消除`,
      link: `/households/${row.id}?tab=transitions`,
      menuPath: '/households',
      since: `${from}T00:00:00+08:00`,
      dueAt: null,
      overdue: false,
    };
  });
};
