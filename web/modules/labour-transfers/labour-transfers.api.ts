import type { LabourCreateBody, LabourList, LabourPersons, LabourSummary, LabourUpdateBody, LabourView } from '../../../contracts/labour-transfers.ts';
import type { HouseholdListItem, HouseholdView } from '../../../contracts/households.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every labour-transfer query key; writes invalidate it. */
export const labourKey = 'labour-transfers';

const labourUrl = (id: string) => `/api/labour-transfers/${encodeURIComponent(id)}`;

export const labourApi = {
  listUrl: '/api/labour-transfers',
  list: (query: Query) => api.get<LabourList>('/api/labour-transfers', query),
  get: (id: string) => api.get<LabourView>(labourUrl(id)),
  summary: (divisionCode?: string) => api.get<LabourSummary>('/api/labour-transfers/summary', { divisionCode }),
  create: (body: LabourCreateBody) => api.post<LabourView>('/api/labour-transfers', body),
  update: (id: string, body: LabourUpdateBody) => api.put<LabourView>(labourUrl(id), body),
  remove: (id: string) => api.del<void>(labourUrl(id)),
  exportList: (query: Query) => api.download('/api/labour-transfers/export', query),
  persons: (householdId: string) => api.get<LabourPersons>('/api/labour-transfers/persons', { householdId }),
  household: (id: string) => api.get<HouseholdView>(`/api/households/${encodeURIComponent(id)}`),
  searchHouseholds: (q: string) => api.get<{ items: HouseholdListItem[]; total: number }>('/api/households', { q, pageSize: 20 }),
};
