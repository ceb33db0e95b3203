import type { JobView } from '../../../contracts/common.ts';
import type { DivisionDetail, DivisionNode, DivisionSearchItem, LocalVillageBody, VillageProfileBody } from '../../../contracts/divisions.ts';
import { api } from '../../platform/api.ts';

type ListResult<T> = { items: T[]; total: number };

/** The first element of every divisions query key; writes invalidate it. */
export const divisionsKey = 'divisions';

export const divisionsApi = {
  children: (parent?: string) => api.get<ListResult<DivisionNode>>('/api/divisions', { parent }),
  search: (q: string, within?: string) => api.get<ListResult<DivisionSearchItem>>('/api/divisions/search', { q, within, pageSize: 20 }),
  get: (code: string) => api.get<DivisionDetail>(`/api/divisions/${encodeURIComponent(code)}`),
  saveProfile: (code: string, body: VillageProfileBody) => api.put<DivisionDetail>(`/api/divisions/${encodeURIComponent(code)}/profile`, body),
  addLocalVillage: (body: LocalVillageBody) => api.post<DivisionDetail>('/api/divisions', body),
  loadAll: () => api.post<JobView>('/api/divisions/load-all'),
};
