import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery } from './common.ts';

export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM' });

const uuid = (message: string) => z.uuid({ message });
const flag = z.preprocess((value) => (value === '1' || value === 'true' ? true : value === '0' || value === 'false' ? false : value), z.boolean()).optional();

/** A day in the village; the location is optional and never required (no forced punch-in). */
export const presenceCreateBody = z
  .object({
    cadreId: uuid('请选择队员'),
    day: isoDate,
    latitude: z.number({ message: '纬度应为数字' }).min(-90, { message: '纬度应在 -90 到 90 之间' }).max(90, { message: '纬度应在 -90 到 90 之间' }).optional(),
    longitude: z.number({ message: '经度应为数字' }).min(-180, { message: '经度应在 -180 到 180 之间' }).max(180, { message: '经度应在 -180 到 180 之间' }).optional(),
    note: z.string().trim().max(200, { message: '备注不超过 200 字' }).optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.latitude === undefined) !== (body.longitude === undefined)) {
      ctx.addIssue({ code: 'custom', path: [body.latitude === undefined ? 'latitude' : 'longitude'], message: '经纬度须同时填写' });
    }
  });
export type PresenceCreateBody = z.infer<typeof presenceCreateBody>;

export const presenceView = z.object({
  id: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  teamId: z.string(),
  teamName: z.string().nullable(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  day: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  distanceKm: z.number().nullable(),
  /** The location lies farther from the village than the county's limit: shown, never refused. */
  far: z.boolean(),
  note: z.string().nullable(),
  createdAt: z.string(),
  abilities: z.object({ delete: z.boolean() }),
});
export type PresenceView = z.infer<typeof presenceView>;

export const presenceListQuery = pageQuery.extend({
  cadreId: uuid('编号格式不正确').optional(),
  teamId: uuid('编号格式不正确').optional(),
  divisionCode: divisionCodeSchema.optional(),
  month: monthSchema.optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type PresenceListQuery = z.infer<typeof presenceListQuery>;
export const presenceExportQuery = presenceListQuery.omit({ page: true, pageSize: true });
export type PresenceExportQuery = z.infer<typeof presenceExportQuery>;
export const presenceList = listOf(presenceView);

export const presenceMonthlyQuery = pageQuery.extend({
  month: monthSchema.optional(),
  divisionCode: divisionCodeSchema.optional(),
  teamId: uuid('编号格式不正确').optional(),
  belowMinimum: flag,
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type PresenceMonthlyQuery = z.infer<typeof presenceMonthlyQuery>;
export const presenceMonthlyExportQuery = presenceMonthlyQuery.omit({ page: true, pageSize: true });
export type PresenceMonthlyExportQuery = z.infer<typeof presenceMonthlyExportQuery>;

/** One member's month. Listed by team and name: the figures flag a shortfall, they never rank. */
export const presenceMonthlyItem = z.object({
  /** cadre:team — a member who moved teams in the month has a line per team. */
  id: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  daysInVillage: z.number().int(),
  leaveDays: z.number().int(),
  required: z.number().int(),
  belowMinimum: z.boolean(),
  farDays: z.number().int(),
});
export type PresenceMonthlyItem = z.infer<typeof presenceMonthlyItem>;

export const presenceMonthlyBasis = z.object({
  month: z.string(),
  /** The month is still running: the requirement counts only the days already over. */
  partial: z.boolean(),
  daysCounted: z.number().int(),
  daysInMonth: z.number().int(),
  workingDays: z.number().int(),
  /** The full-month minimum before leave and partial membership. */
  baseRequired: z.number().int(),
  farKm: z.number(),
});
export type PresenceMonthlyBasis = z.infer<typeof presenceMonthlyBasis>;

export const presenceMonthly = z.object({
  items: z.array(presenceMonthlyItem),
  total: z.number().int(),
  belowCount: z.number().int(),
  basis: presenceMonthlyBasis,
});
export type PresenceMonthly = z.infer<typeof presenceMonthly>;

export const teamMonthlyParams = z.object({ teamId: uuid('编号格式不正确') });
export const teamMonthlyQuery = z.object({ month: monthSchema.optional() });

/** A member's own month for the calendar: his days and his approved leave. */
export const presenceMineQuery = z.object({ month: monthSchema.optional(), cadreId: uuid('编号格式不正确').optional() });
export const presenceMine = z.object({
  cadre: z.object({ id: z.string(), name: z.string() }).nullable(),
  team: z.object({ id: z.string(), name: z.string(), divisionCode: z.string(), villageName: z.string().nullable() }).nullable(),
  month: z.string(),
  today: z.string(),
  /** The earliest day that may still be recorded (the first of the previous month). */
  earliest: z.string(),
  days: z.array(presenceView),
  leaveDays: z.array(z.string()),
  figure: presenceMonthlyItem.nullable(),
  basis: presenceMonthlyBasis,
  canRecord: z.boolean(),
});
export type PresenceMine = z.infer<typeof presenceMine>;
