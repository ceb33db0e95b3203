import { z } from 'zod';
import { divisionCodeSchema, listOf, pageQuery, sortOrder } from './common.ts';
import { keepOrAdjustChoices, satisfactions } from './evaluation-codes.ts';

export { keepOrAdjustChoices, massRatingMinCount, satisfactions, type KeepOrAdjust, type Satisfaction } from './evaluation-codes.ts';

/**
 * 群众评议 (domain.md §10): one-time codes, one per household, printed on slips the village hands out.
 * The alphabet leaves out 0/O and 1/I so a code read off paper is typed right the first time.
 */
export const ratingCodeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const ratingCodeLength = 8;
export const ratingCommentMax = 200;

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** A code as typed: spaces and dashes dropped, lower case raised, so "abcd-efgh" is "ABCDEFGH". */
export function normaliseRatingCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

export const quarterQuery = z.object({
  year: z.coerce.number().int().min(2000, { message: '年份不正确' }).max(2100, { message: '年份不正确' }).optional(),
  quarter: z.coerce.number().int().min(1, { message: '季度应为 1–4' }).max(4, { message: '季度应为 1–4' }).optional(),
});
export type QuarterQuery = z.infer<typeof quarterQuery>;

export const massRatingSorts = ['name', 'divisionCode', 'count'] as const;

export const massRatingExportQuery = quarterQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  q: z.preprocess(emptyToUndefined, z.string().trim().max(50).optional()),
  linkActive: z.enum(['true', 'false']).optional(),
  sort: z.enum(massRatingSorts).default('divisionCode'),
  order: sortOrder,
});
export type MassRatingExportQuery = z.infer<typeof massRatingExportQuery>;
export const massRatingListQuery = massRatingExportQuery.extend(pageQuery.shape);
export type MassRatingListQuery = z.infer<typeof massRatingListQuery>;

/**
 * The counts of one team's quarter. Below the minimum only the number of voices is given and the
 * breakdown is null, so a handful of households cannot be told apart by what they said.
 */
export const ratingSummary = z.object({
  count: z.number().int(),
  shown: z.boolean(),
  satisfied: z.number().int().nullable(),
  fairlySatisfied: z.number().int().nullable(),
  dissatisfied: z.number().int().nullable(),
  keep: z.number().int().nullable(),
  adjust: z.number().int().nullable(),
  hiddenReason: z.string().nullable(),
});
export type RatingSummary = z.infer<typeof ratingSummary>;

export const teamRatingRow = z.object({
  /** The team's id, under the name every list row carries. */
  id: z.uuid(),
  teamId: z.uuid(),
  teamName: z.string(),
  villageName: z.string(),
  divisionCode: z.string(),
  linkActive: z.boolean(),
  /** The public page's token, for those who may print slips; null for readers and when no page is open. */
  token: z.string().nullable(),
  codesIssued: z.number().int(),
  codesUsed: z.number().int(),
  summary: ratingSummary,
});
export type TeamRatingRow = z.infer<typeof teamRatingRow>;

export const massRatingList = listOf(teamRatingRow).extend({
  year: z.number().int(),
  quarter: z.number().int(),
  minCount: z.number().int(),
  abilities: z.object({ manage: z.boolean() }),
});
export type MassRatingList = z.infer<typeof massRatingList>;

export const teamIdParam = z.object({ teamId: z.uuid({ message: '编号格式不正确' }) });

export const ratingLinkView = z.object({ teamId: z.uuid(), token: z.string(), path: z.string(), createdAt: z.string() });
export type RatingLinkView = z.infer<typeof ratingLinkView>;

/** Without a count, one slip per household of the team's villages. */
export const codesBody = z.object({
  count: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ message: '请填写张数' }).int({ message: '张数应为整数' }).min(1, { message: '至少 1 张' }).max(2000, { message: '一次最多 2000 张' }).optional(),
  ),
});
export type CodesBody = z.infer<typeof codesBody>;

/** The plain codes, answered once for printing: only their keyed hashes are kept. */
export const codeBatchView = z.object({
  batchId: z.uuid(),
  teamId: z.uuid(),
  teamName: z.string(),
  villageName: z.string(),
  token: z.string(),
  path: z.string(),
  codes: z.array(z.string()),
});
export type CodeBatchView = z.infer<typeof codeBatchView>;

export const teamSummaryView = z.object({
  teamId: z.uuid(),
  teamName: z.string(),
  villageName: z.string(),
  year: z.number().int(),
  quarter: z.number().int(),
  minCount: z.number().int(),
  summary: ratingSummary,
});
export type TeamSummaryView = z.infer<typeof teamSummaryView>;

export const publicTokenParam = z.object({ token: z.string().max(100) });

const choice = z.object({ code: z.string(), label: z.string() });

/** What anyone with the slip sees: the team and its village, the questions, the public counts. */
export const publicRatingView = z.object({
  teamName: z.string(),
  villageName: z.string(),
  year: z.number().int(),
  quarter: z.number().int(),
  questionnaire: z.object({ satisfactions: z.array(choice), keepOrAdjust: z.array(choice), commentMax: z.number().int() }),
  minCount: z.number().int(),
  summary: ratingSummary,
});
export type PublicRatingView = z.infer<typeof publicRatingView>;

export const publicRatingBody = z.object({
  code: z
    .string({ message: '请输入评议码' })
    .transform(normaliseRatingCode)
    .pipe(
      z
        .string()
        .min(1, { message: '请输入评议码' })
        .regex(new RegExp(`^[${ratingCodeAlphabet}]{${ratingCodeLength}}$`), { message: `评议码为 ${ratingCodeLength} 位字母或数字，请核对纸条` }),
    ),
  satisfaction: z.enum(satisfactions.codes, { message: '请选择满意程度' }),
  keepOrAdjust: z.enum(keepOrAdjustChoices.codes, { message: '请选择是否建议留任' }),
  comment: z.preprocess(emptyToUndefined, z.string().trim().max(ratingCommentMax, { message: `意见建议不超过 ${ratingCommentMax} 字` }).optional()),
});
export type PublicRatingBody = z.input<typeof publicRatingBody>;

export const publicRatingReceipt = z.object({ year: z.number().int(), quarter: z.number().int() });
export type PublicRatingReceipt = z.infer<typeof publicRatingReceipt>;
