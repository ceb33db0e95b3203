import type { PresenceCreateBody, PresenceMine, PresenceMonthly, PresenceView } from '../../../contracts/presence.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every presence query key; writes invalidate it. */
export const presenceKey = 'presence';

export const presenceApi = {
  monthlyUrl: '/api/presence/monthly',
  mine: (query: { month: string; cadreId?: string | undefined }) => api.get<PresenceMine>('/api/presence/mine', query),
  teamMonthly: (teamId: string, month?: string) =>
    api.get<PresenceMonthly>(`/api/presence/teams/${encodeURIComponent(teamId)}/monthly`, month ? { month } : undefined),
  record: (body: PresenceCreateBody) => api.post<PresenceView>('/api/presence', body),
  remove: (id: string) => api.del<null>(`/api/presence/${encodeURIComponent(id)}`),
  exportMonthly: (query: Query) => api.download('/api/presence/monthly/export', query),
  exportDays: (query: Query) => api.download('/api/presence/export', query),
};
