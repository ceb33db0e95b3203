import type { VillageClassBody, VillageClassSummary, VillageClassUpdateBody, VillageClassView, VillagePage } from '../../../contracts/village-classes.ts';
import type { UnitView } from '../../../contracts/units.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every class query key; writes invalidate it. */
export const classKey = 'village-classes';

const one = (id: string) => `/api/village-classes/${encodeURIComponent(id)}`;

export const classApi = {
  listUrl: '/api/village-classes',
  create: (body: VillageClassBody) => api.post<VillageClassView>('/api/village-classes', body),
  update: (id: string, body: VillageClassUpdateBody) => api.put<VillageClassView>(one(id), body),
  remove: (id: string) => api.del<null>(one(id)),
  exportList: (query: Query) => api.download('/api/village-classes/export', query),
  summary: (query: Query) => api.get<VillageClassSummary>('/api/village-classes/summary', query),
  village: (code: string) => api.get<VillagePage>(`/api/villages/${encodeURIComponent(code)}/profile`),
  searchUnits: (q: string) => api.get<{ items: UnitView[]; total: number }>('/api/units', { q, pageSize: 20 }),
};
