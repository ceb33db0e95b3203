import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { isMobilePhone, phoneMessage } from './identity.ts';
import { contributionKinds } from './social-codes.ts';

// 村企连心 ([002]): enterprises paired with poor villages and what they give.

// GB 32100-2015: 31 characters (no I, O, S, V, Z); the 18th is a mod-31 check over the first 17.
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character the first 17 characters of a 统一社会信用代码 call for, or null when one of them is not allowed. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CHARS.indexOf(first17[i] ?? '');
    if (value < 0) return null;
    sum += value * CREDIT_WEIGHTS[i]!;
  }
  return CREDIT_CHARS[(31 - (sum % 31)) % 31]!;
}

/** Why a 统一社会信用代码 is not one, in Chinese; null when it is valid. */
export function creditCodeProblem(value: string): string | null {
  const code = value.trim().toUpperCase();
  if (code.length !== 18) return '统一社会信用代码应为 18 位';
  if (!/^[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}$/.test(code)) return '统一社会信用代码含有不允许的字符';
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return '统一社会信用代码校验位不正确，请核对';
  return null;
}

/** Landlines are common for a company (0774-3821234), so a fixed number counts as well as a mobile. */
export function isContactPhone(value: string): boolean {
  const trimmed = value.trim();
  return isMobilePhone(trimmed) || /^0\d{2,3}-?\d{7,8}$/.test(trimmed);
}

const text = (label: string, max: number) => z.string({ message: `请填写${label}` }).trim().min(1, { message: `请填写${label}` }).max(max, { message: `${label}不超过 ${max} 字` });
// Left out keeps what is stored; empty or null clears it (the key stays optional for callers in code).
const blankToNull = (normalize: (v: string) => string = (v) => v) => (value: unknown) =>
  typeof value === 'string' ? (value.trim() === '' ? null : normalize(value.trim())) : value;

const optionalText = (label: string, max: number) =>
  z.preprocess(blankToNull(), z.string().max(max, { message: `${label}不超过 ${max} 字` }).nullable().optional());

const creditCodeField = z.preprocess(
  blankToNull((v) => v.toUpperCase()),
  z
    .string()
    .superRefine((v, ctx) => {
      const problem = creditCodeProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .nullable()
    .optional(),
);

const phoneField = z.preprocess(
  blankToNull(),
  z
    .string()
    .refine((v) => isContactPhone(v), { message: `${phoneMessage}，或填写固定电话（如 0774-3821234）` })
    .nullable()
    .optional(),
);

export const enterpriseFields = {
  name: text('企业名称', 100),
  creditCode: creditCodeField,
  divisionCode: divisionCodeSchema,
  industry: optionalText('所属行业', 50),
  contactName: optionalText('联系人', 30),
  contactPhone: phoneField,
  partyOrgName: optionalText('企业党组织', 100),
  note: optionalText('备注', 500),
};

export const enterpriseCreateBody = z.object(enterpriseFields);
export type EnterpriseCreateBody = z.infer<typeof enterpriseCreateBody>;
/** Only what is sent changes. */
export const enterpriseUpdateBody = z.object(enterpriseFields).partial();
export type EnterpriseUpdateBody = z.infer<typeof enterpriseUpdateBody>;

export const enterpriseListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  divisionCode: divisionCodeSchema.optional(),
  villageCode: divisionCodeSchema.optional(),
  sort: z.enum(['name', 'createdAt']).default('createdAt'),
  order: sortOrder.default('desc'),
});
export type EnterpriseListQuery = z.infer<typeof enterpriseListQuery>;
export const enterpriseExportQuery = enterpriseListQuery.omit({ page: true, pageSize: true });
export type EnterpriseExportQuery = z.infer<typeof enterpriseExportQuery>;

const villageRef = z.object({ code: z.string(), name: z.string().nullable() });

export const enterpriseListItem = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string().nullable(),
  divisionCode: z.string(),
  divisionName: z.string().nullable(),
  industry: z.string().nullable(),
  contactName: z.string().nullable(),
  /** Masked; the full number only through the audited unmask. */
  contactPhone: z.string().nullable(),
  partyOrgName: z.string().nullable(),
  note: z.string().nullable(),
  /** Villages paired now (pairing not ended), as far as the caller may see them. */
  villages: z.array(villageRef),
});
export type EnterpriseListItem = z.infer<typeof enterpriseListItem>;
export const enterpriseList = listOf(enterpriseListItem);
export type EnterpriseList = z.infer<typeof enterpriseList>;

export const pairingView = z.object({
  id: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  since: z.string(),
  until: z.string().nullable(),
  agreement: z.string().nullable(),
  contributions: z.number().int(),
});
export type PairingView = z.infer<typeof pairingView>;

export const contributionItem = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string().nullable(),
  pairingId: z.string(),
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
export type ContributionItem = z.infer<typeof contributionItem>;
export const contributionList = listOf(contributionItem);
export type ContributionList = z.infer<typeof contributionList>;

/** Money and the value of goods are what the enterprise put in; purchases are what it bought from the village. */
export const contributionTotals = z.object({
  money: z.string(),
  goods: z.string(),
  purchases: z.string(),
  /** People employed. */
  jobs: z.number().int(),
  count: z.number().int(),
});
export type ContributionTotals = z.infer<typeof contributionTotals>;

export const enterpriseView = enterpriseListItem.extend({
  pairings: z.array(pairingView),
  /** Newest first. */
  contributions: z.array(contributionItem),
  totals: contributionTotals,
  abilities: z.object({ update: z.boolean(), pair: z.boolean(), contribute: z.boolean(), unmask: z.boolean() }),
});
export type EnterpriseView = z.infer<typeof enterpriseView>;

export const unmaskBody = z.object({
  reason: z.string().trim().min(4, { message: '查看原因至少 4 个字' }).max(200, { message: '查看原因不超过 200 字' }),
});
export type UnmaskBody = z.infer<typeof unmaskBody>;
export const unmaskResponse = z.object({ value: z.string() });

export const pairingBody = z.object({
  divisionCode: divisionCodeSchema,
  since: isoDate,
  agreement: optionalText('结对协议', 500),
});
export type PairingBody = z.infer<typeof pairingBody>;

export const pairingEndBody = z.object({ until: isoDate });
export type PairingEndBody = z.infer<typeof pairingEndBody>;

export const pairingParams = z.object({ id: z.uuid({ message: '编号格式不正确' }), pairingId: z.uuid({ message: '编号格式不正确' }) });
export const contributionParams = z.object({ id: z.uuid({ message: '编号格式不正确' }), contributionId: z.uuid({ message: '编号格式不正确' }) });

const optionalUuid = z.preprocess((value) => (value === '' || value === null ? undefined : value), z.uuid({ message: '编号格式不正确' }).optional());
const optionalMoney = z.preprocess(
  (value) => (value === '' || value === null ? undefined : value),
  z
    .string()
    .trim()
    .regex(/^\d{1,12}(\.\d{1,2})?$/, { message: '金额应为不超过两位小数的非负数' })
    .optional(),
);
const optionalQuantity = z.preprocess(
  (value) => (value === '' || value === null ? undefined : value),
  z
    .string()
    .trim()
    .regex(/^\d{1,12}(\.\d{1,2})?$/, { message: '数量应为不超过两位小数的非负数' })
    .optional(),
);

/** Which of value and quantity a kind needs is checked by the rules (contributionProblems), the same on both sides. */
export const contributionBody = z.object({
  pairingId: z.uuid({ message: '请选择结对村' }),
  kind: z.enum(contributionKinds.codes, { message: '请选择帮扶方式' }),
  value: optionalMoney,
  quantity: optionalQuantity,
  unit: z.preprocess((value) => (typeof value === 'string' && value.trim() === '') || value === null ? undefined : value, z.string().trim().max(10, { message: '单位不超过 10 字' }).optional()),
  givenOn: isoDate,
  description: text('帮扶内容', 300),
  projectId: optionalUuid,
});
export type ContributionBody = z.infer<typeof contributionBody>;

export const contributionListQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  kind: z.enum(contributionKinds.codes).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  enterpriseId: z.uuid({ message: '编号格式不正确' }).optional(),
  sort: z.enum(['givenOn', 'value']).default('givenOn'),
  order: sortOrder.default('desc'),
});
export type ContributionListQuery = z.infer<typeof contributionListQuery>;
export const contributionExportQuery = contributionListQuery.omit({ page: true, pageSize: true });
export type ContributionExportQuery = z.infer<typeof contributionExportQuery>;

export const enterpriseSummaryQuery = z.object({
  divisionCode: divisionCodeSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type EnterpriseSummaryQuery = z.infer<typeof enterpriseSummaryQuery>;

export const summaryFigures = z.object({
  /** Enterprises with a pairing not ended in the region. */
  enterprises: z.number().int(),
  villages: z.number().int(),
  /** Money plus the value of goods. */
  moneyAndGoods: z.string(),
  purchases: z.string(),
  jobs: z.number().int(),
});
export type SummaryFigures = z.infer<typeof summaryFigures>;

export const enterpriseSummary = z.object({
  divisionCode: z.string(),
  name: z.string(),
  year: z.number().int().nullable(),
  rows: z.array(summaryFigures.extend({ divisionCode: z.string(), name: z.string(), drillable: z.boolean() })),
  total: summaryFigures,
});
export type EnterpriseSummary = z.infer<typeof enterpriseSummary>;
export type EnterpriseSummaryRow = EnterpriseSummary['rows'][number];
