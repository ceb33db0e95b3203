import type { NoticeBody, NoticeDetail, ReceiptView } from '../../../contracts/notices.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every notice query key; writes invalidate it. */
export const noticeKey = 'notices';

const one = (id: string) => `/api/notices/${encodeURIComponent(id)}`;

export const noticeApi = {
  listUrl: '/api/notices',
  exportList: (query: Query) => api.download('/api/notices/export', query),
  get: (id: string) => api.get<NoticeDetail>(one(id)),
  create: (body: NoticeBody) => api.post<NoticeDetail>('/api/notices', body),
  update: (id: string, body: NoticeBody) => api.put<NoticeDetail>(one(id), body),
  remove: (id: string) => api.del<null>(one(id)),
  issue: (id: string) => api.post<NoticeDetail>(`${one(id)}/issue`),
  receipts: (id: string, unread: boolean) => api.get<{ items: ReceiptView[]; total: number }>(`${one(id)}/receipts`, unread ? { unread: 'true' } : {}),
  exportReceipts: (id: string, unread: boolean) => api.download(`${one(id)}/receipts/export`, { unread: unread ? 'true' : 'false' }),
};
