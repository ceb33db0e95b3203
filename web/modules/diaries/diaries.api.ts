import type { CadreView } from '../../../contracts/cadres.ts';
import type { DiaryCreateBody, DiaryList, DiaryUpdateBody, DiaryView } from '../../../contracts/diaries.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every diaries query key; writes invalidate it. */
export const diariesKey = 'diaries';

const diaryUrl = (id: string) => `/api/diaries/${encodeURIComponent(id)}`;

export const diariesApi = {
  listUrl: '/api/diaries',
  list: (query: Query) => api.get<DiaryList>('/api/diaries', query),
  create: (body: DiaryCreateBody) => api.post<DiaryView>('/api/diaries', body),
  update: (id: string, body: DiaryUpdateBody) => api.put<DiaryView>(diaryUrl(id), body),
  exportList: (query: Query) => api.download('/api/diaries/export', query),
  searchCadres: (q: string) => api.get<{ items: CadreView[]; total: number }>('/api/cadres', { q: q || undefined, pageSize: 20 }),
};
