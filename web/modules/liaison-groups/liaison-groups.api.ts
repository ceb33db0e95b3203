import type { LiaisonGroupBody, LiaisonGroupDetail } from '../../../contracts/liaison-groups.ts';
import type { MeetingView } from '../../../contracts/meetings.ts';
import type { TeamListItem, TeamView } from '../../../contracts/teams.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every liaison group query key; writes invalidate it. */
export const liaisonGroupKey = 'liaison-groups';

const one = (id: string) => `/api/liaison-groups/${encodeURIComponent(id)}`;

export const liaisonGroupApi = {
  listUrl: '/api/liaison-groups',
  exportList: (query: Query) => api.download('/api/liaison-groups/export', query),
  get: (id: string) => api.get<LiaisonGroupDetail>(one(id)),
  create: (body: LiaisonGroupBody) => api.post<LiaisonGroupDetail>('/api/liaison-groups', body),
  update: (id: string, body: LiaisonGroupBody) => api.put<LiaisonGroupDetail>(one(id), body),
  remove: (id: string) => api.del<null>(one(id)),
  searchTeams: (q: string) => api.get<{ items: TeamListItem[]; total: number }>('/api/teams', { q, status: 'active', pageSize: 20 }),
  team: (id: string) => api.get<TeamView>(`/api/teams/${encodeURIComponent(id)}`),
  searchMeetings: (q: string) => api.get<{ items: MeetingView[]; total: number }>('/api/meetings', { q, pageSize: 20 }),
};
