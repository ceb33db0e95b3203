import { z } from 'zod';
import { divisionCodeSchema, listOf, pageQuery, sortOrder } from './common.ts';
import { workflowView } from './workflow.ts';
import { newsletterKinds, newsletterStates } from './evaluation-codes.ts';

export { newsletterKinds, newsletterStates, type NewsletterKind, type NewsletterState } from './evaluation-codes.ts';

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** 《第一书记动态》《扶贫动态》: plain text, paragraphs separated by blank lines. */
export const newsletterBody = z.object({
  kind: z.enum(newsletterKinds.codes, { message: '请选择刊物' }),
  title: z.string().trim().min(1, { message: '请填写标题' }).max(100, { message: '标题不超过 100 字' }),
  body: z.string().trim().min(1, { message: '请填写正文' }).max(30000, { message: '正文不超过 30000 字' }),
  /** The team it tells about; its village becomes the newsletter's place. */
  teamId: z.preprocess(emptyToUndefined, z.uuid({ message: '请选择工作队' }).optional()),
});
export type NewsletterBody = z.infer<typeof newsletterBody>;

export const returnBody = z.object({
  reason: z.string({ message: '请填写退回理由' }).trim().min(1, { message: '请填写退回理由' }).max(1000, { message: '退回理由不超过 1000 字' }),
});
export type ReturnBody = z.infer<typeof returnBody>;

export const newsletterSorts = ['updatedAt', 'publishedAt', 'issueNo'] as const;

export const newsletterListQuery = pageQuery.extend({
  kind: z.enum(newsletterKinds.codes, { message: '刊物不存在' }).optional(),
  state: z.enum(newsletterStates.codes, { message: '状态不存在' }).optional(),
  divisionCode: divisionCodeSchema.optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(newsletterSorts).default('updatedAt'),
  order: sortOrder.default('desc'),
});
export type NewsletterListQuery = z.infer<typeof newsletterListQuery>;
export const newsletterExportQuery = newsletterListQuery.omit({ page: true, pageSize: true });
export type NewsletterExportQuery = z.infer<typeof newsletterExportQuery>;

export const newsletterView = z.object({
  id: z.string(),
  kind: z.enum(newsletterKinds.codes),
  title: z.string(),
  state: z.enum(newsletterStates.codes),
  issueNo: z.number().int().nullable(),
  divisionCode: z.string(),
  placeName: z.string().nullable(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  authorName: z.string().nullable(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type NewsletterView = z.infer<typeof newsletterView>;
export const newsletterList = listOf(newsletterView);

export const newsletterDetail = newsletterView.extend({
  body: z.string(),
  /** The public reading page's token, once published. */
  publicToken: z.string().nullable(),
  workflow: workflowView.nullable(),
  abilities: z.object({ update: z.boolean(), submit: z.boolean(), return: z.boolean(), publish: z.boolean() }),
});
export type NewsletterDetail = z.infer<typeof newsletterDetail>;

export const publicNewsletterParams = z.object({ token: z.string().max(200) });

/** What anyone may read: the published issue and the region that issued it, nobody's name. */
export const publicNewsletterView = z.object({
  kind: z.enum(newsletterKinds.codes),
  kindLabel: z.string(),
  issueNo: z.number().int().nullable(),
  title: z.string(),
  body: z.string(),
  publishedOn: z.string(),
  issuerName: z.string().nullable(),
  token: z.string(),
});
export type PublicNewsletterView = z.infer<typeof publicNewsletterView>;

export const publicNewsletterQuery = pageQuery.extend({
  division: divisionCodeSchema,
  kind: z.enum(newsletterKinds.codes, { message: '刊物不存在' }).optional(),
});
export type PublicNewsletterQuery = z.infer<typeof publicNewsletterQuery>;

export const publicNewsletterList = z.object({
  regionName: z.string().nullable(),
  items: z.array(publicNewsletterView.omit({ body: true })),
  total: z.number().int(),
});
export type PublicNewsletterList = z.infer<typeof publicNewsletterList>;
