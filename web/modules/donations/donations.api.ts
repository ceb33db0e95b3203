import type { CadreList } from '../../../contracts/cadres.ts';
import type { DonationBody, DonationList, DonationPatchBody, DonationSummary, DonationSummaryQuery, DonationView } from '../../../contracts/donations.ts';
import type { ProjectList } from '../../../contracts/projects.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every donation query key; writes invalidate it. */
export const donationKey = 'donations';

const donationUrl = (id: string) => `/api/donations/${encodeURIComponent(id)}`;

export const donationApi = {
  listUrl: '/api/donations',
  list: (query: Query) => api.get<DonationList>('/api/donations', query),
  get: (id: string) => api.get<DonationView>(donationUrl(id)),
  create: (body: DonationBody) => api.post<DonationView>('/api/donations', body),
  update: (id: string, body: DonationPatchBody) => api.patch<DonationView>(donationUrl(id), body),
  remove: (id: string) => api.del<null>(donationUrl(id)),
  exportList: (query: Query) => api.download('/api/donations/export', query),
  summary: (query: DonationSummaryQuery) => api.get<DonationSummary>('/api/donations/summary', query),
  exportSummary: (query: DonationSummaryQuery) => api.download('/api/donations/summary/export', query),
  /** Projects serving a village, by name: a gift may go to one of them. */
  searchProjects: (divisionCode: string, q: string) => api.get<ProjectList>('/api/projects', { divisionCode, q, pageSize: 20 }),
  searchCadres: (q: string) => api.get<CadreList>('/api/cadres', { q, pageSize: 20 }),
};
