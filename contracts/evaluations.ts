import { z } from 'zod';
import { divisionCodeSchema, listOf, pageQuery } from './common.ts';
import { evaluationStates, rubricMethods } from './evaluation-codes.ts';

export { evaluationStates, rubricMethods, type EvaluationState, type RubricItem, type RubricMethod, type ScoreEvidence, type ScoreSource } from './evaluation-codes.ts';

/** A score with two decimals at most, as the table keeps it. */
const points = (label: string) =>
  z
    .number({ message: `请填写${label}` })
    .min(0, { message: `${label}不能小于 0` })
    .max(100, { message: `${label}不能大于 100` })
    .refine((value) => Math.round(value * 100) === value * 100, { message: `${label}最多两位小数` });

export const rubricItemSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, { message: '项目代码应为小写字母开头的字母、数字或下划线，不超过 40 个字符' }),
  label: z.string().trim().min(1, { message: '请填写项目名称' }).max(40, { message: '项目名称不超过 40 字' }),
  method: z.enum(rubricMethods.codes, { message: '请选择计分方式' }),
  maxScore: points('分值').refine((value) => value > 0, { message: '分值应大于 0' }),
  target: z.number().positive({ message: '目标值应大于 0' }).max(100000, { message: '目标值过大' }).optional(),
  deductPer: z.number().positive({ message: '每次扣分应大于 0' }).max(100, { message: '每次扣分不能大于 100' }).optional(),
});

export const rubricQuery = z.object({ divisionCode: divisionCodeSchema.optional() });
export type RubricQuery = z.infer<typeof rubricQuery>;

export const rubricBody = z.object({
  divisionCode: divisionCodeSchema,
  name: z.string().trim().min(1, { message: '请填写细则名称' }).max(60, { message: '细则名称不超过 60 字' }),
  items: z.array(rubricItemSchema).min(1, { message: '至少设置一个测评项目' }).max(30, { message: '测评项目不超过 30 个' }),
});
export type RubricBody = z.infer<typeof rubricBody>;

export const rubricView = z.object({
  divisionCode: z.string(),
  name: z.string(),
  /** Where the rubric comes from: the county's own, an ancestor's, or the built-in default. */
  origin: z.enum(['own', 'inherited', 'default']),
  originDivisionCode: z.string().nullable(),
  originDivisionName: z.string().nullable(),
  items: z.array(rubricItemSchema),
  editable: z.boolean(),
});
export type RubricView = z.infer<typeof rubricView>;

export const openBody = z.object({
  divisionCode: divisionCodeSchema,
  year: z.number({ message: '请填写年份' }).int({ message: '年份应为整数' }).min(2015, { message: '年份不早于 2015' }).max(2100, { message: '年份不晚于 2100' }),
  quarter: z.number({ message: '请选择季度' }).int({ message: '季度应为 1–4' }).min(1, { message: '季度应为 1–4' }).max(4, { message: '季度应为 1–4' }),
});
export type OpenBody = z.infer<typeof openBody>;

export const evaluationListQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  year: z.coerce.number().int().min(2015).max(2100).optional(),
  quarter: z.coerce.number().int().min(1).max(4).optional(),
  state: z.enum(evaluationStates.codes).optional(),
});
export type EvaluationListQuery = z.infer<typeof evaluationListQuery>;

export const evaluationView = z.object({
  id: z.string(),
  divisionCode: z.string(),
  divisionName: z.string().nullable(),
  year: z.number(),
  quarter: z.number(),
  state: z.enum(evaluationStates.codes),
  cadreCount: z.number(),
  missingCount: z.number(),
  computedAt: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type EvaluationView = z.infer<typeof evaluationView>;
export const evaluationList = listOf(evaluationView);

export const rankingQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  sort: z.enum(['total', 'rank']).default('rank'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type RankingQuery = z.infer<typeof rankingQuery>;
export const rankingExportQuery = rankingQuery.omit({ page: true, pageSize: true });
export type RankingExportQuery = z.infer<typeof rankingExportQuery>;

export const ranks = z.object({ county: z.number(), township: z.number(), team: z.number(), village: z.number() });
export type Ranks = z.infer<typeof ranks>;

export const rankingRow = z.object({
  cadreId: z.string(),
  cadreName: z.string(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  townshipName: z.string().nullable(),
  total: z.number(),
  missing: z.number(),
  rank: ranks,
  scores: z.record(z.string(), z.number().nullable()),
});
export type RankingRow = z.infer<typeof rankingRow>;

export const evaluationDetail = evaluationView.extend({
  rubric: z.array(rubricItemSchema),
  abilities: z.object({ scoreTownship: z.boolean(), scoreCounty: z.boolean(), adjust: z.boolean(), recompute: z.boolean(), confirm: z.boolean(), publish: z.boolean() }),
  ranking: listOf(rankingRow),
});
export type EvaluationDetail = z.infer<typeof evaluationDetail>;

const evidenceSchema = z.object({
  figures: z.record(z.string(), z.union([z.number(), z.string()])),
  links: z.array(z.object({ label: z.string(), href: z.string() })),
});

export const adjustmentView = z.object({
  id: z.string(),
  itemKey: z.string(),
  before: z.number().nullable(),
  after: z.number(),
  reason: z.string(),
  adjustedByName: z.string().nullable(),
  adjustedAt: z.string(),
});
export type AdjustmentView = z.infer<typeof adjustmentView>;

export const itemScore = z.object({
  key: z.string(),
  label: z.string(),
  method: z.enum(rubricMethods.codes),
  maxScore: z.number(),
  source: z.enum(['computed', 'township', 'county']),
  score: z.number().nullable(),
  computedScore: z.number().nullable(),
  evidence: evidenceSchema,
  scoredByName: z.string().nullable(),
  scoredAt: z.string().nullable(),
});
export type ItemScore = z.infer<typeof itemScore>;

export const breakdownView = z.object({
  evaluationId: z.string(),
  year: z.number(),
  quarter: z.number(),
  state: z.enum(evaluationStates.codes),
  cadreId: z.string(),
  cadreName: z.string(),
  teamName: z.string().nullable(),
  villageName: z.string().nullable(),
  total: z.number(),
  rank: ranks,
  rankedCount: z.number(),
  items: z.array(itemScore),
  adjustments: z.array(adjustmentView),
});
export type BreakdownView = z.infer<typeof breakdownView>;

export const cadreParams = z.object({ id: z.uuid({ message: '编号格式不正确' }), cadreId: z.uuid({ message: '编号格式不正确' }) });

export const scoreEntry = z.object({
  cadreId: z.uuid({ message: '请选择干部' }),
  itemKey: z.string().min(1, { message: '请选择测评项目' }),
  score: points('得分'),
});
export const scoresBody = z.array(scoreEntry).min(1, { message: '请至少填写一项得分' }).max(2000, { message: '一次最多提交 2000 项得分' });
export type ScoresBody = z.infer<typeof scoresBody>;
export const scoresResult = z.object({ saved: z.number() });

export const adjustmentBody = scoreEntry.extend({
  reason: z.string().trim().min(4, { message: '调整理由至少 4 个字' }).max(500, { message: '调整理由不超过 500 字' }),
});
export type AdjustmentBody = z.infer<typeof adjustmentBody>;

export const mineItem = z.object({
  evaluationId: z.string(),
  year: z.number(),
  quarter: z.number(),
  divisionName: z.string().nullable(),
  publishedAt: z.string().nullable(),
  total: z.number(),
  rank: z.number(),
  rankedCount: z.number(),
  items: z.array(itemScore),
  adjustments: z.array(adjustmentView),
});
export type MineItem = z.infer<typeof mineItem>;
export const mineList = listOf(mineItem);
