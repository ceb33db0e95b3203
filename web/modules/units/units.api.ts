import type { UnitBody, UnitView } from '../../../contracts/units.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every units query key; writes invalidate it. */
export const unitsKey = 'units';

export const unitsApi = {
  listUrl: '/api/units',
  /** The server names the file and records the export on the trail. */
  exportList: (query: Query) => api.download('/api/units/export', query),
  get: (id: string) => api.get<UnitView>(`/api/units/${encodeURIComponent(id)}`),
  create: (body: UnitBody) => api.post<UnitView>('/api/units', body),
  update: (id: string, body: UnitBody) => api.put<UnitView>(`/api/units/${encodeURIComponent(id)}`, body),
};
