// domain.md §13: the dashboard of one division read from the rollup, with its children one level down.
import { z } from 'zod';
import { divisionCodeSchema } from './common.ts';
import { metricKeys, type Metric } from './stats-metrics.ts';

/** The division to show (default: the caller's own region); `division` is the dashboard's URL name for the same. */
export const statsQuery = z.object({
  divisionCode: divisionCodeSchema.optional(),
  division: divisionCodeSchema.optional(),
});
export type StatsQuery = z.infer<typeof statsQuery>;

export const divisionLevels = ['country', 'province', 'city', 'county', 'township', 'village'] as const;
export const divisionLevelLabels: Record<(typeof divisionLevels)[number], { zh: string; en: string }> = {
  country: { zh: '全国', en: 'Country' },
  province: { zh: '省', en: 'Province' },
  city: { zh: '市', en: 'City' },
  county: { zh: '县', en: 'County' },
  township: { zh: '乡镇', en: 'Township' },
  village: { zh: '村', en: 'Village' },
};

const metricEnum = z.enum(metricKeys as [Metric, ...Metric[]]);
/** Every metric of the catalog; money in yuan as a number with two decimals at most. */
export const statsFigures = z.record(metricEnum, z.number());
export type StatsFigures = Record<Metric, number>;

/** Divided when read from the two sums kept, three decimals; null where there is nothing to divide by. */
export const statsRates = z.object({ inVillageRate: z.number().nullable(), visitCoverage: z.number().nullable() });
export type StatsRates = z.infer<typeof statsRates>;

const place = z.object({ code: z.string(), name: z.string(), level: z.enum(divisionLevels) });

export const statsChild = place.extend({ figures: statsFigures, rates: statsRates });
export type StatsChild = z.infer<typeof statsChild>;

export const monthlyMetrics = ['presence_days', 'visits', 'diaries', 'funds_paid'] as const satisfies readonly Metric[];
export type MonthlyMetric = (typeof monthlyMetrics)[number];

export const statsView = z.object({
  division: place.extend({ path: z.array(z.object({ code: z.string(), name: z.string() })) }),
  /** When the rollup shown was built; null before the first refresh. */
  refreshedAt: z.string().nullable(),
  figures: statsFigures,
  rates: statsRates,
  /** One level down, by code; empty for a village. */
  children: z.array(statsChild),
  monthly: z.record(z.enum(monthlyMetrics), z.array(z.object({ month: z.string(), value: z.number() }))),
});
export type StatsView = Omit<z.infer<typeof statsView>, 'figures' | 'children'> & { figures: StatsFigures; children: (StatsChild & { figures: StatsFigures })[] };

export const statsRefreshAccepted = z.object({ jobId: z.string() });
export type StatsRefreshAccepted = z.infer<typeof statsRefreshAccepted>;

/** What a finished refresh job answers through the jobs API. */
export type StatsRefreshResult = { refreshId: string; rows: number; milliseconds: number };
