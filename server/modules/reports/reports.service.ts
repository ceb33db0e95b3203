import type { Ctx } from '../../platform/http/context.ts';
import type { Executor, Tx } from '../../platform/db/client.ts';
import type { Principal } from '../../platform/access/permissions.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import { reportKindLabels, type ReportCreateBody, type ReportListItem, type ReportListQuery, type ReportUpdateBody, type ReportView } from '../../../contracts/reports.ts';
import * as repo from './reports.repository.ts';
import { maySubmitKind, mayUpdateReport, ownTeamCadre } from './reports.policy.ts';
import { beijingDay, checkPeriod, dueOnOf, isLate } from './reports.rules.ts';
import { reportErrors } from './reports.errors.ts';
import { presentReport, presentReports } from './reports.present.ts';

export function readerOf(principal: Principal): repo.Reader {
  return { scope: principal.scope, ownCadreId: ownTeamCadre(principal) };
}

export async function listReports(ctx: Ctx, query: ReportListQuery): Promise<ListResult<ReportListItem>> {
  requirePermission(ctx.principal, 'reports.read');
  const result = await repo.listReports(ctx.db, readerOf(ctx.principal), query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentReports(ctx.db, result.items), total: result.total };
}

export async function getReport(ctx: Ctx, reportId: string): Promise<ReportView> {
  requirePermission(ctx.principal, 'reports.read');
  const row = await repo.findReportInScope(ctx.db, readerOf(ctx.principal), reportId);
  if (!row) throw commonErrors.NOT_FOUND();
  return presentReport(ctx.principal, ctx.db, row, ctx.deps.config.uploadMaxBytes);
}

function duplicate(body: Pick<ReportCreateBody, 'kind' | 'period'>) {
  return reportErrors.REPORT_DUPLICATE(undefined, { period: body.period, kind: reportKindLabels[body.kind].zh });
}

function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } })?.cause;
  return (error as { code?: string })?.code === '23505' || cause?.code === '23505';
}

/**
 * A team sends a report. `at` lets the demo write last month's reports on the days they were sent;
 * the routes never pass it, so a real report is dated by the server's clock.
 */
export async function createReport(ctx: Ctx, body: ReportCreateBody, options: { at?: Date } = {}): Promise<ReportView> {
  requirePermission(ctx.principal, 'reports.submit');
  if (!maySubmitKind(ctx.principal, body.kind)) throw commonErrors.FORBIDDEN();
  const now = options.at ?? new Date();
  const today = beijingDay(now);
  const periodErrors = checkPeriod(body.period, today);
  if (periodErrors.length > 0) throw commonErrors.VALIDATION_FAILED(periodErrors);
  const reader = readerOf(ctx.principal);
  const reportId = await ctx.db
    .transaction(async (tx) => {
      const team = await repo.findTeamInScope(tx, reader, body.teamId);
      if (!team) throw commonErrors.NOT_FOUND();
      if (team.status === 'ended') throw reportErrors.REPORT_TEAM_ENDED();
      if (body.kind !== 'briefing' && (await repo.findMonthly(tx, team.id, body.kind, body.period))) throw duplicate(body);
      const dueOn = dueOnOf(body.kind, body.period, ctx.deps.config.duty.reportDueDay);
      const row = await repo.insertReport(tx, {
        teamId: team.id,
        divisionCode: team.divisionCode,
        kind: body.kind,
        period: body.period,
        title: body.title,
        body: body.body,
        dueOn,
        submittedAt: now,
        late: isLate(dueOn, today),
        submittedBy: ctx.principal.accountId,
      });
      await recordAudit(tx, ctx.actor, { action: 'reports.submit', entityType: 'team_report', entityId: row.id, divisionCode: row.divisionCode, after: row });
      return row.id;
    })
    .catch((error: unknown) => {
      // Two sends of the same month at once: the unique index decides, the caller hears the same 409.
      if (isUniqueViolation(error)) throw duplicate(body);
      throw error;
    });
  return getReport(ctx, reportId);
}

/** A report the caller may change: 404 out of scope, 409 once read, 403 not his. */
export async function changeableReport(ctx: Ctx, executor: Executor, reportId: string): Promise<repo.ReportRow> {
  const row = await repo.findReportInScope(executor, readerOf(ctx.principal), reportId);
  if (!row) throw commonErrors.NOT_FOUND();
  if (row.readAt) throw reportErrors.REPORT_ALREADY_READ();
  if (!mayUpdateReport(ctx.principal, row)) throw commonErrors.FORBIDDEN();
  return row;
}

/** The same, locked inside the transaction, so the township's "read" cannot slip between the check and the change. */
export async function reportForChange(ctx: Ctx, tx: Tx, reportId: string): Promise<repo.ReportRow> {
  await repo.lockReport(tx, reportId);
  return changeableReport(ctx, tx, reportId);
}

export async function updateReport(ctx: Ctx, reportId: string, body: ReportUpdateBody): Promise<ReportView> {
  requirePermission(ctx.principal, 'reports.submit');
  await ctx.db.transaction(async (tx) => {
    const before = await reportForChange(ctx, tx, reportId);
    const after = await repo.updateReport(tx, reportId, { title: body.title, body: body.body });
    await recordAudit(tx, ctx.actor, { action: 'reports.update', entityType: 'team_report', entityId: reportId, divisionCode: after.divisionCode, before, after });
  });
  return getReport(ctx, reportId);
}

/** The township (or county) has read the report; from then on it stands as sent. Reading twice changes nothing. */
export async function markReportRead(ctx: Ctx, reportId: string): Promise<ReportView> {
  requirePermission(ctx.principal, 'reports.receive');
  await ctx.db.transaction(async (tx) => {
    await repo.lockReport(tx, reportId);
    const row = await repo.findReportInScope(tx, readerOf(ctx.principal), reportId);
    if (!row) throw commonErrors.NOT_FOUND();
    if (row.readAt) return;
    const after = await repo.updateReport(tx, reportId, { readAt: new Date(), readBy: ctx.principal.accountId });
    await recordAudit(tx, ctx.actor, {
      action: 'reports.mark_read',
      entityType: 'team_report',
      entityId: reportId,
      divisionCode: row.divisionCode,
      before: { readAt: null },
      after: { readAt: after.readAt, readBy: after.readBy },
    });
  });
  return getReport(ctx, reportId);
}
