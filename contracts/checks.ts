import { z } from 'zod';
import { divisionCodeSchema, pageQuery } from './common.ts';

/** The named logic checks (逻辑审核) of the household registry; the server's catalog runs each one. */
export const checkCodes = [
  'exited_unmet_indicator',
  'exited_low_income',
  'child_out_of_school',
  'person_over_100',
  'no_paired_cadre',
  'householder_count',
  'unsafe_housing_met',
  'indicator_unverified',
  'monitored_without_measure',
  'member_count_mismatch',
] as const;
export const checkCode = z.enum(checkCodes, { message: '没有这项逻辑审核' });
export type CheckCode = z.infer<typeof checkCode>;

const label = z.object({ zh: z.string(), en: z.string() });

/** The region to run the checks in; default the caller's own. */
export const checksQuery = z.object({ divisionCode: divisionCodeSchema.optional() });
export type ChecksQuery = z.infer<typeof checksQuery>;

export const checkCodeParam = z.object({ code: checkCode });

export const checkFindingsQuery = pageQuery.extend({ divisionCode: divisionCodeSchema.optional() });
export type CheckFindingsQuery = z.infer<typeof checkFindingsQuery>;
export type CheckFindingsExportQuery = Omit<CheckFindingsQuery, 'page' | 'pageSize'>;
export const checkFindingsExportQuery = z.object({ divisionCode: divisionCodeSchema.optional() });

export const checkInfo = z.object({ code: checkCode, label, explanation: label });
export type CheckInfo = z.infer<typeof checkInfo>;

export const checkPlace = z.object({ code: z.string(), name: z.string() });

/** One check and how many findings it has in the region. */
export const checkSummary = checkInfo.extend({ total: z.number().int() });
export type CheckSummary = z.infer<typeof checkSummary>;

/** A child region (a township's village…) with the findings of every check inside it. */
export const checkRegionRow = z.object({
  divisionCode: z.string(),
  name: z.string(),
  /** Households kept at the region itself rather than in one of its children. */
  own: z.boolean(),
  drillable: z.boolean(),
  counts: z.record(z.string(), z.number().int()),
  total: z.number().int(),
});
export type CheckRegionRow = z.infer<typeof checkRegionRow>;

export const checksOverview = z.object({
  divisionCode: z.string(),
  name: z.string(),
  /** The day the checks ran for (Beijing date): ages are counted on it. */
  runOn: z.string(),
  path: z.array(checkPlace),
  checks: z.array(checkSummary),
  rows: z.array(checkRegionRow),
  total: z.number().int(),
});
export type ChecksOverview = z.infer<typeof checksOverview>;

/** One offending household, and the person when the fault is a person's. */
export const checkFinding = z.object({
  householdId: z.string(),
  householdCode: z.string(),
  divisionCode: z.string(),
  villageName: z.string(),
  householderName: z.string(),
  personId: z.string().nullable(),
  finding: z.string(),
});
export type CheckFinding = z.infer<typeof checkFinding>;

export const checkFindings = z.object({
  check: checkInfo,
  divisionCode: z.string(),
  name: z.string(),
  runOn: z.string(),
  items: z.array(checkFinding),
  total: z.number().int(),
});
export type CheckFindings = z.infer<typeof checkFindings>;
