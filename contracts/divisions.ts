import { z } from 'zod';
import { divisionCodeSchema, jobView, listOf, pageQuery } from './common.ts';

export const divisionLevels = ['province', 'city', 'county', 'township', 'village', 'group'] as const;
export type DivisionLevelCode = (typeof divisionLevels)[number];
export const divisionLevelLabels: Record<DivisionLevelCode, { zh: string; en: string }> = {
  province: { zh: '省', en: 'Province' },
  city: { zh: '市', en: 'City' },
  county: { zh: '县', en: 'County' },
  township: { zh: '乡镇', en: 'Township' },
  village: { zh: '村', en: 'Village' },
  group: { zh: '村民小组', en: 'Villager group' },
};

// A villager group appends 3 digits to its village's 12.
export const divisionCodeParam = z.object({
  code: z.string().regex(/^[0-9]{12}([0-9]{3})?$/, { message: '行政区划代码应为 12 位数字' }),
});

export const divisionChildrenQuery = z.object({ parent: divisionCodeSchema.optional() });
export type DivisionChildrenQuery = z.infer<typeof divisionChildrenQuery>;

export const divisionNode = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(divisionLevels),
  parentCode: z.string().nullable(),
  hasChildren: z.boolean(),
  source: z.enum(['national', 'local']),
});
export type DivisionNode = z.infer<typeof divisionNode>;
export const divisionNodeList = listOf(divisionNode);

export const divisionSearchQuery = pageQuery.extend({
  q: z.string().trim().min(1, { message: '请输入名称、拼音首字母或代码' }).max(50, { message: '搜索内容不超过 50 字' }),
  level: z.enum(divisionLevels, { message: '层级不正确' }).optional(),
  within: divisionCodeSchema.optional(),
});
export type DivisionSearchQuery = z.infer<typeof divisionSearchQuery>;

export const divisionSearchItem = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(divisionLevels),
  path: z.string(),
});
export type DivisionSearchItem = z.infer<typeof divisionSearchItem>;
export const divisionSearchList = listOf(divisionSearchItem);

const count = (label: string) =>
  z
    .number({ message: `${label}应为整数` })
    .int({ message: `${label}应为整数` })
    .min(0, { message: `${label}不能为负数` })
    .max(10_000_000, { message: `${label}过大` })
    .nullable();

const tags = (label: string) =>
  z
    .array(z.string().trim().min(1, { message: `${label}不能为空` }).max(30, { message: `${label}每项不超过 30 字` }), { message: `${label}格式不正确` })
    .max(20, { message: `${label}最多 20 项` });

/** 村情 (domain.md §1): the figures a county keeps for each village. */
export const villageProfileBody = z
  .object({
    population: count('人口'),
    households: count('户数'),
    poorHouseholds: count('建档立卡贫困户数'),
    // Money travels as a decimal string so it never passes through a float (numeric(14,2)).
    collectiveIncome: z
      .string()
      .trim()
      .regex(/^\d{1,12}(\.\d{1,2})?$/, { message: '村集体经济收入应为金额（元），最多两位小数' })
      .nullable(),
    mainIndustries: tags('主导产业'),
    infrastructureGaps: tags('基础设施短板'),
    latitude: z.number({ message: '纬度应为数字' }).min(-90, { message: '纬度应在 -90 到 90 之间' }).max(90, { message: '纬度应在 -90 到 90 之间' }).nullable(),
    longitude: z
      .number({ message: '经度应为数字' })
      .min(-180, { message: '经度应在 -180 到 180 之间' })
      .max(180, { message: '经度应在 -180 到 180 之间' })
      .nullable(),
    note: z.string().max(2000, { message: '备注不超过 2000 字' }).nullable(),
  })
  .superRefine((value, ctx) => {
    if (value.households !== null && value.poorHouseholds !== null && value.poorHouseholds > value.households) {
      ctx.addIssue({ code: 'custom', path: ['poorHouseholds'], message: '建档立卡贫困户数不能超过总户数' });
    }
    if ((value.latitude === null) !== (value.longitude === null)) {
      ctx.addIssue({ code: 'custom', path: [value.latitude === null ? 'latitude' : 'longitude'], message: '经纬度须同时填写' });
    }
  });
export type VillageProfileBody = z.infer<typeof villageProfileBody>;

export const villageProfileView = z.object({
  population: z.number().nullable(),
  households: z.number().nullable(),
  poorHouseholds: z.number().nullable(),
  collectiveIncome: z.string().nullable(),
  mainIndustries: z.array(z.string()),
  infrastructureGaps: z.array(z.string()),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  note: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type VillageProfileView = z.infer<typeof villageProfileView>;

export const divisionBrief = z.object({ code: z.string(), name: z.string(), level: z.enum(divisionLevels) });

export const divisionDetail = z.object({
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  level: z.enum(divisionLevels),
  parentCode: z.string().nullable(),
  source: z.enum(['national', 'local']),
  hasChildren: z.boolean(),
  childCount: z.number().int(),
  path: z.string(),
  ancestors: z.array(divisionBrief),
  // Only a village carries a profile; null when none has been entered yet or for other levels.
  profile: villageProfileView.nullable(),
  abilities: z.object({ editProfile: z.boolean(), createVillage: z.boolean() }),
});
export type DivisionDetail = z.infer<typeof divisionDetail>;

export const localVillageBody = z.object({
  townshipCode: divisionCodeSchema,
  name: z
    .string({ message: '请填写村名' })
    .trim()
    .min(2, { message: '村名至少 2 个字' })
    .max(30, { message: '村名不超过 30 字' })
    .regex(/^[\u4e00-\u9fa5·（）()0-9]+$/, { message: '村名只能包含汉字、数字和括号' }),
});
export type LocalVillageBody = z.infer<typeof localVillageBody>;

export const loadAllJob = jobView;
