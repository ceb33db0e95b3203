import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery } from './common.ts';
import { householdStatuses } from './household-codes.ts';

/** A calendar quarter as the county counts visit coverage: 2026Q4. */
export const quarterSchema = z.string().regex(/^\d{4}Q[1-4]$/, { message: '季度格式应为 YYYYQn，例如 2026Q4' });

const uuid = (message: string) => z.uuid({ message });
const findings = z.string().trim().min(1, { message: '请填写走访情况' }).max(2000, { message: '走访情况不超过 2000 字' });
const followUp = z.string().trim().max(1000, { message: '后续跟进不超过 1000 字' });

/** Photos are never part of the record itself: they are added afterwards, and only if the cadre wants. */
export const visitCreateBody = z.object({
  householdId: uuid('请选择走访的农户'),
  /** Defaults to the caller's own cadre; a team leader may record for a member of his team. */
  cadreId: uuid('请选择走访干部').optional(),
  visitedOn: isoDate,
  findings,
  followUp: followUp.optional(),
});
export type VisitCreateBody = z.infer<typeof visitCreateBody>;

export const visitUpdateBody = z.object({
  visitedOn: isoDate,
  findings,
  followUp: followUp.nullable().optional(),
  /** The day the follow-up was done; empty while it is still open. */
  followUpDone: isoDate.nullable().optional(),
});
export type VisitUpdateBody = z.infer<typeof visitUpdateBody>;

export const visitPhotoView = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export type VisitPhotoView = z.infer<typeof visitPhotoView>;

export const visitView = z.object({
  id: z.string(),
  householdId: z.string(),
  householdCode: z.string(),
  householderName: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  cadreId: z.string(),
  cadreName: z.string(),
  visitedOn: z.string(),
  findings: z.string(),
  followUp: z.string().nullable(),
  followUpDone: z.string().nullable(),
  photos: z.array(visitPhotoView),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type VisitView = z.infer<typeof visitView>;

export const visitSorts = ['visitedOn', 'createdAt'] as const;

export const visitListQuery = pageQuery.extend({
  householdId: uuid('编号格式不正确').optional(),
  cadreId: uuid('编号格式不正确').optional(),
  divisionCode: divisionCodeSchema.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  quarter: quarterSchema.optional(),
  sort: z.enum(visitSorts).default('visitedOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type VisitListQuery = z.infer<typeof visitListQuery>;
export const visitExportQuery = visitListQuery.omit({ page: true, pageSize: true });
export type VisitExportQuery = z.infer<typeof visitExportQuery>;
export const visitList = listOf(visitView);
export type VisitList = z.infer<typeof visitList>;

export const visitPhotoParams = z.object({ id: uuid('编号格式不正确'), fileId: uuid('编号格式不正确') });

/** What the photo control needs to know before a file is chosen. */
export const visitPhotoExtensions = ['jpg', 'jpeg', 'png'] as const;

export const coverageQuery = z.object({
  quarter: quarterSchema.optional(),
  divisionCode: divisionCodeSchema.optional(),
});
export type CoverageQuery = z.infer<typeof coverageQuery>;

export const coverageVillage = z.object({
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  /** Households that count: registered or identified ones, and 一般农户 only while monitored. */
  households: z.number().int(),
  visited: z.number().int(),
  /** visited / households, 0 to 1 (0 when the village has no household that counts). */
  share: z.number(),
});
export type CoverageVillage = z.infer<typeof coverageVillage>;

export const coverageReport = z.object({
  quarter: z.string(),
  from: z.string(),
  to: z.string(),
  items: z.array(coverageVillage),
  totals: z.object({ households: z.number().int(), visited: z.number().int(), share: z.number() }),
});
export type CoverageReport = z.infer<typeof coverageReport>;

export const coverageHouseholdsQuery = pageQuery.extend({
  quarter: quarterSchema.optional(),
  divisionCode: divisionCodeSchema.optional(),
});
export type CoverageHouseholdsQuery = z.infer<typeof coverageHouseholdsQuery>;

export const coverageHousehold = z.object({
  householdId: z.string(),
  code: z.string(),
  householderName: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  status: z.enum(householdStatuses.codes),
  visits: z.number().int(),
  lastVisitedOn: z.string().nullable(),
});
export type CoverageHousehold = z.infer<typeof coverageHousehold>;

export const coverageHouseholdList = z.object({
  quarter: z.string(),
  items: z.array(coverageHousehold),
  total: z.number().int(),
});
export type CoverageHouseholdList = z.infer<typeof coverageHouseholdList>;
