import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { workflowView } from './workflow.ts';

type Label = { zh: string; en: string };

// domain.md §3: the four ways an inspection is done [003].
export const inspectionMethods = ['on_site', 'villager_visit', 'attendance_review', 'phone_check'] as const;
export type InspectionMethodCode = (typeof inspectionMethods)[number];
export const inspectionMethodLabels: Record<InspectionMethodCode, Label> = {
  on_site: { zh: '实地查岗', en: 'Unannounced on-site check' },
  villager_visit: { zh: '民情走访', en: 'Asking villagers' },
  attendance_review: { zh: '翻阅考勤', en: 'Attendance review' },
  phone_check: { zh: '电话抽查', en: 'Phone spot check' },
};

export const absenceReasons = ['leave', 'official_business', 'absent'] as const;
export type AbsenceReasonCode = (typeof absenceReasons)[number];
export const absenceReasonLabels: Record<AbsenceReasonCode, Label> = {
  leave: { zh: '请假（已批准）', en: 'On approved leave' },
  official_business: { zh: '因公外出', en: 'Official business' },
  absent: { zh: '无故脱岗', en: 'Absent without leave' },
};

export const rectificationStates = ['open', 'answered', 'accepted', 'overdue'] as const;
export type RectificationStateCode = (typeof rectificationStates)[number];
export const rectificationStateLabels: Record<RectificationStateCode, Label> = {
  open: { zh: '待整改', en: 'Awaiting rectification' },
  answered: { zh: '已反馈待验收', en: 'Answered, awaiting acceptance' },
  accepted: { zh: '已验收', en: 'Accepted' },
  overdue: { zh: '逾期未整改', en: 'Overdue' },
};

const uuid = (message: string) => z.uuid({ message });
const optionalText = (max: number, message: string) => z.string().trim().max(max, { message }).optional();

export const findingInput = z.object({
  cadreId: uuid('请选择干部'),
  atPost: z.boolean({ message: '请选择是否在岗' }),
  absenceReason: z.enum(absenceReasons, { message: '请选择不在岗原因' }).optional(),
  note: optionalText(500, '说明不超过 500 字'),
  // For an absence without leave: the rectification's deadline and requirement, when not the defaults.
  deadline: isoDate.optional(),
  requirement: optionalText(500, '整改要求不超过 500 字'),
});
export type FindingInput = z.infer<typeof findingInput>;

export const inspectionCreateBody = z.object({
  method: z.enum(inspectionMethods, { message: '请选择督查方式' }),
  inspectedOn: isoDate,
  divisionCode: divisionCodeSchema,
  leadUnit: z.string().trim().min(2, { message: '牵头单位至少 2 个字' }).max(100, { message: '牵头单位不超过 100 字' }),
  participants: optionalText(500, '参加人员不超过 500 字'),
  note: optionalText(1000, '备注不超过 1000 字'),
  findings: z.array(findingInput, { message: '请登记督查对象' }).min(1, { message: '至少登记一名干部的在岗情况' }).max(300, { message: '一次督查不超过 300 人' }),
});
export type InspectionCreateBody = z.infer<typeof inspectionCreateBody>;

export const inspectionListQuery = pageQuery.extend({
  method: z.enum(inspectionMethods).optional(),
  divisionCode: divisionCodeSchema.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  sort: z.enum(['inspectedOn', 'createdAt']).default('inspectedOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type InspectionListQuery = z.infer<typeof inspectionListQuery>;
export const inspectionExportQuery = inspectionListQuery.omit({ page: true, pageSize: true });
export type InspectionExportQuery = z.infer<typeof inspectionExportQuery>;

export const inspectionListItem = z.object({
  id: z.string(),
  method: z.enum(inspectionMethods),
  inspectedOn: z.string(),
  divisionCode: z.string(),
  divisionName: z.string().nullable(),
  leadUnit: z.string(),
  participants: z.string().nullable(),
  checked: z.number().int(),
  atPost: z.number().int(),
  absent: z.number().int(),
  createdAt: z.string(),
});
export type InspectionListItem = z.infer<typeof inspectionListItem>;
export const inspectionList = listOf(inspectionListItem);

export const findingView = z.object({
  id: z.string(),
  cadreId: z.string(),
  cadreName: z.string().nullable(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  atPost: z.boolean(),
  absenceReason: z.enum(absenceReasons).nullable(),
  leave: z.object({ id: z.string(), startDate: z.string(), endDate: z.string() }).nullable(),
  note: z.string().nullable(),
  rectificationId: z.string().nullable(),
});
export type FindingView = z.infer<typeof findingView>;

export const rectificationListItem = z.object({
  id: z.string(),
  inspectionId: z.string(),
  inspectedOn: z.string(),
  method: z.enum(inspectionMethods),
  cadreId: z.string(),
  cadreName: z.string().nullable(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  requirement: z.string(),
  deadline: z.string(),
  state: z.enum(rectificationStates),
  /** Past its deadline and not accepted (a criticism has been issued or is about to be). */
  overdue: z.boolean(),
  response: z.string().nullable(),
  respondedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type RectificationListItem = z.infer<typeof rectificationListItem>;
export const rectificationList = listOf(rectificationListItem);
export type RectificationList = z.infer<typeof rectificationList>;

export const inspectionView = inspectionListItem.extend({
  note: z.string().nullable(),
  findings: z.array(findingView),
  rectifications: z.array(rectificationListItem),
});
export type InspectionView = z.infer<typeof inspectionView>;

export const rectificationListQuery = pageQuery.extend({
  state: z.enum(rectificationStates).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  divisionCode: divisionCodeSchema.optional(),
  teamId: uuid('编号格式不正确').optional(),
  cadreId: uuid('编号格式不正确').optional(),
  sort: z.enum(['deadline', 'createdAt']).default('deadline'),
  order: sortOrder,
});
export type RectificationListQuery = z.infer<typeof rectificationListQuery>;
export const rectificationExportQuery = rectificationListQuery.omit({ page: true, pageSize: true });
export type RectificationExportQuery = z.infer<typeof rectificationExportQuery>;

export const rectificationView = rectificationListItem.extend({
  criticismId: z.string().nullable(),
  workflow: workflowView.nullable(),
  abilities: z.object({ answer: z.boolean() }),
});
export type RectificationView = z.infer<typeof rectificationView>;

export const rectificationAnswerBody = z.object({
  response: z.string().trim().min(10, { message: '整改情况至少 10 个字' }).max(2000, { message: '整改情况不超过 2000 字' }),
});
export type RectificationAnswerBody = z.infer<typeof rectificationAnswerBody>;

export const criticismListQuery = pageQuery.extend({
  year: z.coerce.number().int().min(2000, { message: '年份不正确' }).max(2100, { message: '年份不正确' }).optional(),
  cadreId: uuid('编号格式不正确').optional(),
  teamId: uuid('编号格式不正确').optional(),
  divisionCode: divisionCodeSchema.optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type CriticismListQuery = z.infer<typeof criticismListQuery>;
export const criticismExportQuery = criticismListQuery.omit({ page: true, pageSize: true });
export type CriticismExportQuery = z.infer<typeof criticismExportQuery>;

export const criticismItem = z.object({
  id: z.string(),
  rectificationId: z.string(),
  cadreId: z.string(),
  cadreName: z.string().nullable(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  issuedOn: z.string(),
  year: z.number().int(),
  content: z.string(),
});
export type CriticismItem = z.infer<typeof criticismItem>;

/** The list, and for the year-end assessment how many notices each cadre received (in the filter). */
export const criticismList = listOf(criticismItem).extend({
  perCadre: z.array(z.object({ cadreId: z.string(), cadreName: z.string().nullable(), count: z.number().int() })),
});
export type CriticismList = z.infer<typeof criticismList>;

/** The form's list: who serves in the region's active teams, and who is on approved leave that day. */
export const inspectionRosterQuery = z.object({ divisionCode: divisionCodeSchema, on: isoDate });
export type InspectionRosterQuery = z.infer<typeof inspectionRosterQuery>;
export const rosterMember = z.object({
  cadreId: z.string(),
  cadreName: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  role: z.string(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  leave: z.object({ id: z.string(), startDate: z.string(), endDate: z.string() }).nullable(),
});
export type RosterMember = z.infer<typeof rosterMember>;
export const inspectionRoster = z.object({ items: z.array(rosterMember) });
export type InspectionRoster = z.infer<typeof inspectionRoster>;
