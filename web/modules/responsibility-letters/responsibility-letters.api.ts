import type {
  LetterBody,
  LetterPerformance,
  LetterReportBody,
  LetterUnitOption,
  LetterView,
} from '../../../contracts/responsibility-letters.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every responsibility letter query key; writes invalidate it. */
export const letterKey = 'responsibility-letters';

const letterUrl = (id: string) => `/api/responsibility-letters/${encodeURIComponent(id)}`;
const taskUrl = (id: string, taskId: string, step: string) => `${letterUrl(id)}/tasks/${encodeURIComponent(taskId)}/${step}`;

export const letterApi = {
  listUrl: '/api/responsibility-letters',
  get: (id: string) => api.get<LetterView>(letterUrl(id)),
  create: (body: LetterBody) => api.post<LetterView>('/api/responsibility-letters', body),
  update: (id: string, body: LetterBody) => api.patch<LetterView>(letterUrl(id), body),
  remove: (id: string) => api.del<null>(letterUrl(id)),
  report: (id: string, taskId: string, body: LetterReportBody) => api.post<LetterView>(taskUrl(id, taskId, 'report'), body),
  confirm: (id: string, taskId: string) => api.post<LetterView>(taskUrl(id, taskId, 'confirm'), {}),
  sendBack: (id: string, taskId: string, reason: string) => api.post<LetterView>(taskUrl(id, taskId, 'return'), { reason }),
  units: (q: string) => api.get<{ items: LetterUnitOption[] }>('/api/responsibility-letters/units', { q }),
  performance: (query: Query) => api.get<LetterPerformance>('/api/responsibility-letters/performance', query),
  exportList: (query: Query) => api.download('/api/responsibility-letters/export', query),
  exportPerformance: (query: Query) => api.download('/api/responsibility-letters/performance/export', query),
};
