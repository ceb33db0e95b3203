import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { isMobilePhone, phoneMessage } from './identity.ts';
import { moneyText } from './projects.ts';
import { parseMoney } from './money.ts';
import { briefingChannels, contributionKinds } from './social-codes.ts';

export { briefingChannels, contributionKinds, type BriefingChannel, type ContributionKind } from './social-codes.ts';

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, { message })
    .nullish()
    .transform((v) => v || null);

/** 2026-Q3: the quarter a 定期通报 covers. */
export const periodSchema = z.string().regex(/^\d{4}-Q[1-4]$/, { message: '季度格式应为 YYYY-Qn，如 2026-Q3' });

// Left out means "keep what is stored"; empty or null means "no phone".
const phoneField = z
  .string()
  .trim()
  .refine((v) => v === '' || isMobilePhone(v), { message: phoneMessage })
  .nullish()
  .transform((v) => (v === undefined ? undefined : v || null));

/** The fields a form checks one by one (zodRules). */
export const advisorBody = z.object({
  divisionCode: divisionCodeSchema,
  name: z.string().trim().min(2, { message: '姓名至少 2 个字' }).max(30, { message: '姓名不超过 30 字' }),
  occupation: z.string().trim().min(2, { message: '请填写职业或身份，如：在深圳创业的企业家' }).max(60, { message: '职业不超过 60 字' }),
  workplace: optionalText(100, '工作地不超过 100 字'),
  phone: phoneField,
  appointedOn: isoDate,
  active: z.boolean().default(true),
  note: optionalText(500, '备注不超过 500 字'),
});
export type AdvisorBody = z.input<typeof advisorBody>;
export type AdvisorInput = z.output<typeof advisorBody>;

export const advisorListQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  active: flag.optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(['appointedOn', 'name', 'createdAt']).default('appointedOn'),
  order: sortOrder.default('desc'),
});
export type AdvisorListQuery = z.infer<typeof advisorListQuery>;
export const advisorExportQuery = advisorListQuery.omit({ page: true, pageSize: true });
export type AdvisorExportQuery = z.infer<typeof advisorExportQuery>;

export const advisorListItem = z.object({
  id: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  name: z.string(),
  occupation: z.string(),
  workplace: z.string().nullable(),
  /** Masked; the clear number only through reveal, with a reason. */
  phone: z.string().nullable(),
  appointedOn: z.string(),
  active: z.boolean(),
  note: z.string().nullable(),
  supportCount: z.number().int(),
  /** The money and the value of goods the advisor brought, "1234.56". */
  supportValue: z.string(),
  lastPeriod: z.string().nullable(),
  createdAt: z.string(),
});
export type AdvisorListItem = z.infer<typeof advisorListItem>;
export const advisorList = listOf(advisorListItem);
export type AdvisorList = z.infer<typeof advisorList>;

/** What needs a money value: money itself and goods at their value. */
export const valuedKinds: readonly string[] = ['money', 'goods'];

export const supportBody = z
  .object({
    kind: z.enum(contributionKinds.codes, { message: '请选择支持方式' }),
    value: moneyText.optional(),
    quantity: z
      .string()
      .trim()
      .regex(/^\d{1,12}(\.\d{1,2})?$/, { message: '数量格式不正确，最多两位小数' })
      .optional(),
    unit: z.string().trim().max(10, { message: '单位不超过 10 字' }).optional(),
    givenOn: isoDate,
    description: z.string().trim().min(2, { message: '请说明支持的内容' }).max(500, { message: '说明不超过 500 字' }),
    projectId: z.uuid({ message: '编号格式不正确' }).optional(),
  })
  .superRefine((body, ctx) => {
    if (valuedKinds.includes(body.kind) && (body.value === undefined || (parseMoney(body.value) ?? 0) <= 0)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: '资金和物资请填写金额（物资按折价）' });
    }
  });
export type SupportBody = z.input<typeof supportBody>;

export const supportView = z.object({
  id: z.string(),
  advisorId: z.string(),
  advisorName: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  kind: z.enum(contributionKinds.codes),
  value: z.string().nullable(),
  quantity: z.string().nullable(),
  unit: z.string().nullable(),
  givenOn: z.string(),
  description: z.string(),
  projectId: z.string().nullable(),
  projectName: z.string().nullable(),
});
export type SupportView = z.infer<typeof supportView>;

export const supportListQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  kind: z.enum(contributionKinds.codes).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  sort: z.enum(['givenOn', 'value']).default('givenOn'),
  order: sortOrder.default('desc'),
});
export type SupportListQuery = z.infer<typeof supportListQuery>;
export const supportExportQuery = supportListQuery.omit({ page: true, pageSize: true });
export type SupportExportQuery = z.infer<typeof supportExportQuery>;

export const supportTotals = z.object({
  count: z.number().int(),
  value: z.string(),
  byKind: z.array(z.object({ kind: z.enum(contributionKinds.codes), count: z.number().int(), value: z.string() })),
});
export type SupportTotals = z.infer<typeof supportTotals>;
export const supportList = listOf(supportView).extend({ totals: supportTotals });
export type SupportList = z.infer<typeof supportList>;

const codeCount = z.object({ code: z.string(), count: z.number().int() });

/**
 * A briefing as generated and frozen: counts and sums of the village's own records for the quarter.
 * Codes, not labels, so the page shows them in the reader's language; no person is named in it.
 */
export const briefingContent = z.object({
  period: z.string(),
  from: z.string(),
  to: z.string(),
  village: z.object({ code: z.string(), name: z.string(), path: z.string() }),
  households: z.object({
    total: z.number().int(),
    byStatus: z.array(codeCount),
    monitoring: z.array(codeCount),
    monitoringAdded: z.number().int(),
    riskRemoved: z.number().int(),
  }),
  projects: z.object({
    total: z.number().int(),
    byState: z.array(codeCount),
    budget: z.string(),
    started: z.number().int(),
    completed: z.number().int(),
  }),
  funds: z.object({ paidInQuarter: z.string(), payments: z.number().int(), paidToDate: z.string() }),
  demands: z.object({ raised: z.number().int(), solved: z.number().int(), open: z.number().int() }),
  social: z.object({
    donations: z.object({ count: z.number().int(), value: z.string() }),
    enterprises: z.object({ count: z.number().int(), value: z.string() }),
    advisors: z.object({ count: z.number().int(), value: z.string() }),
  }),
  difficulties: z.object({
    openDemands: z.array(codeCount),
    overdueDemands: z.number().int(),
    stalledProjects: z.array(z.object({ name: z.string(), state: z.string(), plannedEnd: z.string().nullable() })),
    indicatorGaps: z.array(codeCount),
  }),
});
export type BriefingContent = z.infer<typeof briefingContent>;

export const briefingView = z.object({
  id: z.string(),
  advisorId: z.string(),
  divisionCode: z.string(),
  period: z.string(),
  generatedAt: z.string(),
  generatedByName: z.string().nullable(),
  /** Only for those who may send briefings: the key of the public page. */
  token: z.string().nullable(),
  revokedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  sentByName: z.string().nullable(),
  channel: z.enum(briefingChannels.codes).nullable(),
  openedAt: z.string().nullable(),
  content: briefingContent,
});
export type BriefingView = z.infer<typeof briefingView>;

export const advisorView = advisorListItem.extend({
  supports: z.array(supportView),
  briefings: z.array(briefingView),
  abilities: z.object({ write: z.boolean(), brief: z.boolean(), reveal: z.boolean() }),
});
export type AdvisorView = z.infer<typeof advisorView>;

export const briefingBody = z.object({
  period: periodSchema,
  /** Replace a briefing of the same quarter that has not been sent yet. */
  regenerate: z.boolean().optional(),
});
export type BriefingBody = z.infer<typeof briefingBody>;

export const bulkBriefingBody = z.object({ period: periodSchema, divisionCode: divisionCodeSchema.optional() });
export type BulkBriefingBody = z.infer<typeof bulkBriefingBody>;
export const bulkBriefingResult = z.object({ advisors: z.number().int(), generated: z.number().int(), existing: z.number().int() });
export type BulkBriefingResult = z.infer<typeof bulkBriefingResult>;

export const sendBody = z.object({ channel: z.enum(briefingChannels.codes, { message: '请选择通报方式' }) });
export type SendBody = z.infer<typeof sendBody>;

export const briefingParams = z.object({ id: z.uuid({ message: '编号格式不正确' }), bid: z.uuid({ message: '编号格式不正确' }) });
export const briefingTokenParam = z.object({ token: z.string().max(200) });

export const publicBriefingView = z.object({ period: z.string(), generatedAt: z.string(), content: briefingContent });
export type PublicBriefingView = z.infer<typeof publicBriefingView>;
