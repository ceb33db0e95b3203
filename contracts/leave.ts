import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { workflowView } from './workflow.ts';

export * from './leave-rules.ts';

export const leaveTypes = ['personal', 'sick', 'other'] as const;
export type LeaveTypeCode = (typeof leaveTypes)[number];
export const leaveTypeLabels: Record<LeaveTypeCode, { zh: string; en: string }> = {
  personal: { zh: '事假', en: 'Personal leave' },
  sick: { zh: '病假', en: 'Sick leave' },
  other: { zh: '其他', en: 'Other' },
};

export const leaveStates = ['pending', 'returned', 'approved', 'rejected', 'withdrawn', 'reported_back'] as const;
export type LeaveStateCode = (typeof leaveStates)[number];
export const leaveStateLabels: Record<LeaveStateCode, { zh: string; en: string }> = {
  pending: { zh: '待审批', en: 'Pending' },
  returned: { zh: '退回修改', en: 'Returned for revision' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '不予批准', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  reported_back: { zh: '已销假', en: 'Reported back' },
};

export const leaveApproverRoles = ['township_party', 'county_org', 'city_org'] as const;

const leaveFields = {
  startDate: isoDate,
  endDate: isoDate,
  type: z.enum(leaveTypes, { message: '请选择请假类型' }),
  reason: z.string().trim().min(2, { message: '请假事由至少 2 个字' }).max(500, { message: '请假事由不超过 500 字' }),
};

function endNotBeforeStart(value: { startDate: string; endDate: string }, ctx: z.RefinementCtx) {
  if (value.endDate < value.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: '结束日期不能早于开始日期' });
}

/** The fields a form checks one by one (zodRules); the bodies below add the cross-field rule. */
export const leaveFieldsSchema = z.object({ cadreId: z.uuid({ message: '请选择请假干部' }), ...leaveFields });

export const leaveRequestBody = leaveFieldsSchema.superRefine(endNotBeforeStart);
export type LeaveRequestBody = z.infer<typeof leaveRequestBody>;

/** A returned request revised by its applicant before it is submitted again. */
export const leaveUpdateBody = z.object(leaveFields).superRefine(endNotBeforeStart);
export type LeaveUpdateBody = z.infer<typeof leaveUpdateBody>;

export const leaveReportBackBody = z.object({
  returnedOn: isoDate,
  note: z.string().trim().max(500, { message: '销假说明不超过 500 字' }).optional(),
});
export type LeaveReportBackBody = z.infer<typeof leaveReportBackBody>;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const leaveListQuery = pageQuery.extend({
  state: z.enum(leaveStates).optional(),
  type: z.enum(leaveTypes).optional(),
  cadreId: z.uuid({ message: '编号格式不正确' }).optional(),
  q: z.string().trim().max(50).optional(),
  /** Leave overlapping [from, to]. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  divisionCode: divisionCodeSchema.optional(),
  overdueReportBack: flag.optional(),
  /** Only the requests waiting for the caller's decision. */
  awaitingMe: flag.optional(),
  sort: z.enum(['startDate', 'createdAt', 'days']).default('startDate'),
  order: sortOrder.default('desc'),
});
export type LeaveListQuery = z.infer<typeof leaveListQuery>;
export const leaveExportQuery = leaveListQuery.omit({ page: true, pageSize: true });
export type LeaveExportQuery = z.infer<typeof leaveExportQuery>;

export const leaveListItem = z.object({
  id: z.string(),
  cadreId: z.string(),
  cadreName: z.string().nullable(),
  teamId: z.string(),
  teamName: z.string().nullable(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  type: z.enum(leaveTypes),
  startDate: z.string(),
  endDate: z.string(),
  days: z.number().int(),
  reason: z.string(),
  approverRole: z.string(),
  state: z.enum(leaveStates),
  reportedBackOn: z.string().nullable(),
  reportBackNote: z.string().nullable(),
  /** Approved, its end has passed, and nobody has reported back (逾期未销假). */
  overdueReportBack: z.boolean(),
  createdAt: z.string(),
});
export type LeaveListItem = z.infer<typeof leaveListItem>;
export const leaveList = listOf(leaveListItem);
export type LeaveList = z.infer<typeof leaveList>;

export const leaveView = leaveListItem.extend({
  workflow: workflowView.nullable(),
  abilities: z.object({ update: z.boolean(), reportBack: z.boolean() }),
});
export type LeaveView = z.infer<typeof leaveView>;

/** The county's leave rules, so the form shows the approving level before it is sent. */
export const leaveRulesView = z.object({
  tiers: z.array(z.object({ maxDays: z.number().int().nullable(), role: z.enum(leaveApproverRoles) })),
  dayCounting: z.enum(['calendar', 'working']),
  pastGraceDays: z.number().int(),
  today: z.string(),
});
export type LeaveRulesView = z.infer<typeof leaveRulesView>;
