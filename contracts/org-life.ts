import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery } from './common.ts';
import { branchReportKinds, branchTasks, frequencyPeriods, orgLifeKinds, sixOnesItems } from './party-codes.ts';

export { branchReportKinds, branchTasks, frequencyPeriods, orgLifeKinds, sixOnesItems } from './party-codes.ts';
export type { BranchReportKind, BranchTask, FrequencyPeriod, OrgLifeKind, SixOnesItem } from './party-codes.ts';

const text = (label: string, max: number) => z.string().trim().min(1, { message: `请填写${label}` }).max(max, { message: `${label}不超过 ${max} 字` });
const optionalText = (label: string, max: number) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), z.string().trim().max(max, { message: `${label}不超过 ${max} 字` }).optional());
const uuid = (message: string) => z.uuid({ message });

/** A member who missed the meeting: the reason is required; the make-up (补学) may follow later. */
export const absenteeInput = z.object({
  cadreId: uuid('请选择缺席人员'),
  reason: text('缺席原因', 200),
  madeUpOn: z.preprocess((value) => (value === '' ? undefined : value), isoDate.nullable().optional()),
  madeUpNote: optionalText('补学情况', 200).nullable(),
});
export type AbsenteeInput = z.infer<typeof absenteeInput>;

export const orgLifeBody = z.object({
  partyOrgId: uuid('请选择党支部'),
  kind: z.enum(orgLifeKinds.codes, { message: '请选择活动类型' }),
  heldOn: isoDate,
  topic: text('主题', 100),
  content: optionalText('内容', 4000),
  place: optionalText('地点', 100),
  tasks: z.array(z.enum(branchTasks.codes, { message: '未知的支部任务' })).max(6).default([]),
  attendeeIds: z.array(uuid('请选择参加人员')).max(200).default([]),
  absentees: z.array(absenteeInput).max(200).default([]),
});
export type OrgLifeBody = z.infer<typeof orgLifeBody>;
export type OrgLifeInput = z.input<typeof orgLifeBody>;

/** A change replaces the record's editable fields; the branch stays. */
export const orgLifePutBody = orgLifeBody.omit({ partyOrgId: true });
export type OrgLifePutBody = z.infer<typeof orgLifePutBody>;

export const orgLifeListQuery = pageQuery.extend({
  partyOrgId: uuid('编号格式不正确').optional(),
  kind: z.enum(orgLifeKinds.codes).optional(),
  task: z.enum(branchTasks.codes).optional(),
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
  divisionCode: divisionCodeSchema.optional(),
  sort: z.enum(['heldOn', 'kind']).default('heldOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type OrgLifeListQuery = z.infer<typeof orgLifeListQuery>;
export const orgLifeExportQuery = orgLifeListQuery.omit({ page: true, pageSize: true });
export type OrgLifeExportQuery = z.infer<typeof orgLifeExportQuery>;

const person = z.object({ cadreId: z.string(), name: z.string() });

export const orgLifeListItem = z.object({
  id: z.string(),
  partyOrgId: z.string(),
  partyOrgName: z.string(),
  divisionCode: z.string(),
  kind: z.enum(orgLifeKinds.codes),
  heldOn: z.string(),
  topic: z.string(),
  place: z.string().nullable(),
  tasks: z.array(z.enum(branchTasks.codes)),
  attendeeCount: z.number().int(),
  absenteeCount: z.number().int(),
  createdAt: z.string(),
});
export type OrgLifeListItem = z.infer<typeof orgLifeListItem>;
export const orgLifeList = listOf(orgLifeListItem);
export type OrgLifeList = z.infer<typeof orgLifeList>;

/** A photo of a meeting: optional, always; uploaded after the record is saved. */
export const orgLifePhotoView = z.object({ id: z.string(), fileName: z.string(), mimeType: z.string(), size: z.number().int(), createdAt: z.string() });
export type OrgLifePhotoView = z.infer<typeof orgLifePhotoView>;
export const orgLifePhotoParams = z.object({ id: uuid('编号格式不正确'), fileId: uuid('编号格式不正确') });

export const orgLifeView = orgLifeListItem.extend({
  content: z.string().nullable(),
  attendees: z.array(person),
  absentees: z.array(person.extend({ reason: z.string(), madeUpOn: z.string().nullable(), madeUpNote: z.string().nullable() })),
  photos: z.array(orgLifePhotoView),
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type OrgLifeView = z.infer<typeof orgLifeView>;

/** The members of a branch on a day, for the attendee pickers. */
export const branchMembersQuery = z.object({ on: isoDate.optional() });
export const branchMember = person.extend({ role: z.string(), kind: z.string() });
export const branchMembers = z.object({ items: z.array(branchMember) });
export type BranchMember = z.infer<typeof branchMember>;

export const partyOrgIdQuery = z.object({ partyOrgId: uuid('请选择党支部') });
export const partyOrgIdParam = z.object({ partyOrgId: uuid('编号格式不正确') });

export const frequencyItem = z.object({
  kind: z.enum(orgLifeKinds.codes),
  period: z.enum(frequencyPeriods.codes),
  times: z.number().int().min(0).max(31),
  /** Whether the branch set it, or it is the default. */
  custom: z.boolean(),
});
export type FrequencyItem = z.infer<typeof frequencyItem>;
export const frequencyList = z.object({ partyOrgId: z.string(), items: z.array(frequencyItem), abilities: z.object({ configure: z.boolean() }) });
export type FrequencyList = z.infer<typeof frequencyList>;
export const frequencyPutBody = z.object({
  items: z
    .array(
      z.object({
        kind: z.enum(orgLifeKinds.codes, { message: '未知的活动类型' }),
        period: z.enum(frequencyPeriods.codes, { message: '请选择周期' }),
        times: z.number({ message: '次数应为整数' }).int({ message: '次数应为整数' }).min(0, { message: '次数不小于 0' }).max(31, { message: '次数不超过 31' }),
      }),
    )
    .max(8),
});
export type FrequencyPutBody = z.infer<typeof frequencyPutBody>;

export const sixOnesQuery = z.object({
  partyOrgId: uuid('编号格式不正确').optional(),
  year: z.coerce.number({ message: '年度应为整数' }).int({ message: '年度应为整数' }).min(2000, { message: '年度不早于 2000 年' }).max(2100, { message: '年度不晚于 2100 年' }).optional(),
});

export const sixOnesItemView = z.object({
  item: z.enum(sixOnesItems.codes),
  required: z.number().int(),
  done: z.number().int(),
  percent: z.number().int(),
  ok: z.boolean(),
  missing: z.array(z.string()),
});
export type SixOnesItemView = z.infer<typeof sixOnesItemView>;

export const sixOnesView = z.object({
  partyOrgId: z.string(),
  partyOrgName: z.string(),
  year: z.number().int(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  items: z.array(sixOnesItemView),
  abilities: z.object({ write: z.boolean(), configure: z.boolean(), issue: z.boolean() }),
});
export type SixOnesView = z.infer<typeof sixOnesView>;

export const sixOnesSummaryItem = z.object({
  partyOrgId: z.string(),
  partyOrgName: z.string(),
  divisionCode: z.string(),
  status: z.string(),
  ledByMe: z.boolean(),
  okItems: z.number().int(),
  percent: z.number().int(),
});
export const sixOnesSummary = z.object({ year: z.number().int(), items: z.array(sixOnesSummaryItem) });
export type SixOnesSummary = z.infer<typeof sixOnesSummary>;

/** A week as 2026-W49, a month as 2026-12. */
export const reportPeriod = z.string().regex(/^\d{4}-(W\d{2}|\d{2})$/, { message: '期间格式应为 2026-W49 或 2026-12' });
export const reportQuery = z.object({ kind: z.enum(branchReportKinds.codes, { message: '请选择报告类型' }), period: reportPeriod });
export type ReportQuery = z.infer<typeof reportQuery>;
export const reportIdParam = partyOrgIdParam.extend({ reportId: uuid('编号格式不正确') });

export const reportBody = z.object({
  partyOrgName: z.string(),
  kind: z.enum(branchReportKinds.codes),
  period: z.string(),
  from: z.string(),
  to: z.string(),
  records: z.array(
    z.object({ id: z.string(), kind: z.enum(orgLifeKinds.codes), heldOn: z.string(), topic: z.string(), attended: z.number().int(), absent: z.number().int() }),
  ),
  memberCount: z.number().int(),
  attendanceRate: z.number().int(),
  sixOnes: z.array(sixOnesItemView),
  missing: z.array(z.string()),
});
export type ReportBody = z.infer<typeof reportBody>;

export const branchReportView = z.object({
  id: z.string().nullable(),
  partyOrgId: z.string(),
  kind: z.enum(branchReportKinds.codes),
  period: z.string(),
  issuedAt: z.string().nullable(),
  issuedBy: z.string().nullable(),
  body: reportBody,
});
export type BranchReportView = z.infer<typeof branchReportView>;
export const branchReportList = z.object({
  items: z.array(branchReportView.omit({ body: true }).extend({ id: z.string() })),
});
export type BranchReportList = z.infer<typeof branchReportList>;
