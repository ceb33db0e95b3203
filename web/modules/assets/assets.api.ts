import type {
  AssetCheckBody,
  AssetCreateBody,
  AssetList,
  AssetUpdateBody,
  AssetView,
  DividendBody,
  ShareCreateBody,
  ShareList,
  ShareListItem,
  ShareSummary,
} from '../../../contracts/assets.ts';
import type { HouseholdListItem } from '../../../contracts/households.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every asset query key; writes invalidate it. */
export const assetKey = 'assets';
export const shareKey = 'shares';

const assetUrl = (id: string) => `/api/assets/${encodeURIComponent(id)}`;

export const assetApi = {
  listUrl: '/api/assets',
  list: (query: Query) => api.get<AssetList>('/api/assets', query),
  get: (id: string) => api.get<AssetView>(assetUrl(id)),
  create: (body: AssetCreateBody) => api.post<AssetView>('/api/assets', body),
  update: (id: string, body: AssetUpdateBody) => api.put<AssetView>(assetUrl(id), body),
  addCheck: (id: string, body: AssetCheckBody) => api.post<AssetView>(`${assetUrl(id)}/checks`, body),
  exportList: (query: Query) => api.download('/api/assets/export', query),
};

export const shareApi = {
  listUrl: '/api/shares',
  list: (query: Query) => api.get<ShareList>('/api/shares', query),
  create: (body: ShareCreateBody) => api.post<ShareListItem>('/api/shares', body),
  recordDividend: (id: string, body: DividendBody) => api.post<ShareListItem>(`/api/shares/${encodeURIComponent(id)}/dividends`, body),
  summary: (query: { divisionCode?: string; year: number }) => api.get<ShareSummary>('/api/shares/summary', query),
  exportList: (query: Query) => api.download('/api/shares/export', query),
  searchHouseholds: (q: string) => api.get<{ items: HouseholdListItem[]; total: number }>('/api/households', { q, pageSize: 20 }),
};
