import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { campaignLines, campaignStatuses, campaignTaskStates } from './party-codes.ts';

export { campaignLines, campaignStatuses, campaignTaskStates, ledgerOutputs, type CampaignLine, type CampaignStatus, type CampaignTaskState } from './party-codes.ts';

const text = (label: string, max: number) => z.string().trim().min(1, { message: `请填写${label}` }).max(max, { message: `${label}不超过 ${max} 字` });
const optionalText = (label: string, max: number) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), z.string().trim().max(max, { message: `${label}不超过 ${max} 字` }).optional());
const optionalUuid = (message: string) => z.preprocess((value) => (value === '' || value === null ? undefined : value), z.uuid({ message }).optional());
const optionalDivision = z.preprocess((value) => (value === '' || value === null ? undefined : value), divisionCodeSchema.optional());
const line = z.enum(campaignLines.codes, { message: '请选择帮扶行动' });
const count = (label: string, min = 0) =>
  z.coerce
    .number({ message: `${label}应为整数` })
    .int({ message: `${label}应为整数` })
    .min(min, { message: `${label}不小于 ${min}` })
    .max(1_000_000, { message: `${label}过大` });

export const assessmentFormula = z.object({
  weights: z.partialRecord(line, z.number().min(0, { message: '权重不小于 0' }).max(100, { message: '权重不超过 100' })),
  capPercent: z.number().min(100, { message: '超额封顶不低于 100%' }).max(300, { message: '超额封顶不超过 300%' }),
  fullScore: z.number().min(1, { message: '满分不小于 1' }).max(1000, { message: '满分不超过 1000' }),
});
export type AssessmentFormulaBody = z.infer<typeof assessmentFormula>;

export const campaignBody = z.object({
  name: text('行动名称', 100),
  year: count('年度', 2000).max(2100, { message: '年度不晚于 2100 年' }),
  divisionCode: divisionCodeSchema,
  lines: z.array(line).min(1, { message: '至少启用一项帮扶行动' }),
  startsOn: isoDate,
  endsOn: isoDate,
  description: optionalText('说明', 2000),
  formula: assessmentFormula.optional(),
});
export type CampaignBody = z.infer<typeof campaignBody>;

export const campaignStatusBody = z.object({ status: z.enum(campaignStatuses.codes, { message: '请选择状态' }) });

export const campaignListQuery = pageQuery.extend({
  year: count('年度', 2000).optional(),
  status: z.enum(campaignStatuses.codes).optional(),
  q: z.string().trim().max(50).optional(),
});
export type CampaignListQuery = z.infer<typeof campaignListQuery>;

export const campaignView = z.object({
  id: z.string(),
  name: z.string(),
  year: z.number().int(),
  divisionCode: z.string(),
  divisionName: z.string().nullable(),
  status: z.enum(campaignStatuses.codes),
  lines: z.array(line),
  startsOn: z.string(),
  endsOn: z.string(),
  description: z.string().nullable(),
  formula: assessmentFormula,
  abilities: z.object({ manage: z.boolean(), createTask: z.boolean(), record: z.boolean() }),
});
export type CampaignView = z.infer<typeof campaignView>;
export const campaignList = listOf(campaignView);
export type CampaignList = z.infer<typeof campaignList>;

export const campaignTaskParam = z.object({ id: z.uuid({ message: '编号格式不正确' }), taskId: z.uuid({ message: '编号格式不正确' }) });
export const campaignEntryParam = z.object({ id: z.uuid({ message: '编号格式不正确' }), entryId: z.uuid({ message: '编号格式不正确' }) });
export const campaignUnitParam = z.object({ id: z.uuid({ message: '编号格式不正确' }), unitId: z.uuid({ message: '编号格式不正确' }) });

/** A unit's row of the allocation plan: one target per line, absent where the unit has none. */
export const targetsBody = z.object({ targets: z.partialRecord(line, count('目标数')), note: optionalText('备注', 200) });
export type TargetsBody = z.infer<typeof targetsBody>;

export const targetQuery = z.object({ unitId: optionalUuid('编号格式不正确'), q: z.string().trim().max(50).optional() });
export type TargetQuery = z.infer<typeof targetQuery>;
export const targetRow = z.object({
  unitId: z.string(),
  unitName: z.string(),
  targets: z.partialRecord(line, z.number().int()),
  note: z.string().nullable(),
});
export type TargetRow = z.infer<typeof targetRow>;
export const targetList = z.object({ items: z.array(targetRow), total: z.number().int() });

export const campaignTaskBody = z.object({
  unitId: z.uuid({ message: '请选择单位' }),
  line,
  title: text('任务名称', 200),
  villageCode: optionalDivision,
  householdId: optionalUuid('请选择农户'),
  householdName: optionalText('户主姓名', 50),
  personName: optionalText('帮扶人', 50),
});
export type CampaignTaskBody = z.infer<typeof campaignTaskBody>;
export const branchBody = z.object({ branchId: z.uuid({ message: '请选择支部' }) });
export const doneBody = z.object({ doneOn: isoDate });

export const taskListQuery = pageQuery.extend({
  unitId: optionalUuid('编号格式不正确'),
  branchId: optionalUuid('编号格式不正确'),
  line: line.optional(),
  state: z.enum(campaignTaskStates.codes).optional(),
  divisionCode: optionalDivision,
  sort: z.enum(['createdAt', 'state']).default('createdAt'),
  order: sortOrder.default('desc'),
});
export type TaskListQuery = z.infer<typeof taskListQuery>;
export const taskExportQuery = taskListQuery.omit({ page: true, pageSize: true });
export type TaskExportQuery = z.infer<typeof taskExportQuery>;

export const campaignTaskView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  line,
  title: z.string(),
  branchId: z.string().nullable(),
  branchName: z.string().nullable(),
  villageCode: z.string().nullable(),
  villageName: z.string().nullable(),
  householdId: z.string().nullable(),
  householdName: z.string().nullable(),
  personName: z.string().nullable(),
  state: z.enum(campaignTaskStates.codes),
  doneOn: z.string().nullable(),
  abilities: z.object({ claim: z.boolean(), assign: z.boolean(), done: z.boolean() }),
});
export type CampaignTaskView = z.infer<typeof campaignTaskView>;
export const campaignTaskList = listOf(campaignTaskView);

const money = z
  .string({ message: '请填写资金' })
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, { message: '资金应为不小于 0、不超过两位小数的金额' });

/** One line of 《“五千行动”工作情况登记台账》. */
export const ledgerEntryBody = z.object({
  taskId: optionalUuid('编号格式不正确'),
  line,
  branchId: z.uuid({ message: '请选择支部' }),
  personName: text('帮扶人', 50),
  cadreId: optionalUuid('编号格式不正确'),
  villageCode: divisionCodeSchema,
  householdId: optionalUuid('请选择农户'),
  householdName: optionalText('户主姓名', 50),
  happenedOn: isoDate,
  description: text('帮扶事项', 1000),
  personTimes: count('人次', 1),
  problemsSolved: count('解决问题数'),
  policyItems: count('政策信息条数'),
  technicalServices: count('技术服务人次'),
  ideas: count('发展思路条数'),
  projects: count('项目数'),
  funds: money,
});
export type LedgerEntryBody = z.infer<typeof ledgerEntryBody>;

export const ledgerListQuery = pageQuery.extend({
  unitId: optionalUuid('编号格式不正确'),
  branchId: optionalUuid('编号格式不正确'),
  line: line.optional(),
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
  divisionCode: optionalDivision,
  q: z.string().trim().max(50).optional(),
  sort: z.enum(['happenedOn', 'funds', 'personTimes']).default('happenedOn'),
  order: sortOrder.default('desc'),
});
export type LedgerListQuery = z.infer<typeof ledgerListQuery>;
export const ledgerExportQuery = ledgerListQuery.omit({ page: true, pageSize: true });
export type LedgerExportQuery = z.infer<typeof ledgerExportQuery>;

export const ledgerEntryView = ledgerEntryBody.extend({
  id: z.string(),
  taskId: z.string().nullable(),
  cadreId: z.string().nullable(),
  householdId: z.string().nullable(),
  householdName: z.string().nullable(),
  branchId: z.string(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  branchName: z.string().nullable(),
  villageName: z.string().nullable(),
  personTimes: z.number().int(),
  problemsSolved: z.number().int(),
  policyItems: z.number().int(),
  technicalServices: z.number().int(),
  ideas: z.number().int(),
  projects: z.number().int(),
  mayEdit: z.boolean(),
});
export type LedgerEntryView = z.infer<typeof ledgerEntryView>;
export const ledgerList = listOf(ledgerEntryView);

export const branchQuery = z.object({ unitId: optionalUuid('编号格式不正确') });
export const branchOption = z.object({ id: z.string(), name: z.string(), unitId: z.string(), unitName: z.string().nullable(), mine: z.boolean() });
export type BranchOption = z.infer<typeof branchOption>;
export const branchList = z.object({ items: z.array(branchOption) });
