import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery } from './common.ts';

export const diaryMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM' });

const content = z.string().trim().min(1, { message: '请填写日记内容' }).max(5000, { message: '日记不超过 5000 字' });

/** Written when the cadre chooses: one entry per day at most, never required daily. */
export const diaryCreateBody = z.object({ entryDate: isoDate, content });
export type DiaryCreateBody = z.infer<typeof diaryCreateBody>;

export const diaryUpdateBody = z.object({ content });
export type DiaryUpdateBody = z.infer<typeof diaryUpdateBody>;

export const diaryView = z.object({
  id: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  entryDate: z.string(),
  content: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean() }),
});
export type DiaryView = z.infer<typeof diaryView>;

export const diaryListQuery = pageQuery.extend({
  cadreId: z.uuid({ message: '编号格式不正确' }).optional(),
  divisionCode: divisionCodeSchema.optional(),
  month: diaryMonthSchema.optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type DiaryListQuery = z.infer<typeof diaryListQuery>;
export const diaryExportQuery = diaryListQuery.omit({ page: true, pageSize: true });
export type DiaryExportQuery = z.infer<typeof diaryExportQuery>;
export const diaryList = listOf(diaryView);
export type DiaryList = z.infer<typeof diaryList>;
