import { z } from 'zod';
import { divisionCodeSchema, isoDate } from './common.ts';
import { campaignLines, type CampaignLine } from './party-codes.ts';

export { campaignLines, type CampaignLine } from './party-codes.ts';

const optionalUuid = (message: string) => z.preprocess((value) => (value === '' ? undefined : value), z.uuid({ message }).optional());
const optionalText = (max: number) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), z.string().trim().max(max, { message: `搜索词不超过 ${max} 字` }).optional());

/**
 * 《“五千行动”专项目标考核办法》 [001]: a weight per line, how far over-fulfilment counts (percent of
 * the target) and the score of a unit that meets every target.
 */
export const assessmentFormulaBody = z
  .object({
    weights: z.partialRecord(
      z.enum(campaignLines.codes, { message: '帮扶类型不正确' }),
      z.number({ message: '权重应为数字' }).min(0, { message: '权重不能为负数' }).max(1000, { message: '权重不超过 1000' }),
    ),
    capPercent: z.number({ message: '请填写完成率上限' }).int({ message: '完成率上限应为整数' }).min(50, { message: '完成率上限不低于 50%' }).max(200, { message: '完成率上限不超过 200%' }),
    fullScore: z.number({ message: '请填写满分' }).gt(0, { message: '满分应大于 0' }).max(10000, { message: '满分不超过 10000' }),
  })
  .refine((formula) => Object.values(formula.weights).some((w) => (w ?? 0) > 0), { message: '至少一项帮扶类型的权重应大于 0', path: ['weights'] });
export type AssessmentFormulaBody = z.infer<typeof assessmentFormulaBody>;

export const assessmentQuery = z.object({ q: optionalText(50), unitId: optionalUuid('单位编号格式不正确') });
export type AssessmentQuery = z.infer<typeof assessmentQuery>;

export const assessmentCell = z.object({
  line: z.enum(campaignLines.codes),
  target: z.number().int(),
  achieved: z.number().int(),
  /** achieved / target in percent, capped; null where the unit has no target on the line. */
  percent: z.number().nullable(),
});
export type AssessmentCell = z.infer<typeof assessmentCell>;

export const assessmentRow = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  cells: z.array(assessmentCell),
  /** null for a unit with no target on any weighted line: there is nothing to assess it against. */
  score: z.number().nullable(),
  rank: z.number().int().nullable(),
});
export type AssessmentRow = z.infer<typeof assessmentRow>;

export const assessmentFormulaView = z.object({
  weights: z.partialRecord(z.enum(campaignLines.codes), z.number()),
  capPercent: z.number(),
  fullScore: z.number(),
});

export const assessmentView = z.object({
  campaignId: z.uuid(),
  campaignName: z.string(),
  lines: z.array(z.enum(campaignLines.codes)),
  formula: assessmentFormulaView,
  rows: z.array(assessmentRow),
});
export type AssessmentView = z.infer<typeof assessmentView>;

/** The campaign figures [001], over a campaign's ledger entries. Funds in yuan, as a decimal string. */
export const campaignFigures = z.object({
  branchesPaired: z.number().int(),
  villagesPaired: z.number().int(),
  secretaries: z.number().int(),
  households: z.number().int(),
  leadingCadres: z.number().int(),
  professionalPersonTimes: z.number().int(),
  memberPersonTimes: z.number().int(),
  problemsSolved: z.number().int(),
  policyItems: z.number().int(),
  technicalServices: z.number().int(),
  ideas: z.number().int(),
  projects: z.number().int(),
  funds: z.string(),
});
export type CampaignFigures = z.infer<typeof campaignFigures>;
export type FigureKey = keyof CampaignFigures;

export const statisticsGroupings = ['unit', 'branch', 'line', 'month', 'region'] as const;
export type StatisticsGrouping = (typeof statisticsGroupings)[number];

export const statisticsQuery = z
  .object({
    groupBy: z.enum(statisticsGroupings, { message: '分组方式不正确' }).default('unit'),
    unitId: optionalUuid('单位编号格式不正确'),
    branchId: optionalUuid('支部编号格式不正确'),
    line: z.preprocess((value) => (value === '' ? undefined : value), z.enum(campaignLines.codes, { message: '帮扶类型不正确' }).optional()),
    dateFrom: z.preprocess((value) => (value === '' ? undefined : value), isoDate.optional()),
    dateTo: z.preprocess((value) => (value === '' ? undefined : value), isoDate.optional()),
    divisionCode: z.preprocess((value) => (value === '' ? undefined : value), divisionCodeSchema.optional()),
  })
  .refine((q) => !q.dateFrom || !q.dateTo || q.dateFrom <= q.dateTo, { message: '开始日期不能晚于结束日期', path: ['dateTo'] });
export type StatisticsQuery = z.infer<typeof statisticsQuery>;

export const statisticsRow = z.object({
  key: z.string(),
  label: z.string(),
  /** Whether a click opens the next level: a unit's branches, a region's children. */
  drillable: z.boolean(),
  figures: campaignFigures,
});
export type StatisticsRow = z.infer<typeof statisticsRow>;

export const statisticsView = z.object({ groupBy: z.enum(statisticsGroupings), totals: campaignFigures, rows: z.array(statisticsRow) });
export type StatisticsView = z.infer<typeof statisticsView>;

export const chainQuery = z.object({ unitId: z.uuid({ message: '请选择单位' }) });

export const chainPerson = z.object({ personName: z.string(), personTimes: z.number().int(), entries: z.number().int() });

export type ChainNode = {
  id: string;
  name: string;
  kind: 'committee' | 'general_branch' | 'branch' | 'temporary_branch';
  figures: CampaignFigures;
  people: { personName: string; personTimes: number; entries: number }[];
  children: ChainNode[];
};
export const chainNode: z.ZodType<ChainNode> = z.lazy(() =>
  z.object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(['committee', 'general_branch', 'branch', 'temporary_branch']),
    figures: campaignFigures,
    people: z.array(chainPerson),
    children: z.array(chainNode),
  }),
);

export const chainView = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  targets: z.array(z.object({ line: z.enum(campaignLines.codes), target: z.number().int(), achieved: z.number().int() })),
  totals: campaignFigures,
  orgs: z.array(chainNode),
});
export type ChainView = z.infer<typeof chainView>;

/** What a unit has achieved on each line, measured as its target is set [001]. */
export const achievedFigure: Record<CampaignLine, FigureKey> = {
  branch_village: 'villagesPaired',
  secretary_household: 'households',
  leader_stay: 'leadingCadres',
  professional_visit: 'professionalPersonTimes',
  member_service: 'memberPersonTimes',
};

const grouped = (n: number) => n.toLocaleString('en-US');

/** Funds as the report says them: 1.93亿元, 56.5万元 or 800元. */
export function fundsText(yuan: string): string {
  const value = Number(yuan);
  if (value >= 1e8) return `${(Math.round(value / 1e6) / 100).toLocaleString('en-US')}亿元`;
  if (value >= 1e4) return `${(Math.round(value / 1e2) / 100).toLocaleString('en-US')}万元`;
  return `${value.toLocaleString('en-US')}元`;
}

/** The figures one clause each, in the report's wording [001]. */
export function figureClauses(f: CampaignFigures): string[] {
  return [
    `已有 ${grouped(f.branchesPaired)} 个机关党支部结对帮扶 ${grouped(f.villagesPaired)} 个村`,
    `${grouped(f.secretaries)} 名机关党支部书记牵头帮扶 ${grouped(f.households)} 户贫困户`,
    `${grouped(f.leadingCadres)} 名领导干部进村蹲点调研`,
    `${grouped(f.professionalPersonTimes)} 人次专业技术人员进村帮难解困`,
    `${grouped(f.memberPersonTimes)} 人次党员干部进村服务发展`,
    `帮助解决问题 ${grouped(f.problemsSolved)} 个`,
    `提供政策和信息支持 ${grouped(f.policyItems)} 条`,
    `提供技术服务 ${grouped(f.technicalServices)} 人次`,
    `帮助完善发展思路 ${grouped(f.ideas)} 条`,
    `帮助谋划、引进和生成项目 ${grouped(f.projects)} 个`,
    `资金达 ${fundsText(f.funds)}`,
  ];
}

export function figuresSentence(f: CampaignFigures): string {
  return `${figureClauses(f).join('，')}。`;
}

/** Column headings of the figures, for tables and sheets. */
export const figureLabels: Record<FigureKey, { zh: string; en: string }> = {
  branchesPaired: { zh: '结对支部（个）', en: 'Branches paired' },
  villagesPaired: { zh: '结对村（个）', en: 'Villages paired' },
  secretaries: { zh: '牵头支部书记（名）', en: 'Secretaries' },
  households: { zh: '帮扶贫困户（户）', en: 'Households' },
  leadingCadres: { zh: '蹲点领导干部（名）', en: 'Leading cadres' },
  professionalPersonTimes: { zh: '专业技术人员（人次）', en: 'Professionals (person-times)' },
  memberPersonTimes: { zh: '党员干部服务（人次）', en: 'Members serving (person-times)' },
  problemsSolved: { zh: '解决问题（个）', en: 'Problems solved' },
  policyItems: { zh: '政策和信息支持（条）', en: 'Policy items' },
  technicalServices: { zh: '技术服务（人次）', en: 'Technical services' },
  ideas: { zh: '发展思路（条）', en: 'Ideas' },
  projects: { zh: '项目（个）', en: 'Projects' },
  funds: { zh: '资金（元）', en: 'Funds (yuan)' },
};
export const figureKeys = Object.keys(figureLabels) as FigureKey[];

export const groupingLabels: Record<StatisticsGrouping, { zh: string; en: string }> = {
  unit: { zh: '单位', en: 'Unit' },
  branch: { zh: '支部', en: 'Branch' },
  line: { zh: '帮扶类型', en: 'Line' },
  month: { zh: '月份', en: 'Month' },
  region: { zh: '地区', en: 'Region' },
};
