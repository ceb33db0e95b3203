import { z } from 'zod';

// Messages a form shows next to a field come from zod; the catalog below gives them in Chinese.
z.config(z.locales.zhCN());

export const errorBody = z.object({
  code: z.string(),
  message: z.string(),
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ErrorBody = z.infer<typeof errorBody>;

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const sortOrder = z.enum(['asc', 'desc']).default('asc');

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

export const idParam = z.object({ id: z.uuid({ message: '编号格式不正确' }) });

export const divisionCodeSchema = z.string().regex(/^[0-9]{12}$/, { message: '行政区划代码应为 12 位数字' });
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' });

/** Masked values travel with a flag so the UI can offer "show" only where it means something. */
export const sensitive = z.object({ masked: z.string(), value: z.string().optional() });

export const jobView = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  progressDone: z.number(),
  progressTotal: z.number(),
  result: z.unknown().nullable(),
  error: z.unknown().nullable(),
});
export type JobView = z.infer<typeof jobView>;
