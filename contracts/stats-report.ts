// domain.md §13: the monthly report of a county (or a city, or a township) from the rollup, as a preview, a PDF and a workbook.
import { z } from 'zod';
import { divisionCodeSchema } from './common.ts';

export const reportMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM' });

/** The region (default: the caller's own) and the month (default: last month, Beijing time). */
export const monthlyReportQuery = z.object({
  divisionCode: divisionCodeSchema.optional(),
  month: reportMonth.optional(),
});
export type MonthlyReportQuery = z.infer<typeof monthlyReportQuery>;

export const monthlyReportFormats = ['pdf', 'xlsx'] as const;
export type MonthlyReportFormat = (typeof monthlyReportFormats)[number];

export const monthlyReportDownloadQuery = monthlyReportQuery.extend({
  format: z.enum(monthlyReportFormats, { message: '格式应为 pdf 或 xlsx' }).default('pdf'),
});
export type MonthlyReportDownloadQuery = z.input<typeof monthlyReportDownloadQuery>;

/** A cell: a count or an amount stays a number (the workbook sums it), a rate or a dash is text. */
export const reportCell = z.union([z.string(), z.number()]);
export type ReportCell = z.infer<typeof reportCell>;

export const reportColumn = z.object({ header: z.string(), numeric: z.boolean() });
export type ReportColumn = z.infer<typeof reportColumn>;

/** One heading of the report: its sentence of figures and the children's table, the total last. */
export const monthlyReportSection = z.object({
  key: z.string(),
  heading: z.string(),
  sentence: z.string(),
  columns: z.array(reportColumn),
  rows: z.array(z.array(reportCell)),
  total: z.array(reportCell),
});
export type MonthlyReportSection = z.infer<typeof monthlyReportSection>;

export const monthlyReport = z.object({
  divisionCode: z.string(),
  name: z.string(),
  month: z.string(),
  title: z.string(),
  issuer: z.string(),
  /** 2026年12月6日 */
  issuedOn: z.string(),
  /** When the rollup the figures come from was last rebuilt; null before the first rebuild. */
  refreshedAt: z.string().nullable(),
  /** The line under the title that says where the figures come from and how current they are. */
  note: z.string(),
  sections: z.array(monthlyReportSection),
});
export type MonthlyReport = z.infer<typeof monthlyReport>;
