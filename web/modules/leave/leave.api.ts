import type { LeaveList, LeaveReportBackBody, LeaveRequestBody, LeaveRulesView, LeaveUpdateBody, LeaveView } from '../../../contracts/leave.ts';
import type { TeamListItem, TeamView } from '../../../contracts/teams.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every leave query key; writes invalidate it. */
export const leaveKey = 'leave';

const leaveUrl = (id: string) => `/api/leave/${encodeURIComponent(id)}`;

export const leaveApi = {
  listUrl: '/api/leave',
  list: (query: Query) => api.get<LeaveList>('/api/leave', query),
  get: (id: string) => api.get<LeaveView>(leaveUrl(id)),
  rules: () => api.get<LeaveRulesView>('/api/leave/rules'),
  request: (body: LeaveRequestBody) => api.post<LeaveView>('/api/leave', body),
  update: (id: string, body: LeaveUpdateBody) => api.put<LeaveView>(leaveUrl(id), body),
  act: (id: string, action: string, comment: string | undefined) => api.post<LeaveView>(`${leaveUrl(id)}/actions`, { action, ...(comment ? { comment } : {}) }),
  reportBack: (id: string, body: LeaveReportBackBody) => api.post<LeaveView>(`${leaveUrl(id)}/report-back`, body),
  exportList: (query: Query) => api.download('/api/leave/export', query),
  /** The team a leader may ask leave for: the active teams he sees, then the one he serves in. */
  activeTeams: () => api.get<{ items: TeamListItem[]; total: number }>('/api/teams', { status: 'active', pageSize: 20 }),
  team: (id: string) => api.get<TeamView>(`/api/teams/${encodeURIComponent(id)}`),
};
