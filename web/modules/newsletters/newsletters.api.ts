import type { NewsletterBody, NewsletterDetail, PublicNewsletterList, PublicNewsletterView, ReturnBody } from '../../../contracts/newsletters.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every newsletter query key; writes invalidate it. */
export const newsletterKey = 'newsletters';

const one = (id: string) => `/api/newsletters/${encodeURIComponent(id)}`;

export const newsletterApi = {
  listUrl: '/api/newsletters',
  exportList: (query: Query) => api.download('/api/newsletters/export', query),
  get: (id: string) => api.get<NewsletterDetail>(one(id)),
  create: (body: NewsletterBody) => api.post<NewsletterDetail>('/api/newsletters', body),
  update: (id: string, body: NewsletterBody) => api.put<NewsletterDetail>(one(id), body),
  submit: (id: string) => api.post<NewsletterDetail>(`${one(id)}/submit`),
  giveBack: (id: string, body: ReturnBody) => api.post<NewsletterDetail>(`${one(id)}/return`, body),
  publish: (id: string) => api.post<NewsletterDetail>(`${one(id)}/publish`),
  publicOne: (token: string) => api.get<PublicNewsletterView>(`/api/public/newsletters/${encodeURIComponent(token)}`),
  publicList: (division: string, page: number) => api.get<PublicNewsletterList>('/api/public/newsletters', { division, page, pageSize: 20 }),
};
