import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { moneyText } from './assets.ts';
import { demoBaseKinds } from './social-codes.ts';

export { demoBaseKinds, type DemoBaseKind } from './social-codes.ts';

/** Garden-like records a party member builds ([004]: 帮扶示范园, including the collective's). */
export const gardenKinds = ['garden', 'collective'] as const;

const text = (label: string, max: number) => z.string({ message: `请填写${label}` }).trim().min(1, { message: `请填写${label}` }).max(max, { message: `${label}不超过 ${max} 字` });
const blankToNull = (value: unknown) => (value === '' ? null : value);
const optionalText = (label: string, max: number) =>
  z.preprocess(blankToNull, z.string().trim().max(max, { message: `${label}不超过 ${max} 字` }).nullable().optional());
const optionalUuid = z.preprocess(blankToNull, z.uuid({ message: '编号格式不正确' }).nullable().optional());
const optionalDate = z.preprocess(blankToNull, isoDate.nullable().optional());
const optionalMoney = (label: string) => z.preprocess(blankToNull, moneyText(label).nullable().optional());
const headcount = (label: string) =>
  z.number({ message: `${label}应为整数` }).int({ message: `${label}应为整数` }).min(0, { message: `${label}不能为负数` }).max(1_000_000, { message: `${label}过大` });

/** 面积（亩）: a positive amount with at most two decimals. */
export const areaMuText = z
  .string({ message: '面积应为数字' })
  .trim()
  .regex(/^\d{1,8}(\.\d{1,2})?$/, { message: '面积应为不超过两位小数的数字（亩）' })
  .refine((value) => Number(value) > 0, { message: '面积应大于 0' });

// ---- 特色产业合作社（含带头人） ----
export const cooperativeBody = z.object({
  divisionCode: divisionCodeSchema,
  name: text('合作社名称', 100),
  product: text('主导产业', 50),
  registeredOn: optionalDate,
  leaderName: text('带头人', 30),
  /** 调优训强: the day the county trained the leader; empty while he is not yet trained. */
  leaderTrainedOn: optionalDate,
  memberHouseholds: headcount('社员户数'),
  poorHouseholds: headcount('贫困户社员'),
  peopleEmployed: headcount('带动就业人数'),
  serviceRequestId: optionalUuid,
  note: optionalText('备注', 500),
});
export type CooperativeBody = z.infer<typeof cooperativeBody>;
export const cooperativePatch = cooperativeBody.partial();
export type CooperativePatch = z.infer<typeof cooperativePatch>;

// ---- 产业示范基地 / 帮扶示范园 / 村集体经济园 ----
export const demoBaseBody = z.object({
  divisionCode: divisionCodeSchema,
  kind: z.enum(demoBaseKinds.codes, { message: '请选择类型' }),
  name: text('名称', 100),
  product: text('产业', 50),
  areaMu: z.preprocess(blankToNull, areaMuText.nullable().optional()),
  establishedOn: isoDate,
  responsibleCadreId: optionalUuid,
  cooperativeId: optionalUuid,
  householdsDriven: headcount('带动户数'),
  peopleEmployed: headcount('带动就业人数'),
  yearlyIncome: optionalMoney('年收入'),
  note: optionalText('备注', 500),
});
export type DemoBaseBody = z.infer<typeof demoBaseBody>;
export const demoBasePatch = demoBaseBody.partial();
export type DemoBasePatch = z.infer<typeof demoBasePatch>;

// ---- 帮扶示范户 ([004]: 每名干部打造1个) ----
export const demoHouseholdBody = z.object({
  divisionCode: divisionCodeSchema,
  householdId: z.uuid({ message: '请选择农户' }),
  cadreId: z.uuid({ message: '请选择帮扶干部' }),
  product: text('产业', 50),
  scale: optionalText('规模', 50),
  since: isoDate,
  yearlyIncome: optionalMoney('年收入'),
  householdsDriven: headcount('带动户数'),
  note: optionalText('备注', 500),
});
export type DemoHouseholdBody = z.infer<typeof demoHouseholdBody>;
export const demoHouseholdPatch = demoHouseholdBody.partial();
export type DemoHouseholdPatch = z.infer<typeof demoHouseholdPatch>;

// ---- 先锋示范岗 ----
export const pioneerPostBody = z.object({
  divisionCode: divisionCodeSchema,
  name: text('岗位名称', 100),
  holderCadreId: optionalUuid,
  holderName: text('岗位党员', 30),
  duty: text('岗位职责', 500),
  establishedOn: isoDate,
});
export type PioneerPostBody = z.infer<typeof pioneerPostBody>;
export const pioneerPostPatch = pioneerPostBody.partial();
export type PioneerPostPatch = z.infer<typeof pioneerPostPatch>;

// ---- 特色产业骨干农户 ----
export const coreFarmerBody = z.object({
  divisionCode: divisionCodeSchema,
  name: text('姓名', 30),
  householdId: optionalUuid,
  skill: text('培训技能', 100),
  trainedOn: isoDate,
  trainingHours: z.preprocess(
    blankToNull,
    z.number({ message: '培训学时应为整数' }).int({ message: '培训学时应为整数' }).min(1, { message: '培训学时应大于 0' }).max(10_000, { message: '培训学时过大' }).nullable().optional(),
  ),
  trainer: optionalText('培训单位', 100),
});
export type CoreFarmerBody = z.infer<typeof coreFarmerBody>;
export const coreFarmerPatch = coreFarmerBody.partial();
export type CoreFarmerPatch = z.infer<typeof coreFarmerPatch>;

// ---- lists ----
const listBase = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  q: z.string().trim().max(50).optional(),
  order: sortOrder.default('desc'),
});
const unpaged = { page: true, pageSize: true } as const;

export const cooperativeListQuery = listBase.extend({ sort: z.enum(['registeredOn', 'name', 'peopleEmployed', 'createdAt']).default('createdAt') });
export const cooperativeExportQuery = cooperativeListQuery.omit(unpaged);
export type CooperativeListQuery = z.infer<typeof cooperativeListQuery>;
export type CooperativeExportQuery = z.infer<typeof cooperativeExportQuery>;

export const demoBaseListQuery = listBase.extend({
  kind: z.enum(demoBaseKinds.codes).optional(),
  sort: z.enum(['establishedOn', 'name', 'peopleEmployed', 'yearlyIncome', 'createdAt']).default('createdAt'),
});
export const demoBaseExportQuery = demoBaseListQuery.omit(unpaged);
export type DemoBaseListQuery = z.infer<typeof demoBaseListQuery>;
export type DemoBaseExportQuery = z.infer<typeof demoBaseExportQuery>;

export const demoHouseholdListQuery = listBase.extend({
  cadreId: z.uuid({ message: '编号格式不正确' }).optional(),
  sort: z.enum(['since', 'yearlyIncome', 'createdAt']).default('createdAt'),
});
export const demoHouseholdExportQuery = demoHouseholdListQuery.omit(unpaged);
export type DemoHouseholdListQuery = z.infer<typeof demoHouseholdListQuery>;
export type DemoHouseholdExportQuery = z.infer<typeof demoHouseholdExportQuery>;

export const pioneerPostListQuery = listBase.extend({ sort: z.enum(['establishedOn', 'name', 'createdAt']).default('createdAt') });
export const pioneerPostExportQuery = pioneerPostListQuery.omit(unpaged);
export type PioneerPostListQuery = z.infer<typeof pioneerPostListQuery>;
export type PioneerPostExportQuery = z.infer<typeof pioneerPostExportQuery>;

export const coreFarmerListQuery = listBase.extend({ sort: z.enum(['trainedOn', 'name', 'createdAt']).default('createdAt') });
export const coreFarmerExportQuery = coreFarmerListQuery.omit(unpaged);
export type CoreFarmerListQuery = z.infer<typeof coreFarmerListQuery>;
export type CoreFarmerExportQuery = z.infer<typeof coreFarmerExportQuery>;

// ---- views ----
const place = { id: z.string(), divisionCode: z.string(), villageName: z.string().nullable() };

export const cooperativeView = z.object({
  ...place,
  name: z.string(),
  product: z.string(),
  registeredOn: z.string().nullable(),
  leaderName: z.string(),
  leaderTrainedOn: z.string().nullable(),
  memberHouseholds: z.number(),
  poorHouseholds: z.number(),
  peopleEmployed: z.number(),
  serviceRequestId: z.string().nullable(),
  serviceRequestTitle: z.string().nullable(),
  note: z.string().nullable(),
});
export type CooperativeView = z.infer<typeof cooperativeView>;
export const cooperativeList = listOf(cooperativeView);
export type CooperativeList = z.infer<typeof cooperativeList>;

export const demoBaseView = z.object({
  ...place,
  kind: z.enum(demoBaseKinds.codes),
  name: z.string(),
  product: z.string(),
  areaMu: z.string().nullable(),
  establishedOn: z.string(),
  responsibleCadreId: z.string().nullable(),
  responsibleCadreName: z.string().nullable(),
  cooperativeId: z.string().nullable(),
  cooperativeName: z.string().nullable(),
  householdsDriven: z.number(),
  peopleEmployed: z.number(),
  yearlyIncome: z.string().nullable(),
  note: z.string().nullable(),
});
export type DemoBaseView = z.infer<typeof demoBaseView>;
export const demoBaseList = listOf(demoBaseView);
export type DemoBaseList = z.infer<typeof demoBaseList>;

export const demoHouseholdView = z.object({
  ...place,
  householdId: z.string(),
  householderName: z.string().nullable(),
  cadreId: z.string(),
  cadreName: z.string().nullable(),
  product: z.string(),
  scale: z.string().nullable(),
  since: z.string(),
  yearlyIncome: z.string().nullable(),
  householdsDriven: z.number(),
  note: z.string().nullable(),
});
export type DemoHouseholdView = z.infer<typeof demoHouseholdView>;
export const demoHouseholdList = listOf(demoHouseholdView);
export type DemoHouseholdList = z.infer<typeof demoHouseholdList>;

export const pioneerPostView = z.object({
  ...place,
  name: z.string(),
  holderCadreId: z.string().nullable(),
  holderName: z.string(),
  duty: z.string(),
  establishedOn: z.string(),
});
export type PioneerPostView = z.infer<typeof pioneerPostView>;
export const pioneerPostList = listOf(pioneerPostView);
export type PioneerPostList = z.infer<typeof pioneerPostList>;

export const coreFarmerView = z.object({
  ...place,
  name: z.string(),
  householdId: z.string().nullable(),
  householderName: z.string().nullable(),
  skill: z.string(),
  trainedOn: z.string(),
  trainingHours: z.number().nullable(),
  trainer: z.string().nullable(),
});
export type CoreFarmerView = z.infer<typeof coreFarmerView>;
export const coreFarmerList = listOf(coreFarmerView);
export type CoreFarmerList = z.infer<typeof coreFarmerList>;

// ---- 五个一 summary ----
export const fiveItems = ['cooperative', 'leader', 'base', 'pioneerPost', 'coreFarmer'] as const;
export type FiveItem = (typeof fiveItems)[number];
export const fiveItemLabels: Record<FiveItem, { zh: string; en: string }> = {
  cooperative: { zh: '特色产业合作社', en: 'Cooperative' },
  leader: { zh: '带头人（已培训）', en: 'Trained leader' },
  base: { zh: '产业示范基地', en: 'Demonstration base' },
  pioneerPost: { zh: '先锋示范岗', en: 'Pioneer posts' },
  coreFarmer: { zh: '骨干农户', en: 'Core farmers' },
};

export const industrySummaryQuery = z.object({ divisionCode: divisionCodeSchema.optional() });
export type IndustrySummaryQuery = z.infer<typeof industrySummaryQuery>;

export const industryCounts = z.object({
  cooperatives: z.number(),
  trainedLeaders: z.number(),
  demoBases: z.number(),
  demoGardens: z.number(),
  demoHouseholds: z.number(),
  pioneerPosts: z.number(),
  coreFarmers: z.number(),
  peopleEmployed: z.number(),
  /** Villages holding any of the records, and those holding all five. */
  villages: z.number(),
  villagesComplete: z.number(),
});
export type IndustryCounts = z.infer<typeof industryCounts>;

export const industrySummaryRow = industryCounts.extend({
  divisionCode: z.string(),
  name: z.string().nullable(),
  /** A village row has nothing below it to open. */
  isVillage: z.boolean(),
  present: z.object({ cooperative: z.boolean(), leader: z.boolean(), base: z.boolean(), pioneerPost: z.boolean(), coreFarmer: z.boolean() }),
});
export type IndustrySummaryRow = z.infer<typeof industrySummaryRow>;

/** [004]'s check of one team: who has not yet built what; names, never scores. */
export const teamIndustryCheck = z.object({
  teamId: z.string(),
  teamName: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  members: z.number(),
  partyMembers: z.number(),
  gardens: z.number(),
  demoHouseholds: z.number(),
  partyMembersWithoutGarden: z.array(z.string()),
  cadresWithoutDemoHousehold: z.array(z.string()),
  /** The members in post, for the forms that name a garden's party member or a household's cadre. */
  roster: z.array(z.object({ cadreId: z.string(), name: z.string(), partyMember: z.boolean() })),
});
export type TeamIndustryCheck = z.infer<typeof teamIndustryCheck>;

export const industrySummary = z.object({
  divisionCode: z.string().nullable(),
  name: z.string().nullable(),
  parentCode: z.string().nullable(),
  rows: z.array(industrySummaryRow),
  total: industryCounts,
  teams: z.array(teamIndustryCheck),
});
export type IndustrySummary = z.infer<typeof industrySummary>;
