import type { IndustrySummary } from '../../../contracts/industry.ts';
import type { HouseholdListItem } from '../../../contracts/households.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every industry query key; writes invalidate it. */
export const industryKey = 'industry';

/** The five record kinds, by their path under /api/industry. */
export const recordPaths = ['cooperatives', 'demo-bases', 'demo-households', 'pioneer-posts', 'core-farmers'] as const;
export type RecordPath = (typeof recordPaths)[number];

const base = (path: RecordPath) => `/api/industry/${path}`;
const one = (path: RecordPath, id: string) => `${base(path)}/${encodeURIComponent(id)}`;

export const industryApi = {
  summary: (query: { divisionCode?: string }) => api.get<IndustrySummary>('/api/industry', query),
  exportSummary: (query: Query) => api.download('/api/industry/export', query),
  listUrl: base,
  create: <T>(path: RecordPath, body: unknown) => api.post<T>(base(path), body),
  update: <T>(path: RecordPath, id: string, body: unknown) => api.patch<T>(one(path, id), body),
  remove: (path: RecordPath, id: string) => api.del<null>(one(path, id)),
  exportList: (path: RecordPath, query: Query) => api.download(`${base(path)}/export`, query),
  searchHouseholds: (q: string, divisionCode?: string) =>
    api.get<{ items: HouseholdListItem[]; total: number }>('/api/households', { q, pageSize: 20, ...(divisionCode ? { divisionCode } : {}) }),
};
