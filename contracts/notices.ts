import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { noticeStates } from './evaluation-codes.ts';

export { noticeStates, type NoticeState } from './evaluation-codes.ts';

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** A notice is written for a region; on issue every active team whose village lies in it receives it. */
export const noticeBody = z.object({
  title: z.string().trim().min(1, { message: '请填写通知标题' }).max(100, { message: '标题不超过 100 字' }),
  body: z.string().trim().min(1, { message: '请填写通知正文' }).max(20000, { message: '正文不超过 20000 字' }),
  /** The region it goes to; the sender's own when omitted. */
  divisionCode: z.preprocess(emptyToUndefined, divisionCodeSchema.optional()),
});
export type NoticeBody = z.infer<typeof noticeBody>;

export const noticeSorts = ['issuedAt', 'createdAt', 'title'] as const;

export const noticeListQuery = pageQuery.extend({
  state: z.enum(noticeStates.codes, { message: '通知状态不存在' }).optional(),
  /** For a team, its own receipt; for the sender, notices some team has not read yet. */
  read: z.enum(['read', 'unread'], { message: '请选择已读或未读' }).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  divisionCode: divisionCodeSchema.optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(noticeSorts).default('issuedAt'),
  order: sortOrder.default('desc'),
});
export type NoticeListQuery = z.infer<typeof noticeListQuery>;
export const noticeExportQuery = noticeListQuery.omit({ page: true, pageSize: true });
export type NoticeExportQuery = z.infer<typeof noticeExportQuery>;

export const noticeView = z.object({
  id: z.string(),
  divisionCode: z.string(),
  regionName: z.string().nullable(),
  title: z.string(),
  state: z.enum(noticeStates.codes),
  issuedAt: z.string().nullable(),
  issuedByName: z.string().nullable(),
  createdAt: z.string(),
  recipientCount: z.number().int(),
  readCount: z.number().int(),
  /** The caller's team's receipt; null for a sender. */
  myTeamReadAt: z.string().nullable(),
});
export type NoticeView = z.infer<typeof noticeView>;
export const noticeList = listOf(noticeView);

export const noticeDetail = noticeView.extend({
  body: z.string(),
  abilities: z.object({ update: z.boolean(), issue: z.boolean(), receipts: z.boolean() }),
});
export type NoticeDetail = z.infer<typeof noticeDetail>;

export const receiptQuery = z.object({
  unread: z.enum(['true', 'false'], { message: '请选择是否只看未读' }).optional(),
});
export type ReceiptQuery = z.infer<typeof receiptQuery>;

/** One team's receipt: who of the team read it first, and when — names only. */
export const receiptView = z.object({
  teamId: z.string(),
  teamName: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  readAt: z.string().nullable(),
  readByName: z.string().nullable(),
});
export type ReceiptView = z.infer<typeof receiptView>;
export const receiptList = listOf(receiptView);
