import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { letterTaskStates } from './social-codes.ts';

export { letterTaskStates, type LetterTaskState } from './social-codes.ts';

const uuid = (message: string) => z.uuid({ message });
const year = z.coerce.number().int({ message: '年度应为整数' }).min(2000, { message: '年度不早于 2000 年' }).max(2100, { message: '年度不晚于 2100 年' });
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** One thing the unit promises: what, how much, by when. */
export const letterTaskBody = z.object({
  /** Present when editing a task already on the letter; its state and report stay with it. */
  id: uuid('任务编号格式不正确').optional(),
  title: z.string().trim().min(2, { message: '任务名称至少 2 个字' }).max(100, { message: '任务名称不超过 100 字' }),
  target: z.string().trim().min(2, { message: '请写明目标要求' }).max(500, { message: '目标要求不超过 500 字' }),
  dueOn: isoDate,
});
export type LetterTaskBody = z.infer<typeof letterTaskBody>;

/** The fields a form checks one by one (zodRules). */
export const letterBody = z.object({
  unitId: uuid('请选择牵头后盾单位'),
  divisionCode: divisionCodeSchema,
  year,
  title: z.string().trim().min(2, { message: '标题至少 2 个字' }).max(100, { message: '标题不超过 100 字' }),
  signedOn: isoDate,
  signedWith: z.string().trim().min(2, { message: '请填写签订方' }).max(60, { message: '签订方不超过 60 字' }),
  note: z.string().trim().max(1000, { message: '备注不超过 1000 字' }).optional(),
  tasks: z.array(letterTaskBody).min(1, { message: '至少列出一项任务' }).max(30, { message: '任务不超过 30 项' }),
});
export type LetterBody = z.infer<typeof letterBody>;

export const letterTaskParams = z.object({ id: uuid('编号格式不正确'), taskId: uuid('任务编号格式不正确') });

export const letterReportBody = z.object({
  completedOn: isoDate,
  completionNote: z.string().trim().min(2, { message: '请写明完成情况' }).max(1000, { message: '完成情况不超过 1000 字' }),
});
export type LetterReportBody = z.infer<typeof letterReportBody>;

export const letterReturnBody = z.object({
  reason: z.string().trim().min(2, { message: '请填写退回原因' }).max(500, { message: '退回原因不超过 500 字' }),
});
export type LetterReturnBody = z.infer<typeof letterReturnBody>;

export const letterListQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  unitId: uuid('单位编号格式不正确').optional(),
  year: year.optional(),
  hasOverdue: flag.optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(['signedOn', 'year', 'createdAt']).default('signedOn'),
  order: sortOrder.default('desc'),
});
export type LetterListQuery = z.infer<typeof letterListQuery>;
export const letterExportQuery = letterListQuery.omit({ page: true, pageSize: true });
export type LetterExportQuery = z.infer<typeof letterExportQuery>;

/** How far a letter's tasks have come. */
export const letterTaskCounts = z.object({
  total: z.number().int(),
  open: z.number().int(),
  reported: z.number().int(),
  confirmed: z.number().int(),
  /** Still open after its due day. */
  overdue: z.number().int(),
});
export type LetterTaskCounts = z.infer<typeof letterTaskCounts>;

export const letterListItem = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  year: z.number().int(),
  title: z.string(),
  signedOn: z.string(),
  signedWith: z.string(),
  tasks: letterTaskCounts,
  createdAt: z.string(),
});
export type LetterListItem = z.infer<typeof letterListItem>;
export const letterList = listOf(letterListItem);
export type LetterList = z.infer<typeof letterList>;

export const letterTaskView = z.object({
  id: z.string(),
  seq: z.number().int(),
  title: z.string(),
  target: z.string().nullable(),
  dueOn: z.string(),
  state: z.enum(letterTaskStates.codes),
  overdue: z.boolean(),
  completedOn: z.string().nullable(),
  completionNote: z.string().nullable(),
  reportedByName: z.string().nullable(),
  reportedAt: z.string().nullable(),
  confirmedByName: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  /** Why the last report was sent back; kept after a new report so the confirmer sees what was asked. */
  returnedReason: z.string().nullable(),
  abilities: z.object({ report: z.boolean(), confirm: z.boolean(), return: z.boolean() }),
});
export type LetterTaskView = z.infer<typeof letterTaskView>;

export const letterView = letterListItem.extend({
  note: z.string().nullable(),
  createdByName: z.string().nullable(),
  taskList: z.array(letterTaskView),
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type LetterView = z.infer<typeof letterView>;

/** A unit the caller may sign with, for the form's picker. */
export const letterUnitOption = z.object({ id: z.string(), name: z.string(), villages: z.array(z.object({ code: z.string(), name: z.string().nullable() })) });
export const letterUnitOptions = z.object({ items: z.array(letterUnitOption) });
export type LetterUnitOption = z.infer<typeof letterUnitOption>;
export const letterUnitQuery = z.object({ q: z.string().trim().max(50).optional() });

export const letterPerformanceQuery = z.object({
  year,
  divisionCode: divisionCodeSchema.optional(),
});
export type LetterPerformanceQuery = z.infer<typeof letterPerformanceQuery>;

/** One unit's letters in a year, as its performance and party-building evaluation counts them ([002]). */
export const unitLetterPerformance = z.object({
  unitId: z.string(),
  unitName: z.string().nullable(),
  letters: z.number().int(),
  total: z.number().int(),
  confirmed: z.number().int(),
  /** Confirmed, and finished no later than its due day. */
  confirmedOnTime: z.number().int(),
  reported: z.number().int(),
  openOverdue: z.number().int(),
  /** Confirmed tasks as a percentage of all, one decimal; null without tasks. */
  completionRate: z.number().nullable(),
});
export type UnitLetterPerformance = z.infer<typeof unitLetterPerformance>;
export const letterPerformance = z.object({ year: z.number().int(), items: z.array(unitLetterPerformance) });
export type LetterPerformance = z.infer<typeof letterPerformance>;
