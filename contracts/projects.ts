import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { workflowView } from './workflow.ts';
import { fundSourceKinds, outputKinds, projectCategories } from './project-codes.ts';

// The money arithmetic is shared by every module that handles amounts; projects re-export it.
export { parseMoney, toCents, centsToMoney, formatMoney, sumCents, sumMoney, type Cents } from './money.ts';
import { centsToMoney, formatMoney, parseMoney, sumCents, toCents } from './money.ts';

export const projectStates = ['proposed', 'returned', 'reviewed', 'approved', 'in_progress', 'completed', 'accepted', 'handed_over', 'rejected', 'withdrawn'] as const;
export type ProjectState = (typeof projectStates)[number];
export const projectStateLabels: Record<ProjectState, { zh: string; en: string }> = {
  proposed: { zh: '待乡镇审核', en: 'Proposed' },
  returned: { zh: '退回修改', en: 'Returned for revision' },
  reviewed: { zh: '待县级审批', en: 'Reviewed' },
  approved: { zh: '已批准（公示）', en: 'Approved' },
  in_progress: { zh: '实施中', en: 'In progress' },
  completed: { zh: '已完工', en: 'Completed' },
  accepted: { zh: '已验收', en: 'Accepted' },
  handed_over: { zh: '已移交', en: 'Handed over' },
  rejected: { zh: '不予立项', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

/** An amount of money as typed: grouping commas allowed, at most two decimals. */
export const moneyText = z
  .string()
  .trim()
  .refine((text) => parseMoney(text) !== null, { message: '金额格式不正确，如 1234.56' })
  .transform((text) => centsToMoney(parseMoney(text)!));
const positiveMoney = moneyText.refine((text) => toCents(text) > 0, { message: '金额应大于 0' });
const quantity = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, { message: '数量格式不正确，最多两位小数' });

export const fundSourceBody = z.object({
  kind: z.enum(fundSourceKinds.codes, { message: '请选择资金来源' }),
  funder: z.string().trim().min(1, { message: '请填写出资方' }).max(100, { message: '出资方不超过 100 字' }),
  unitId: z.uuid({ message: '编号格式不正确' }).optional(),
  amount: positiveMoney,
});
export const outputBody = z.object({
  kind: z.enum(outputKinds.codes, { message: '请选择产出指标' }),
  unit: z.string().trim().max(20, { message: '单位不超过 20 字' }).optional(),
  planned: quantity,
});

/** The fields a form checks one by one; the body adds the rules across fields. */
export const projectFieldsSchema = z.object({
  name: z.string().trim().min(2, { message: '项目名称至少 2 个字' }).max(100, { message: '项目名称不超过 100 字' }),
  category: z.enum(projectCategories.codes, { message: '请选择项目类别' }),
  villages: z.array(divisionCodeSchema).min(1, { message: '请至少选择一个村' }).max(50, { message: '最多 50 个村' }),
  responsibleEntity: z.string().trim().min(2, { message: '请填写实施主体' }).max(100, { message: '实施主体不超过 100 字' }),
  description: z.string().trim().max(2000, { message: '项目内容不超过 2000 字' }).optional(),
  budget: positiveMoney,
  fundSources: z.array(fundSourceBody).min(1, { message: '请至少填写一项资金来源' }).max(20),
  outputs: z.array(outputBody).max(20),
  beneficiaryHouseholdIds: z.array(z.uuid({ message: '编号格式不正确' })).max(2000).optional(),
  plannedStart: isoDate.optional(),
  plannedEnd: isoDate.optional(),
});

/** The sources make up the budget to the cent; the plan does not end before it starts. */
export function fundSourcesGap(budget: string, amounts: readonly string[]): number | null {
  const total = parseMoney(budget);
  const parts = amounts.map(parseMoney);
  if (total === null || parts.some((p) => p === null)) return null;
  return total - sumCents(parts as number[]);
}

export const projectBody = projectFieldsSchema.superRefine((value, ctx) => {
  const gap = fundSourcesGap(value.budget, value.fundSources.map((s) => s.amount));
  if (gap !== null && gap !== 0) {
    const total = formatMoney(toCents(value.budget) - gap);
    ctx.addIssue({ code: 'custom', path: ['fundSources'], message: `资金来源合计 ${total} 与项目预算 ${formatMoney(toCents(value.budget))} 不一致` });
  }
  if (value.plannedStart && value.plannedEnd && value.plannedEnd < value.plannedStart) {
    ctx.addIssue({ code: 'custom', path: ['plannedEnd'], message: '计划完工日期不能早于计划开工日期' });
  }
  if (new Set(value.villages).size !== value.villages.length) ctx.addIssue({ code: 'custom', path: ['villages'], message: '村庄重复' });
  value.outputs.forEach((o, i) => {
    if (o.kind === 'other' && !o.unit) ctx.addIssue({ code: 'custom', path: ['outputs', i, 'unit'], message: '其他产出请填写单位' });
  });
});
export type ProjectBody = z.infer<typeof projectBody>;

export const projectActions = ['review', 'approve', 'start', 'complete', 'accept', 'hand_over', 'return', 'resubmit', 'withdraw', 'reject'] as const;
export type ProjectAction = (typeof projectActions)[number];

export const projectTransitionBody = z.object({
  action: z.enum(projectActions, { message: '不支持的操作' }),
  comment: z.string().trim().max(1000, { message: '意见不超过 1000 字' }).optional(),
  completedOn: isoDate.optional(),
  outputs: z.array(z.object({ id: z.uuid({ message: '编号格式不正确' }), actual: quantity })).max(20).optional(),
});
export type ProjectTransitionBody = z.infer<typeof projectTransitionBody>;

export const projectListQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  category: z.enum(projectCategories.codes).optional(),
  state: z.enum(projectStates).optional(),
  unitId: z.uuid({ message: '编号格式不正确' }).optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(['createdAt', 'budget', 'name', 'noticeEnd']).default('createdAt'),
  order: sortOrder.default('desc'),
});
export type ProjectListQuery = z.infer<typeof projectListQuery>;
export const projectExportQuery = projectListQuery.omit({ page: true, pageSize: true });
export type ProjectExportQuery = z.infer<typeof projectExportQuery>;

export const projectListItem = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  responsibleEntity: z.string(),
  budget: z.string(),
  approvedBudget: z.string().nullable(),
  state: z.enum(projectStates),
  noticeStart: z.string().nullable(),
  noticeEnd: z.string().nullable(),
  beneficiaryHouseholds: z.number().int(),
  beneficiaryPersons: z.number().int(),
  createdAt: z.string(),
});
export type ProjectListItem = z.infer<typeof projectListItem>;
export const projectList = listOf(projectListItem);

export const projectView = projectListItem.extend({
  description: z.string().nullable(),
  proposerUnitId: z.string().nullable(),
  proposerCadreId: z.string().nullable(),
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  startedOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  acceptanceNoticeStart: z.string().nullable(),
  acceptanceNoticeEnd: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  handedOverOn: z.string().nullable(),
  villages: z.array(z.object({ divisionCode: z.string(), name: z.string().nullable() })),
  fundSources: z.array(
    z.object({ id: z.string(), kind: z.string(), funder: z.string(), unitId: z.string().nullable(), amount: z.string(), paid: z.string().nullable() }),
  ),
  outputs: z.array(z.object({ id: z.string(), kind: z.string(), unit: z.string(), planned: z.string(), actual: z.string().nullable() })),
  beneficiaryHouseholdIds: z.array(z.string()),
  workflow: workflowView.nullable(),
  abilities: z.object({ update: z.boolean() }),
});
export type ProjectView = z.infer<typeof projectView>;
export type ProjectList = z.infer<typeof projectList>;
