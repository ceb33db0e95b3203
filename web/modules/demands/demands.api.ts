import type {
  DemandAssignBody,
  DemandCloseBody,
  DemandCreateBody,
  DemandList,
  DemandSolveBody,
  DemandSummary,
  DemandView,
} from '../../../contracts/demands.ts';
import type { CadreList } from '../../../contracts/cadres.ts';
import type { HouseholdListItem, HouseholdView } from '../../../contracts/households.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every demand query key; writes invalidate it. */
export const demandsKey = 'demands';

const demandUrl = (id: string) => `/api/demands/${encodeURIComponent(id)}`;

export const demandsApi = {
  listUrl: '/api/demands',
  list: (query: Query) => api.get<DemandList>('/api/demands', query),
  get: (id: string) => api.get<DemandView>(demandUrl(id)),
  summary: (divisionCode?: string) => api.get<DemandSummary>('/api/demands/summary', { divisionCode }),
  raise: (body: DemandCreateBody) => api.post<DemandView>('/api/demands', body),
  assign: (id: string, body: DemandAssignBody) => api.post<DemandView>(`${demandUrl(id)}/assign`, body),
  solve: (id: string, body: DemandSolveBody) => api.post<DemandView>(`${demandUrl(id)}/solve`, body),
  close: (id: string, body: DemandCloseBody) => api.post<DemandView>(`${demandUrl(id)}/close`, body),
  exportList: (query: Query) => api.download('/api/demands/export', query),
  searchCadres: (q: string) => api.get<CadreList>('/api/cadres', { q, pageSize: 20 }),
  household: (id: string) => api.get<HouseholdView>(`/api/households/${encodeURIComponent(id)}`),
  searchHouseholds: (q: string) => api.get<{ items: HouseholdListItem[]; total: number }>('/api/households', { q, pageSize: 20 }),
};
