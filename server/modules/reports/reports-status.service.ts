import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { offsetOf } from '../../platform/db/paging.ts';
import type { ReportStanding, ReportStatusExportQuery, ReportStatusItem, ReportStatusList, ReportStatusQuery } from '../../../contracts/reports.ts';
import { divisionNames } from '../divisions/index.ts';
import * as repo from './reports.repository.ts';
import { readerOf } from './reports.service.ts';
import { beijingDay, monthDueOn, periodBounds, standingOf } from './reports.rules.ts';

/** Where each team of a page stands for the month: both monthly kinds and how many briefings. */
export async function presentStatus(executor: Executor, teams: repo.TeamRow[], period: string, dueOn: string, today: string): Promise<ReportStatusItem[]> {
  const ids = teams.map((t) => t.id);
  const reports = await repo.reportsOfTeams(executor, ids, period);
  const leaders = await repo.leaderNames(executor, ids);
  const names = await divisionNames(executor, [...new Set(teams.map((t) => t.divisionCode))]);
  const standing = (teamId: string, kind: string): ReportStanding => {
    const report = reports.find((r) => r.teamId === teamId && r.kind === kind);
    return { state: standingOf(report, dueOn, today), reportId: report?.id ?? null, submittedAt: report ? report.submittedAt.toISOString() : null };
  };
  return teams.map((team) => ({
    teamId: team.id,
    teamName: team.name,
    divisionCode: team.divisionCode,
    villageName: names.get(team.divisionCode) ?? null,
    leaderName: leaders.get(team.id) ?? null,
    monthlyReport: standing(team.id, 'monthly_report'),
    workSummary: standing(team.id, 'work_summary'),
    briefings: reports.filter((r) => r.teamId === team.id && r.kind === 'briefing').length,
  }));
}

export function statusContext(ctx: Ctx, period: string) {
  return {
    reader: readerOf(ctx.principal),
    bounds: periodBounds(period),
    dueOn: monthDueOn(period, ctx.deps.config.duty.reportDueDay),
    today: beijingDay(new Date()),
  };
}

/** GET /api/reports/status: every team that served in the month, in the caller's region, and what it sent. */
export async function reportStatus(ctx: Ctx, query: ReportStatusQuery): Promise<ReportStatusList> {
  requirePermission(ctx.principal, 'reports.read');
  const { reader, bounds, dueOn, today } = statusContext(ctx, query.period);
  const filter: ReportStatusExportQuery = { period: query.period, divisionCode: query.divisionCode, teamId: query.teamId, onlyMissing: query.onlyMissing };
  const summary = await repo.statusSummary(ctx.db, reader, { ...filter, onlyMissing: false }, bounds);
  const total = query.onlyMissing ? (await repo.statusSummary(ctx.db, reader, filter, bounds)).teams : summary.teams;
  const teams = await repo.readStatusTeams(ctx.db, reader, filter, bounds, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentStatus(ctx.db, teams, query.period, dueOn, today), total, period: query.period, dueOn, summary };
}

/** The teams of a region that have not sent the month's monthly report (for the township's to-do list). */
export async function missingMonthlyReports(ctx: Ctx, period: string): Promise<number> {
  const { reader, bounds } = statusContext(ctx, period);
  const summary = await repo.statusSummary(ctx.db, reader, { period }, bounds);
  return summary.teams - summary.monthlyReportIn;
}
