import { z } from 'zod';
import { divisionCodeSchema } from './common.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM' });

/** The region (default: the caller's own) and the month (default: this month, Beijing time). */
export const dutyStatsQuery = z.object({
  divisionCode: divisionCodeSchema.optional(),
  month: month.optional(),
});
export type DutyStatsQuery = z.infer<typeof dutyStatsQuery>;

/** The on-duty figures of one region for one month; counts of teams and members, never a ranking of cadres. */
export const dutyStatsFigures = z.object({
  teams: z.number().int(),
  members: z.number().int(),
  presenceDays: z.number().int(),
  /** Days in the village per member in post, one decimal; null without members. */
  presenceAverage: z.number().nullable(),
  belowMinimum: z.number().int(),
  leaveDays: z.number().int(),
  leavePending: z.number().int(),
  inspections: z.number().int(),
  findings: z.number().int(),
  absent: z.number().int(),
  rectificationsOpen: z.number().int(),
  rectificationsOverdue: z.number().int(),
  criticisms: z.number().int(),
  reportsMissing: z.number().int(),
});
export type DutyStatsFigures = z.infer<typeof dutyStatsFigures>;

export const dutyStatsRow = dutyStatsFigures.extend({
  divisionCode: z.string(),
  name: z.string(),
  /** The records kept at the region itself (a township's own inspections), not in one of its children. */
  own: z.boolean(),
  /** One more level below exists (not a village). */
  drillable: z.boolean(),
});
export type DutyStatsRow = z.infer<typeof dutyStatsRow>;

export const dutyStatsPlace = z.object({ code: z.string(), name: z.string() });

export const dutyStats = z.object({
  divisionCode: z.string().nullable(),
  name: z.string(),
  month: z.string(),
  /** From the caller's own region down to this one, for the breadcrumb. */
  path: z.array(dutyStatsPlace),
  /** The month's minimum of days in the village, before approved leave reduces it day for day. */
  requiredDays: z.number().int(),
  rows: z.array(dutyStatsRow),
  total: dutyStatsFigures,
});
export type DutyStats = z.infer<typeof dutyStats>;

export const dutyStatsColumns: { key: keyof DutyStatsFigures; zh: string; en: string }[] = [
  { key: 'teams', zh: '在岗工作队', en: 'Active teams' },
  { key: 'members', zh: '在岗队员', en: 'Members in post' },
  { key: 'presenceDays', zh: '在村天数合计', en: 'Days in village' },
  { key: 'presenceAverage', zh: '人均在村天数', en: 'Days per member' },
  { key: 'belowMinimum', zh: '在村天数不足人数', en: 'Below minimum' },
  { key: 'leaveDays', zh: '请假天数', en: 'Leave days' },
  { key: 'leavePending', zh: '待审批请假', en: 'Leave pending' },
  { key: 'inspections', zh: '督查次数', en: 'Inspections' },
  { key: 'findings', zh: '查岗人次', en: 'Checks' },
  { key: 'absent', zh: '擅自离岗人次', en: 'Absent' },
  { key: 'rectificationsOpen', zh: '整改未完成', en: 'Rectifications open' },
  { key: 'rectificationsOverdue', zh: '整改逾期', en: 'Rectifications overdue' },
  { key: 'criticisms', zh: '本年通报批评', en: 'Criticisms this year' },
  { key: 'reportsMissing', zh: '月报未报送', en: 'Monthly reports missing' },
];
