import type { TodoSource } from '../../platform/workflow/todos.ts';
import { can } from '../../platform/access/permissions.ts';
import type { TodoItem } from '../../../contracts/todos.ts';
import { monthlyKinds, reportKindLabels } from '../../../contracts/reports.ts';
import * as repo from './reports.repository.ts';
import { beijingDay, monthDueOn, periodBounds, periodOf, shiftPeriod } from './reports.rules.ts';
import { missingMonthlyReports } from './reports-status.service.ts';

// A due day ends at midnight in Beijing.
const endOfDay = (day: string) => new Date(`${day}T23:59:59+08:00`).toISOString();

/**
 * A leader sees last month's monthly report and work summary until his team has sent them;
 * a township, once last month's due day has passed, how many of its teams have not sent the monthly report.
 */
export const reportTodos: TodoSource = async (ctx) => {
  const today = beijingDay(new Date());
  const period = shiftPeriod(periodOf(today), -1);
  const dueOn = monthDueOn(period, ctx.deps.config.duty.reportDueDay);
  const overdue = today > dueOn;
  const items: TodoItem[] = [];
  const { principal } = ctx;

  if (principal.cadreId && principal.roles.includes('team_leader') && can(principal, 'reports.submit')) {
    const teams = (await repo.activeTeamsOfCadre(ctx.db, principal.cadreId)).filter((t) => t.termStart <= periodBounds(period).last);
    const sent = await repo.reportsOfTeams(ctx.db, teams.map((t) => t.id), period);
    for (const team of teams) {
      for (const kind of monthlyKinds) {
        if (sent.some((r) => r.teamId === team.id && r.kind === kind)) continue;
        items.push({
          key: `reports:${team.id}:${kind}:${period}`,
          kind: 'report_due',
          title: `报送 ${period} ${reportKindLabels[kind].zh}（${team.name}）`,
          link: `/reports/new?teamId=${team.id}&kind=${kind}&period=${period}`,
          menuPath: '/reports',
          since: null,
          dueAt: endOfDay(dueOn),
          overdue,
        });
      }
    }
  }

  if (overdue && principal.roles.includes('township_party') && can(principal, 'reports.receive')) {
    const missing = await missingMonthlyReports(ctx, period);
    if (missing > 0) {
      items.push({
        key: `reports:missing:${period}`,
        kind: 'reports_missing',
        title: `本月 ${missing} 个工作队未报送月报（${period}）`,
        link: `/reports/status?period=${period}&onlyMissing=true`,
        menuPath: '/reports',
        since: null,
        dueAt: endOfDay(dueOn),
        overdue: true,
      });
    }
  }
  return items;
};
