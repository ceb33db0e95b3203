import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { relations, type Label } from './household-codes.ts';

export const labourChannels = ['organized', 'self'] as const;
export type LabourChannel = (typeof labourChannels)[number];
export const labourChannelLabels: Record<LabourChannel, Label> = {
  organized: { zh: '组织化输出', en: 'Organized' },
  self: { zh: '自主外出', en: 'On their own' },
};

const text = (label: string, max: number) => z.string().trim().min(1, { message: `请填写${label}` }).max(max, { message: `${label}不超过 ${max} 字` });

const labourFields = {
  /** Where: the province first (广东省深圳市宝安区), so the summary can count by province. */
  destination: text('务工地点', 100),
  employer: text('就业单位', 100),
  job: z.string().trim().max(50, { message: '工种不超过 50 字' }).optional(),
  organized: z.enum(labourChannels, { message: '请选择输出方式' }),
  startedOn: isoDate,
  endedOn: isoDate.optional(),
  monthlyIncome: z.coerce
    .number({ message: '请填写月收入（元）' })
    .min(0, { message: '月收入不能为负数' })
    .max(1_000_000, { message: '月收入不超过 1000000 元' }),
};

function endedNotBeforeStarted(value: { startedOn: string; endedOn?: string | undefined }, ctx: z.RefinementCtx) {
  if (value.endedOn && value.endedOn < value.startedOn) ctx.addIssue({ code: 'custom', path: ['endedOn'], message: '返乡日期不能早于外出日期' });
}

/** The fields a form checks one by one; the bodies add the cross-field rule. */
export const labourFieldsSchema = z.object({ personId: z.uuid({ message: '请选择外出务工人员' }), ...labourFields });

export const labourCreateBody = labourFieldsSchema.superRefine(endedNotBeforeStarted);
export type LabourCreateBody = z.infer<typeof labourCreateBody>;

/** The person stays; where, for whom and for how much may change. */
export const labourUpdateBody = z.object(labourFields).superRefine(endedNotBeforeStarted);
export type LabourUpdateBody = z.infer<typeof labourUpdateBody>;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const labourListQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  householdId: z.uuid({ message: '编号格式不正确' }).optional(),
  destination: z.string().trim().max(50).optional(),
  organized: z.enum(labourChannels).optional(),
  /** Only those working away today. */
  current: flag.optional(),
  sort: z.enum(['startedOn', 'monthlyIncome', 'createdAt']).default('startedOn'),
  order: sortOrder.default('desc'),
});
export type LabourListQuery = z.infer<typeof labourListQuery>;
export const labourExportQuery = labourListQuery.omit({ page: true, pageSize: true });
export type LabourExportQuery = z.infer<typeof labourExportQuery>;

export const labourListItem = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string().nullable(),
  householdId: z.string(),
  householderName: z.string().nullable(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  destination: z.string(),
  province: z.string().nullable(),
  employer: z.string(),
  job: z.string().nullable(),
  organized: z.enum(labourChannels),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  monthlyIncome: z.number(),
  /** Away today: started, and not yet back. */
  current: z.boolean(),
  createdAt: z.string(),
});
export type LabourListItem = z.infer<typeof labourListItem>;
export const labourList = listOf(labourListItem);
export type LabourList = z.infer<typeof labourList>;

export const labourView = labourListItem.extend({ abilities: z.object({ update: z.boolean() }) });
export type LabourView = z.infer<typeof labourView>;

export const labourSummaryQuery = z.object({ divisionCode: divisionCodeSchema.optional() });
export type LabourSummaryQuery = z.infer<typeof labourSummaryQuery>;

export const labourSummary = z.object({
  /** People working away today. */
  current: z.number().int(),
  organized: z.number().int(),
  averageMonthlyIncome: z.number().nullable(),
  /** Province (or 其他 when the destination names none), most people first. */
  byProvince: z.array(z.object({ province: z.string(), people: z.number().int(), averageMonthlyIncome: z.number().nullable() })),
});
export type LabourSummary = z.infer<typeof labourSummary>;

export const labourPersonsQuery = z.object({ householdId: z.uuid({ message: '请选择农户' }) });
export const labourPerson = z.object({
  id: z.string(),
  name: z.string(),
  relation: z.enum(relations.codes),
  idNumberMasked: z.string(),
  birthDate: z.string(),
  labourAbility: z.string(),
});
export type LabourPerson = z.infer<typeof labourPerson>;
export const labourPersons = z.object({ items: z.array(labourPerson) });
export type LabourPersons = z.infer<typeof labourPersons>;
