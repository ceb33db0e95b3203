import type {
  ContributionBody,
  ContributionList,
  EnterpriseCreateBody,
  EnterpriseList,
  EnterpriseSummary,
  EnterpriseUpdateBody,
  EnterpriseView,
  PairingBody,
  PairingEndBody,
} from '../../../contracts/enterprises.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every enterprise query key; writes invalidate it. */
export const enterpriseKey = 'enterprises';

const enterpriseUrl = (id: string) => `/api/enterprises/${encodeURIComponent(id)}`;

export const enterpriseApi = {
  listUrl: '/api/enterprises',
  contributionsUrl: '/api/enterprises/contributions',
  list: (query: Query) => api.get<EnterpriseList>('/api/enterprises', query),
  get: (id: string) => api.get<EnterpriseView>(enterpriseUrl(id)),
  create: (body: EnterpriseCreateBody) => api.post<EnterpriseView>('/api/enterprises', body),
  update: (id: string, body: EnterpriseUpdateBody) => api.patch<EnterpriseView>(enterpriseUrl(id), body),
  remove: (id: string) => api.del<null>(enterpriseUrl(id)),
  unmaskUrl: (id: string) => `${enterpriseUrl(id)}/unmask`,
  pair: (id: string, body: PairingBody) => api.post<EnterpriseView>(`${enterpriseUrl(id)}/pairings`, body),
  endPairing: (id: string, pairingId: string, body: PairingEndBody) =>
    api.post<EnterpriseView>(`${enterpriseUrl(id)}/pairings/${encodeURIComponent(pairingId)}/end`, body),
  removePairing: (id: string, pairingId: string) => api.del<null>(`${enterpriseUrl(id)}/pairings/${encodeURIComponent(pairingId)}`),
  contribute: (id: string, body: ContributionBody) => api.post<EnterpriseView>(`${enterpriseUrl(id)}/contributions`, body),
  removeContribution: (id: string, contributionId: string) => api.del<null>(`${enterpriseUrl(id)}/contributions/${encodeURIComponent(contributionId)}`),
  contributions: (query: Query) => api.get<ContributionList>('/api/enterprises/contributions', query),
  summary: (query: { divisionCode?: string; year?: number }) => api.get<EnterpriseSummary>('/api/enterprises/summary', query),
  exportList: (query: Query) => api.download('/api/enterprises/export', query),
  exportContributions: (query: Query) => api.download('/api/enterprises/contributions/export', query),
  /** Projects the account can see, for linking a contribution to the work it paid for. */
  searchProjects: async (q: string) =>
    (await api.get<{ items: { id: string; name: string }[] }>('/api/projects', { q, pageSize: 20 })).items.map((p) => ({ value: p.id, label: p.name })),
};
