import type { DisputeCreateBody, DisputeList, DisputeReferBody, DisputeResolveBody, DisputeUpdateBody, DisputeView, MediationBody } from '../../../contracts/disputes.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every dispute query key; writes invalidate it. */
export const disputesKey = 'disputes';

const disputeUrl = (id: string) => `/api/disputes/${encodeURIComponent(id)}`;

export const disputesApi = {
  listUrl: '/api/disputes',
  get: (id: string) => api.get<DisputeView>(disputeUrl(id)),
  list: (query: Query) => api.get<DisputeList>('/api/disputes', query),
  create: (body: DisputeCreateBody) => api.post<DisputeView>('/api/disputes', body),
  update: (id: string, body: DisputeUpdateBody) => api.put<DisputeView>(disputeUrl(id), body),
  mediate: (id: string, body: MediationBody) => api.post<DisputeView>(`${disputeUrl(id)}/mediations`, body),
  resolve: (id: string, body: DisputeResolveBody) => api.post<DisputeView>(`${disputeUrl(id)}/resolve`, body),
  refer: (id: string, body: DisputeReferBody) => api.post<DisputeView>(`${disputeUrl(id)}/refer`, body),
  exportList: (query: Query) => api.download('/api/disputes/export', query),
};
