import { z } from 'zod';
import { divisionCodeSchema, listOf, pageQuery, sortOrder } from './common.ts';
import { villageClassCodes } from './evaluation-codes.ts';
import { villageProfileView } from './divisions.ts';

export { villageClassCodes, type VillageClassCode } from './evaluation-codes.ts';

const classCode = z.enum(villageClassCodes.codes, { message: '请选择村分类' });
const year = z.coerce
  .number({ message: '年度应为数字' })
  .int({ message: '年度应为整数' })
  .min(2000, { message: '年度不早于 2000 年' })
  .max(2100, { message: '年度不晚于 2100 年' });
const text = (label: string, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, { message: `请填写${label}` })
    .max(max, { message: `${label}不超过 ${max} 字` });

const classFields = {
  classCode,
  /** Lesser factors besides the main class, each at most once. */
  otherFactors: z.array(classCode).max(5, { message: '其他制约因素最多选 5 项' }).default([]),
  reason: text('分类理由', 500),
  supportPlan: text('帮扶措施', 2000),
  backingUnitIds: z.array(z.uuid({ message: '请选择帮扶责任单位' })).max(20, { message: '帮扶责任单位最多 20 个' }).default([]),
};

function checkFactors(value: { classCode: string; otherFactors: string[]; backingUnitIds: string[] }, ctx: z.RefinementCtx): void {
  if (value.otherFactors.includes(value.classCode)) ctx.addIssue({ code: 'custom', path: ['otherFactors'], message: '其他制约因素不能与主要分类相同' });
  if (new Set(value.otherFactors).size !== value.otherFactors.length) ctx.addIssue({ code: 'custom', path: ['otherFactors'], message: '其他制约因素不能重复' });
  if (new Set(value.backingUnitIds).size !== value.backingUnitIds.length) ctx.addIssue({ code: 'custom', path: ['backingUnitIds'], message: '帮扶责任单位不能重复' });
}

/** domain.md §9 [002]: a village classed for a year by what most holds it back. */
export const villageClassBody = z.object({ divisionCode: divisionCodeSchema, year, ...classFields }).superRefine(checkFactors);
export type VillageClassBody = z.infer<typeof villageClassBody>;

/** The village and the year stay; a wrong one is deleted and classed again. */
export const villageClassUpdateBody = z.object(classFields).superRefine(checkFactors);
export type VillageClassUpdateBody = z.infer<typeof villageClassUpdateBody>;

export const villageClassSorts = ['year', 'divisionCode', 'classCode', 'updatedAt'] as const;

export const villageClassListQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  year: year.optional(),
  classCode: classCode.optional(),
  sort: z.enum(villageClassSorts).default('divisionCode'),
  order: sortOrder,
});
export type VillageClassListQuery = z.infer<typeof villageClassListQuery>;
export const villageClassExportQuery = villageClassListQuery.omit({ page: true, pageSize: true });
export type VillageClassExportQuery = z.infer<typeof villageClassExportQuery>;

export const villageClassSummaryQuery = z.object({ divisionCode: divisionCodeSchema.optional(), year: year.optional() });
export type VillageClassSummaryQuery = z.infer<typeof villageClassSummaryQuery>;

export const villageClassView = z.object({
  id: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  path: z.string().nullable(),
  year: z.number().int(),
  classCode,
  otherFactors: z.array(classCode),
  reason: z.string(),
  supportPlan: z.string(),
  backingUnits: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
  decidedByName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type VillageClassView = z.infer<typeof villageClassView>;
export const villageClassList = listOf(villageClassView);

export const villageClassSummary = z.object({
  divisionCode: z.string().nullable(),
  year: z.number().int(),
  total: z.number().int(),
  /** Every class, with 0 where none, in the code list's order, so a chart keeps its axis. */
  classes: z.array(z.object({ classCode, count: z.number().int() })),
});
export type VillageClassSummary = z.infer<typeof villageClassSummary>;

export const villageCodeParam = z.object({ code: divisionCodeSchema });

export const stationedTeam = z.object({
  id: z.string(),
  name: z.string(),
  termStart: z.string(),
  termEnd: z.string().nullable(),
  units: z.array(z.object({ id: z.string(), name: z.string(), isLead: z.boolean() })),
  members: z.array(z.object({ name: z.string(), role: z.string(), joinedOn: z.string() })),
});
export type StationedTeam = z.infer<typeof stationedTeam>;

/** The village profile page: where it is, its 村情, its classes year by year and the teams there now. */
export const villagePage = z.object({
  code: z.string(),
  name: z.string(),
  path: z.string(),
  profile: villageProfileView.nullable(),
  currentYear: z.number().int(),
  classes: z.array(villageClassView),
  teams: z.array(stationedTeam),
  counts: z.object({ households: z.number().int(), projects: z.number().int() }),
  abilities: z.object({ editProfile: z.boolean(), classify: z.boolean() }),
});
export type VillagePage = z.infer<typeof villagePage>;
