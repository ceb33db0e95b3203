import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { findDivision } from '../divisions/index.ts';
import type { MonthlyReport, MonthlyReportDownloadQuery, MonthlyReportFormat, MonthlyReportQuery } from '../../../contracts/stats-report.ts';
import { statsReportErrors } from './stats-report.errors.ts';
import { beijingMonth, layoutMonthlyReport, type ReportLevel } from './stats-report.layout.ts';
import { renderMonthlyReportPdf, renderMonthlyReportXlsx } from './stats-report.render.ts';
import * as repo from './stats-report.repository.ts';

const reportLevels = new Set<string>(['province', 'city', 'county', 'township']);

/**
 * The report's content for a region in the caller's scope (default: the caller's own) and a month
 * (default: last month): out of scope or unknown answers 404, a village or a future month 400.
 */
export async function buildMonthlyReport(ctx: Ctx, query: MonthlyReportQuery): Promise<MonthlyReport> {
  requirePermission(ctx.principal, 'stats.export');
  const scope = ctx.principal.scope;
  const code = query.divisionCode ?? scope.divisionCode;
  if (code === null) {
    throw statsReportErrors.REPORT_REGION_REQUIRED([{ path: 'divisionCode', message: '请选择出具月报的县（市、区）' }]);
  }
  if (!codeInScope(scope, code)) throw commonErrors.NOT_FOUND();
  const division = await findDivision(ctx.db, code);
  if (!division) throw commonErrors.NOT_FOUND();
  if (!reportLevels.has(division.level)) {
    throw statsReportErrors.REPORT_REGION_INVALID([{ path: 'divisionCode', message: '月报不能按村出具，请选择县（市、区）或乡镇' }]);
  }

  const now = new Date();
  const currentMonth = beijingMonth(now);
  const month = query.month ?? beijingMonth(now, -1);
  if (month > currentMonth) throw statsReportErrors.REPORT_MONTH_FUTURE([{ path: 'month', message: '月份不能晚于本月' }]);

  const children = await repo.childPlaces(ctx.db, code);
  const codes = [code, ...children.map((c) => c.code)];
  const [current, monthly, refreshedAt] = await Promise.all([
    repo.currentFigures(ctx.db, codes),
    repo.monthFigures(ctx.db, codes, month),
    repo.refreshedAt(ctx.db, code),
  ]);
  return layoutMonthlyReport({
    place: { code, name: division.name, level: division.level as ReportLevel },
    children,
    current,
    monthly,
    month,
    currentMonth,
    refreshedAt,
    issuedAt: now,
  });
}

export type ReportFile = { fileName: string; contentType: string; body: Buffer };

const contentTypes: Record<MonthlyReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The report as a PDF or a workbook; every download is on the audit trail with what was asked. */
export async function downloadMonthlyReport(ctx: Ctx, query: MonthlyReportDownloadQuery): Promise<ReportFile> {
  const format = query.format ?? 'pdf';
  const report = await buildMonthlyReport(ctx, query);
  const body = format === 'pdf' ? renderMonthlyReportPdf(report) : await renderMonthlyReportXlsx(report);
  await recordAudit(ctx.db, ctx.actor, {
    action: 'stats.export',
    entityType: 'monthly_report',
    divisionCode: report.divisionCode,
    after: { filters: { divisionCode: report.divisionCode, month: report.month, format }, refreshedAt: report.refreshedAt },
  });
  return { fileName: `${report.title}.${format}`, contentType: contentTypes[format], body };
}
