import type { CadreView } from '../../../contracts/cadres.ts';
import type { HouseholdListItem } from '../../../contracts/households.ts';
import type {
  CoverageHouseholdList,
  CoverageReport,
  VisitCreateBody,
  VisitList,
  VisitPhotoView,
  VisitUpdateBody,
  VisitView,
} from '../../../contracts/visits.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every visits query key; writes invalidate it. */
export const visitsKey = 'visits';

const visitUrl = (id: string) => `/api/visits/${encodeURIComponent(id)}`;
const photoUrl = (id: string, fileId: string) => `${visitUrl(id)}/photos/${encodeURIComponent(fileId)}`;

export const visitsApi = {
  listUrl: '/api/visits',
  list: (query: Query) => api.get<VisitList>('/api/visits', query),
  get: (id: string) => api.get<VisitView>(visitUrl(id)),
  create: (body: VisitCreateBody) => api.post<VisitView>('/api/visits', body),
  update: (id: string, body: VisitUpdateBody) => api.put<VisitView>(visitUrl(id), body),
  remove: (id: string) => api.del<void>(visitUrl(id)),
  exportList: (query: Query) => api.download('/api/visits/export', query),
  uploadPhoto: (id: string, file: File) => api.upload<VisitPhotoView>(`${visitUrl(id)}/photos`, file),
  downloadPhoto: (id: string, fileId: string) => api.download(photoUrl(id, fileId)),
  removePhoto: (id: string, fileId: string) => api.del<void>(photoUrl(id, fileId)),
  coverage: (query: Query) => api.get<CoverageReport>('/api/visits/coverage', query),
  coverageHouseholds: (query: Query) => api.get<CoverageHouseholdList>('/api/visits/coverage/households', query),
  searchHouseholds: (q: string) => api.get<{ items: HouseholdListItem[]; total: number }>('/api/households', { q: q || undefined, pageSize: 20 }),
  searchCadres: (q: string) => api.get<{ items: CadreView[]; total: number }>('/api/cadres', { q: q || undefined, pageSize: 20 }),
};
