import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { demandStates, type DemandState, type Label } from './household-codes.ts';

export { demandStates, type DemandState };

function codeList<const K extends string>(entries: Record<K, Label>) {
  return { codes: Object.keys(entries) as [K, ...K[]], labels: entries };
}

/** What a villager's demand (诉求) is about. */
export const demandCategories = codeList({
  infrastructure: { zh: '基础设施', en: 'Infrastructure' },
  industry: { zh: '产业发展', en: 'Industry' },
  employment: { zh: '就业', en: 'Employment' },
  medical: { zh: '医疗', en: 'Medical care' },
  education: { zh: '教育', en: 'Education' },
  housing: { zh: '住房', en: 'Housing' },
  social_security: { zh: '社会保障', en: 'Social security' },
  other: { zh: '其他', en: 'Other' },
});
export type DemandCategory = (typeof demandCategories.codes)[number];

const uuid = (message: string) => z.uuid({ message });
const text = (label: string, min: number, max: number) =>
  z.string().trim().min(min, { message: min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字` }).max(max, { message: `${label}不超过 ${max} 字` });

/**
 * A demand belongs to its household's village; one raised by no household (a road, a water pipe)
 * names its village, or takes the village the account serves.
 */
export const demandCreateBody = z.object({
  raisedBy: text('提出人姓名', 1, 50),
  householdId: uuid('请选择农户').optional(),
  divisionCode: divisionCodeSchema.optional(),
  raisedOn: isoDate,
  category: z.enum(demandCategories.codes, { message: '请选择诉求类别' }),
  content: text('诉求内容', 2, 2000),
});
export type DemandCreateBody = z.infer<typeof demandCreateBody>;

export const demandAssignBody = z.object({ cadreId: uuid('请选择承办干部'), dueOn: isoDate });
export type DemandAssignBody = z.infer<typeof demandAssignBody>;

export const demandSolveBody = z.object({ solvedOn: isoDate, solution: text('办理结果', 2, 2000) });
export type DemandSolveBody = z.infer<typeof demandSolveBody>;

export const demandCloseBody = z.object({ reason: text('不予受理的理由', 2, 500) });
export type DemandCloseBody = z.infer<typeof demandCloseBody>;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const demandListQuery = pageQuery.extend({
  state: z.enum(demandStates.codes).optional(),
  category: z.enum(demandCategories.codes).optional(),
  divisionCode: divisionCodeSchema.optional(),
  householdId: uuid('编号格式不正确').optional(),
  assignedCadreId: uuid('编号格式不正确').optional(),
  overdue: flag.optional(),
  /** Raised on or after / on or before. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  sort: z.enum(['raisedOn', 'dueOn', 'createdAt']).default('raisedOn'),
  order: sortOrder.default('desc'),
});
export type DemandListQuery = z.infer<typeof demandListQuery>;
export const demandExportQuery = demandListQuery.omit({ page: true, pageSize: true });
export type DemandExportQuery = z.infer<typeof demandExportQuery>;

export const demandListItem = z.object({
  id: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  householdId: z.string().nullable(),
  householderName: z.string().nullable(),
  raisedBy: z.string(),
  raisedOn: z.string(),
  category: z.enum(demandCategories.codes),
  content: z.string(),
  state: z.enum(demandStates.codes),
  assignedCadreId: z.string().nullable(),
  assignedCadreName: z.string().nullable(),
  assignedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  solvedOn: z.string().nullable(),
  solution: z.string().nullable(),
  closedReason: z.string().nullable(),
  /** Days from raised to solved; null until solved. */
  daysToSolve: z.number().int().nullable(),
  /** Assigned and past its due day. */
  overdue: z.boolean(),
  createdAt: z.string(),
});
export type DemandListItem = z.infer<typeof demandListItem>;
export const demandList = listOf(demandListItem);
export type DemandList = z.infer<typeof demandList>;

export const demandActions = ['raise', 'assign', 'solve', 'close'] as const;
export type DemandAction = (typeof demandActions)[number];
export const demandActionLabels: Record<DemandAction, Label> = {
  raise: { zh: '登记诉求', en: 'Raised' },
  assign: { zh: '分派承办', en: 'Assigned' },
  solve: { zh: '办结', en: 'Solved' },
  close: { zh: '不予受理', en: 'Closed' },
};

export const demandHistoryEntry = z.object({
  action: z.enum(demandActions),
  actorName: z.string().nullable(),
  at: z.string(),
  /** What the step set: the cadre and due day (assign), the day (raise, solve), the solution or the reason. */
  cadreName: z.string().nullable(),
  dueOn: z.string().nullable(),
  date: z.string().nullable(),
  text: z.string().nullable(),
});
export type DemandHistoryEntry = z.infer<typeof demandHistoryEntry>;

export const demandView = demandListItem.extend({
  history: z.array(demandHistoryEntry),
  abilities: z.object({ assign: z.boolean(), solve: z.boolean(), close: z.boolean() }),
});
export type DemandView = z.infer<typeof demandView>;

export const demandSummaryQuery = z.object({ divisionCode: divisionCodeSchema.optional() });
export type DemandSummaryQuery = z.infer<typeof demandSummaryQuery>;

export const demandSummary = z.object({
  raised: z.number().int(),
  solved: z.number().int(),
  /** Waiting to be assigned or being handled. */
  open: z.number().int(),
  closed: z.number().int(),
  overdue: z.number().int(),
  averageDaysToSolve: z.number().nullable(),
});
export type DemandSummary = z.infer<typeof demandSummary>;
