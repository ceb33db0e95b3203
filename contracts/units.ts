import { z } from 'zod';
import { divisionCodeSchema, listOf, pageQuery, sortOrder } from './common.ts';

export const unitTypes = ['central', 'provincial', 'city', 'county', 'township', 'soe', 'university', 'private', 'other'] as const;
export type UnitTypeCode = (typeof unitTypes)[number];
export const unitTypeLabels: Record<UnitTypeCode, { zh: string; en: string }> = {
  central: { zh: '中直单位', en: 'Central organ' },
  provincial: { zh: '省直单位', en: 'Provincial organ' },
  city: { zh: '市直单位', en: 'City organ' },
  county: { zh: '县直单位', en: 'County organ' },
  township: { zh: '乡镇单位', en: 'Township organ' },
  soe: { zh: '国有企业', en: 'State enterprise' },
  university: { zh: '高等院校', en: 'University' },
  private: { zh: '民营企业', en: 'Private enterprise' },
  other: { zh: '其他', en: 'Other' },
};

export const unitBody = z.object({
  name: z.string().trim().min(2, { message: '单位名称至少 2 个字' }).max(100, { message: '单位名称不超过 100 字' }),
  shortName: z.string().trim().max(30).nullish(),
  type: z.enum(unitTypes, { message: '请选择单位类型' }),
  divisionCode: divisionCodeSchema,
  contactName: z.string().trim().max(30).nullish(),
  note: z.string().max(500).nullish(),
});
export type UnitBody = z.infer<typeof unitBody>;

export const unitListQuery = pageQuery.extend({
  q: z.string().trim().max(50).optional(),
  type: z.enum(unitTypes).optional(),
  divisionCode: divisionCodeSchema.optional(),
  sort: z.enum(['name', 'type', 'createdAt']).default('name'),
  order: sortOrder,
  // "pick": any unit by name, for choosing a sending unit that does not yet serve in one's region.
  mode: z.enum(['scope', 'pick']).default('scope'),
});
export type UnitListQuery = z.infer<typeof unitListQuery>;
// An export is always of one's own units: "pick" would hand out every unit in the country.
export const unitExportQuery = unitListQuery.omit({ page: true, pageSize: true, mode: true });
export type UnitExportQuery = z.infer<typeof unitExportQuery>;

export const unitView = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  type: z.enum(unitTypes),
  divisionCode: z.string(),
  divisionName: z.string().nullable(),
  contactName: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  abilities: z.object({ update: z.boolean() }),
});
export type UnitView = z.infer<typeof unitView>;
export const unitList = listOf(unitView);
