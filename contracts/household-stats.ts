import { z } from 'zod';
import { divisionCodeSchema } from './common.ts';
import { householdStatuses, indicators, monitoringTypes, povertyCauses, type Label } from './household-codes.ts';

const quarter = z.string().regex(/^\d{4}-Q[1-4]$/, { message: '季度格式应为 YYYY-Qn，如 2026-Q3' });

/** The region (default the caller's own) and the quarter of the visit and field-work figures (default this one). */
export const householdStatsQuery = z.object({ divisionCode: divisionCodeSchema.optional(), quarter: quarter.optional() });
export type HouseholdStatsQuery = z.infer<typeof householdStatsQuery>;

const count = z.object({ households: z.number().int(), persons: z.number().int() });
export type HouseholdCount = z.infer<typeof count>;

/** 风险消除 beside the three monitoring types: households whose monitoring has ended. */
export const monitoringColumns = [...monitoringTypes.codes, 'risk_removed'] as const;
export type MonitoringColumn = (typeof monitoringColumns)[number];
export const monitoringColumnLabels: Record<MonitoringColumn, Label> = { ...monitoringTypes.labels, risk_removed: { zh: '风险消除', en: 'Risk removed' } };

export const householdStatsFigures = z.object({
  households: z.number().int(),
  persons: z.number().int(),
  byStatus: z.record(z.enum(householdStatuses.codes), count),
  /** By main cause; households without one are left out. */
  byCause: z.record(z.enum(povertyCauses.codes), count),
  byMonitoring: z.record(z.enum(monitoringColumns), count),
  /** Households with the indicator 不达标. */
  indicatorGaps: z.record(z.enum(indicators.codes), z.number().int()),
  /** Households to visit (新识别, 在册, 已脱贫 or monitored) and those of them visited in the quarter. */
  toVisit: z.number().int(),
  visited: z.number().int(),
  /** Visited ÷ to visit, in per cent with one decimal; null with nobody to visit. */
  visitCoverage: z.number().nullable(),
  demandsRaised: z.number().int(),
  demandsSolved: z.number().int(),
  /** Days from raised to solved, averaged over the demands solved in the quarter, one decimal. */
  demandDaysAverage: z.number().nullable(),
  /** People in a labour transfer at some time in the quarter. */
  labourTransfers: z.number().int(),
});
export type HouseholdStatsFigures = z.infer<typeof householdStatsFigures>;

export const householdStatsRow = householdStatsFigures.extend({
  divisionCode: z.string(),
  name: z.string(),
  own: z.boolean(),
  drillable: z.boolean(),
});
export type HouseholdStatsRow = z.infer<typeof householdStatsRow>;

export const householdStats = z.object({
  divisionCode: z.string(),
  name: z.string(),
  quarter: z.string(),
  from: z.string(),
  to: z.string(),
  path: z.array(z.object({ code: z.string(), name: z.string() })),
  rows: z.array(householdStatsRow),
  total: householdStatsFigures,
});
export type HouseholdStats = z.infer<typeof householdStats>;

type Scalar = 'households' | 'persons' | 'toVisit' | 'visited' | 'visitCoverage' | 'demandsRaised' | 'demandsSolved' | 'demandDaysAverage' | 'labourTransfers';

/** The headline columns of the table and the sheet, in order. */
export const householdStatsColumns: { key: Scalar; zh: string; en: string }[] = [
  { key: 'households', zh: '户数', en: 'Households' },
  { key: 'persons', zh: '人数', en: 'Persons' },
  { key: 'toVisit', zh: '应走访户数', en: 'To visit' },
  { key: 'visited', zh: '本季度已走访户数', en: 'Visited this quarter' },
  { key: 'visitCoverage', zh: '走访覆盖率（%）', en: 'Visit coverage (%)' },
  { key: 'demandsRaised', zh: '诉求受理', en: 'Demands raised' },
  { key: 'demandsSolved', zh: '诉求解决', en: 'Demands solved' },
  { key: 'demandDaysAverage', zh: '平均办结天数', en: 'Average days to solve' },
  { key: 'labourTransfers', zh: '转移就业人数', en: 'Labour transfers' },
];
