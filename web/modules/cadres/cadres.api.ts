import type {
  CadreCreateBody,
  CadreImportResult,
  CadreUpdateBody,
  CadreView,
} from '../../../contracts/cadres.ts';
import type { CadreMemberships } from '../../../contracts/party-orgs.ts';
import type { UnitView } from '../../../contracts/units.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every cadres query key; writes and imports invalidate it. */
export const cadresKey = 'cadres';

const cadreUrl = (id: string) => `/api/cadres/${encodeURIComponent(id)}`;

export type { CadreImportResult };

export const cadresApi = {
  listUrl: '/api/cadres',
  get: (id: string) => api.get<CadreView>(cadreUrl(id)),
  create: (body: CadreCreateBody) => api.post<CadreView>('/api/cadres', body),
  update: (id: string, body: CadreUpdateBody) => api.put<CadreView>(cadreUrl(id), body),
  unmaskUrl: (id: string) => `${cadreUrl(id)}/unmask`,
  /** The list's own filters and sort, as held in the address bar; the server checks them. */
  exportList: (query: Query) => api.download('/api/cadres/export', query),
  downloadTemplate: () => api.download('/api/cadres/import-template'),
  startImport: (file: File, mode: 'all' | 'partial') => api.upload<{ jobId: string }>(`/api/cadres/import?mode=${mode}`, file),
  downloadErrors: (jobId: string) => api.download(`/api/cadres/import/${encodeURIComponent(jobId)}/errors.xlsx`),
  /** Units to choose from: those of the caller's region, or any by name when he may pick outside it. */
  searchUnits: (q: string, mode: 'scope' | 'pick') => api.get<{ items: UnitView[]; total: number }>('/api/units', { q, mode, pageSize: 20 }),
  memberships: (cadreId: string) => api.get<CadreMemberships>('/api/party-orgs/memberships', { cadreId }),
};
