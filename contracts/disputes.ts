import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { disputeStates, type DisputeState, type Label } from './household-codes.ts';

export { disputeStates, type DisputeState };

function codeList<const K extends string>(entries: Record<K, Label>) {
  return { codes: Object.keys(entries) as [K, ...K[]], labels: entries };
}

/** 矛盾纠纷 categories. */
export const disputeCategories = codeList({
  land: { zh: '土地', en: 'Land' },
  forest_rights: { zh: '林权', en: 'Forest rights' },
  neighbours: { zh: '邻里', en: 'Neighbours' },
  family: { zh: '婚姻家庭', en: 'Marriage and family' },
  debt: { zh: '债务', en: 'Debt' },
  other: { zh: '其他', en: 'Other' },
});
export type DisputeCategory = (typeof disputeCategories.codes)[number];

const text = (label: string, min: number, max: number) =>
  z.string().trim().min(min, { message: min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字` }).max(max, { message: `${label}不超过 ${max} 字` });

const disputeFields = {
  title: text('纠纷名称', 2, 100),
  category: z.enum(disputeCategories.codes, { message: '请选择纠纷类别' }),
  parties: text('当事人', 2, 500),
  description: text('纠纷情况', 2, 4000),
  /** When the dispute itself began, which may be decades before it was reported. */
  startedOn: isoDate.optional(),
  reportedOn: isoDate,
};

function startedNotAfterReported(value: { startedOn?: string | undefined; reportedOn: string }, ctx: z.RefinementCtx) {
  if (value.startedOn && value.startedOn > value.reportedOn) ctx.addIssue({ code: 'custom', path: ['startedOn'], message: '纠纷发生日期不能晚于登记日期' });
}

/** The fields a form checks one by one; the bodies add the cross-field rule. */
export const disputeFieldsSchema = z.object({ ...disputeFields, divisionCode: divisionCodeSchema.optional() });

/** A dispute belongs to a village: the one named, or the one the account serves. */
export const disputeCreateBody = disputeFieldsSchema.superRefine(startedNotAfterReported);
export type DisputeCreateBody = z.infer<typeof disputeCreateBody>;

export const disputeUpdateBody = z.object(disputeFields).superRefine(startedNotAfterReported);
export type DisputeUpdateBody = z.infer<typeof disputeUpdateBody>;

export const mediationBody = z.object({
  mediatedOn: isoDate,
  mediators: text('调解人', 2, 200),
  content: text('调解情况', 2, 4000),
  result: z.string().trim().max(1000, { message: '调解结果不超过 1000 字' }).optional(),
});
export type MediationBody = z.infer<typeof mediationBody>;

export const disputeResolveBody = z.object({ resolvedOn: isoDate, outcome: text('化解结果', 2, 2000) });
export type DisputeResolveBody = z.infer<typeof disputeResolveBody>;

export const disputeReferBody = z.object({ reason: text('移交理由', 2, 1000) });
export type DisputeReferBody = z.infer<typeof disputeReferBody>;

export const disputeListQuery = pageQuery.extend({
  state: z.enum(disputeStates.codes).optional(),
  category: z.enum(disputeCategories.codes).optional(),
  divisionCode: divisionCodeSchema.optional(),
  q: z.string().trim().max(50).optional(),
  /** Reported on or after / on or before. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  sort: z.enum(['reportedOn', 'startedOn', 'createdAt']).default('reportedOn'),
  order: sortOrder.default('desc'),
});
export type DisputeListQuery = z.infer<typeof disputeListQuery>;
export const disputeExportQuery = disputeListQuery.omit({ page: true, pageSize: true });
export type DisputeExportQuery = z.infer<typeof disputeExportQuery>;

export const disputeListItem = z.object({
  id: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  title: z.string(),
  category: z.enum(disputeCategories.codes),
  parties: z.string(),
  description: z.string(),
  startedOn: z.string().nullable(),
  reportedOn: z.string(),
  state: z.enum(disputeStates.codes),
  resolvedOn: z.string().nullable(),
  outcome: z.string().nullable(),
  /** Whole years from its start (or report) to its resolution, or to today while it lasts. */
  ageYears: z.number().int(),
  mediationCount: z.number().int(),
  createdAt: z.string(),
});
export type DisputeListItem = z.infer<typeof disputeListItem>;
export const disputeList = listOf(disputeListItem);
export type DisputeList = z.infer<typeof disputeList>;

export const mediationView = z.object({
  id: z.string(),
  mediatedOn: z.string(),
  mediators: z.string(),
  content: z.string(),
  result: z.string().nullable(),
  createdAt: z.string(),
});
export type MediationView = z.infer<typeof mediationView>;

export const disputeView = disputeListItem.extend({
  mediations: z.array(mediationView),
  abilities: z.object({ update: z.boolean(), mediate: z.boolean(), resolve: z.boolean(), refer: z.boolean() }),
});
export type DisputeView = z.infer<typeof disputeView>;
