import { z } from 'zod';
import { divisionCodeSchema, listOf, pageQuery } from './common.ts';

// domain.md §3 [003]: the leader's monthly report to the township, the team's monthly work summary,
// and information briefings as often as there is news.
export const reportKinds = ['monthly_report', 'work_summary', 'briefing'] as const;
export type ReportKindCode = (typeof reportKinds)[number];
export const reportKindLabels: Record<ReportKindCode, { zh: string; en: string }> = {
  monthly_report: { zh: '月报', en: 'Monthly report' },
  work_summary: { zh: '工作小结', en: 'Work summary' },
  briefing: { zh: '信息简报', en: 'Briefing' },
};
/** The kinds due once a month, one per team and month. */
export const monthlyKinds = ['monthly_report', 'work_summary'] as const satisfies readonly ReportKindCode[];
export type MonthlyKind = (typeof monthlyKinds)[number];

/** How a team stands on one monthly kind: on time, late, not in after the due day, or not yet due. */
export const reportStates = ['on_time', 'late', 'missing', 'pending'] as const;
export type ReportState = (typeof reportStates)[number];
export const reportStateLabels: Record<ReportState, { zh: string; en: string }> = {
  on_time: { zh: '按时报送', en: 'On time' },
  late: { zh: '逾期报送', en: 'Late' },
  missing: { zh: '未报送', en: 'Missing' },
  pending: { zh: '待报送', en: 'Not yet due' },
};

export const periodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM' });
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

const reportFields = {
  title: z.string().trim().min(2, { message: '标题至少 2 个字' }).max(100, { message: '标题不超过 100 字' }),
  body: z.string().trim().min(10, { message: '正文至少 10 个字' }).max(20000, { message: '正文不超过 20000 字' }),
};

export const reportCreateBody = z.object({
  teamId: z.uuid({ message: '请选择工作队' }),
  kind: z.enum(reportKinds, { message: '请选择报告类型' }),
  period: periodSchema,
  ...reportFields,
});
export type ReportCreateBody = z.infer<typeof reportCreateBody>;

export const reportUpdateBody = z.object(reportFields);
export type ReportUpdateBody = z.infer<typeof reportUpdateBody>;

export const reportListQuery = pageQuery.extend({
  kind: z.enum(reportKinds).optional(),
  period: periodSchema.optional(),
  teamId: z.uuid({ message: '编号格式不正确' }).optional(),
  divisionCode: divisionCodeSchema.optional(),
  late: flag.optional(),
  unread: flag.optional(),
  sort: z.enum(['submittedAt', 'period', 'dueOn']).default('submittedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type ReportListQuery = z.infer<typeof reportListQuery>;
export const reportExportQuery = reportListQuery.omit({ page: true, pageSize: true });
export type ReportExportQuery = z.infer<typeof reportExportQuery>;

/** What an attachment may be (the server checks the content too); the upload control offers these. */
export const attachmentExtensions = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'jpg', 'jpeg', 'png', 'txt'] as const;

/** What the send form needs to know of the server's settings: the upload limit and types, and the due day. */
export const reportRules = z.object({ maxBytes: z.number().int(), extensions: z.array(z.string()), dueDay: z.number().int() });
export type ReportRules = z.infer<typeof reportRules>;

export const attachmentView = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type AttachmentView = z.infer<typeof attachmentView>;

export const reportListItem = z.object({
  id: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  kind: z.enum(reportKinds),
  period: z.string(),
  title: z.string(),
  dueOn: z.string().nullable(),
  submittedAt: z.string(),
  late: z.boolean(),
  submittedByName: z.string().nullable(),
  readAt: z.string().nullable(),
  attachmentCount: z.number().int(),
});
export type ReportListItem = z.infer<typeof reportListItem>;
export const reportList = listOf(reportListItem);

export const reportView = reportListItem.extend({
  body: z.string(),
  readByName: z.string().nullable(),
  attachments: z.array(attachmentView),
  /** The server's upload limit, so the page can refuse an oversize file before sending it. */
  uploadMaxBytes: z.number().int(),
  abilities: z.object({ update: z.boolean(), markRead: z.boolean(), attach: z.boolean() }),
});
export type ReportView = z.infer<typeof reportView>;

export const attachmentParams = z.object({
  id: z.uuid({ message: '编号格式不正确' }),
  fileId: z.uuid({ message: '编号格式不正确' }),
});

export const reportStatusQuery = pageQuery.extend({
  period: periodSchema,
  divisionCode: divisionCodeSchema.optional(),
  teamId: z.uuid({ message: '编号格式不正确' }).optional(),
  onlyMissing: flag.optional(),
});
export type ReportStatusQuery = z.infer<typeof reportStatusQuery>;
export const reportStatusExportQuery = reportStatusQuery.omit({ page: true, pageSize: true });
export type ReportStatusExportQuery = z.infer<typeof reportStatusExportQuery>;

export const reportStanding = z.object({
  state: z.enum(reportStates),
  reportId: z.string().nullable(),
  submittedAt: z.string().nullable(),
});
export type ReportStanding = z.infer<typeof reportStanding>;

export const reportStatusItem = z.object({
  teamId: z.string(),
  teamName: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  leaderName: z.string().nullable(),
  monthlyReport: reportStanding,
  workSummary: reportStanding,
  briefings: z.number().int(),
});
export type ReportStatusItem = z.infer<typeof reportStatusItem>;

export const reportStatusList = listOf(reportStatusItem).extend({
  period: z.string(),
  dueOn: z.string(),
  /** Over every team in the filter, not only the page. */
  summary: z.object({
    teams: z.number().int(),
    monthlyReportIn: z.number().int(),
    workSummaryIn: z.number().int(),
    late: z.number().int(),
  }),
});
export type ReportStatusList = z.infer<typeof reportStatusList>;
