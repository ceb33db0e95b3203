import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { parseMoney } from './money.ts';
import { pairingActivityKinds, redFlagSteps } from './party-codes.ts';

export { pairingActivityKinds, redFlagSteps, type PairingActivityKind, type RedFlagStep } from './party-codes.ts';

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalText = (label: string, max: number) => z.preprocess(emptyToUndefined, z.string().trim().max(max, { message: `${label}不超过 ${max} 字` }).optional());
const decimal = (label: string, positive: boolean) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d{1,12}(\.\d{1,2})?$/, { message: `${label}应为不超过两位小数的数`, abort: true })
      .refine((value) => !positive || (parseMoney(value) ?? 0) > 0, { message: `${label}应大于 0` })
      .optional(),
  );

/** A unit's organ branch pairs with a village branch from a day, toward goals written down [001]. */
export const pairingBody = z.object({
  organBranchId: z.uuid({ message: '请选择机关党支部' }),
  villageBranchId: z.uuid({ message: '请选择村党支部' }),
  startedOn: isoDate,
  goals: optionalText('共建目标', 1000),
});
export type PairingBody = z.infer<typeof pairingBody>;

/** The pair itself stays; the start and the goals may be corrected. */
export const pairingUpdateBody = pairingBody.pick({ startedOn: true, goals: true });
export type PairingUpdateBody = z.infer<typeof pairingUpdateBody>;

export const pairingEndBody = z.object({ endedOn: isoDate });
export type PairingEndBody = z.infer<typeof pairingEndBody>;

/** What the pair did together: 120 m² of activity room, 2 publicity boards, money spent. */
export const activityBody = z.object({
  kind: z.enum(pairingActivityKinds.codes, { message: '请选择共建内容类别' }),
  happenedOn: isoDate,
  description: z.string().trim().min(1, { message: '请填写共建内容' }).max(500, { message: '共建内容不超过 500 字' }),
  quantity: decimal('数量', true),
  measure: optionalText('计量单位', 10),
  amount: decimal('金额', false),
});
export type ActivityBody = z.infer<typeof activityBody>;

export const redFlagBody = z.object({
  step: z.enum(redFlagSteps.codes, { message: '请选择创建环节' }),
  reachedOn: isoDate,
  note: optionalText('说明', 500),
});
export type RedFlagBody = z.infer<typeof redFlagBody>;

export const activityParams = z.object({
  id: z.uuid({ message: '编号格式不正确' }),
  activityId: z.uuid({ message: '编号格式不正确' }),
});

export const pairingSorts = ['startedOn', 'divisionCode', 'activityCount'] as const;

export const pairingListQuery = pageQuery.extend({
  unitId: z.uuid({ message: '单位编号格式不正确' }).optional(),
  divisionCode: divisionCodeSchema.optional(),
  /** The furthest 红旗 step reached; `none` for pairings that have not applied. */
  redFlagStep: z.enum([...redFlagSteps.codes, 'none'], { message: '红旗党支部创建环节不存在' }).optional(),
  active: z.enum(['true', 'false'], { message: '请选择在结或已结束' }).optional(),
  /** Part of either branch's name. */
  q: z.string().trim().max(50).optional(),
  sort: z.enum(pairingSorts).default('startedOn'),
  order: sortOrder.default('desc'),
});
export type PairingListQuery = z.infer<typeof pairingListQuery>;
export const pairingExportQuery = pairingListQuery.omit({ page: true, pageSize: true });
export type PairingExportQuery = z.infer<typeof pairingExportQuery>;

export const pairingSummaryQuery = z.object({ divisionCode: divisionCodeSchema.optional() });
export type PairingSummaryQuery = z.infer<typeof pairingSummaryQuery>;

const branchSide = z.object({
  id: z.string(),
  name: z.string(),
  divisionCode: z.string(),
  memberCount: z.number().int(),
});

export const pairingView = z.object({
  id: z.string(),
  organBranch: branchSide.extend({ unitId: z.string().nullable(), unitName: z.string().nullable() }),
  villageBranch: branchSide.extend({ villageName: z.string().nullable() }),
  unitId: z.string().nullable(),
  divisionCode: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  goals: z.string().nullable(),
  redFlagStep: z.enum(redFlagSteps.codes).nullable(),
  activityCount: z.number().int(),
  amount: z.string(),
  createdAt: z.string(),
});
export type PairingView = z.infer<typeof pairingView>;
export const pairingList = listOf(pairingView);

export const redFlagEntry = z.object({
  step: z.enum(redFlagSteps.codes),
  reachedOn: z.string(),
  note: z.string().nullable(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
});
export type RedFlagEntry = z.infer<typeof redFlagEntry>;

export const pairingDetail = pairingView.extend({
  redFlag: z.array(redFlagEntry),
  /** The step that comes next, and whether the caller may record it. */
  nextRedFlagStep: z.enum(redFlagSteps.codes).nullable(),
  abilities: z.object({ update: z.boolean(), end: z.boolean(), recordActivity: z.boolean(), recordRedFlag: z.boolean() }),
});
export type PairingDetail = z.infer<typeof pairingDetail>;

export const activityView = z.object({
  id: z.string(),
  pairingId: z.string(),
  kind: z.enum(pairingActivityKinds.codes),
  happenedOn: z.string(),
  description: z.string(),
  quantity: z.string().nullable(),
  measure: z.string().nullable(),
  amount: z.string().nullable(),
  createdAt: z.string(),
});
export type ActivityView = z.infer<typeof activityView>;
export const activityList = listOf(activityView);

export const pairingSummary = z.object({
  divisionCode: z.string().nullable(),
  pairs: z.number().int(),
  active: z.number().int(),
  activities: z.array(z.object({ kind: z.enum(pairingActivityKinds.codes), count: z.number().int() })),
  amount: z.string(),
  /** How many pairings have reached each step. */
  redFlag: z.array(z.object({ step: z.enum(redFlagSteps.codes), count: z.number().int() })),
});
export type PairingSummary = z.infer<typeof pairingSummary>;

/** Branches that may be paired: a unit's organ branches the caller keeps, or branches sitting in villages. */
export const branchCandidateQuery = z.object({
  side: z.enum(['organ', 'village'], { message: '请选择机关支部或村支部' }),
  q: z.string().trim().max(50).optional(),
});
export type BranchCandidateQuery = z.infer<typeof branchCandidateQuery>;
export const branchCandidate = z.object({ id: z.string(), name: z.string(), divisionCode: z.string(), placeName: z.string().nullable(), unitName: z.string().nullable() });
export type BranchCandidate = z.infer<typeof branchCandidate>;
export const branchCandidateList = listOf(branchCandidate);
