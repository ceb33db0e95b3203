import type { MeetingBody, MeetingDetail } from '../../../contracts/meetings.ts';
import type { TeamListItem } from '../../../contracts/teams.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every meeting query key; writes invalidate it. */
export const meetingKey = 'meetings';

const one = (id: string) => `/api/meetings/${encodeURIComponent(id)}`;

export const meetingApi = {
  listUrl: '/api/meetings',
  exportList: (query: Query) => api.download('/api/meetings/export', query),
  get: (id: string) => api.get<MeetingDetail>(one(id)),
  create: (body: MeetingBody) => api.post<MeetingDetail>('/api/meetings', body),
  update: (id: string, body: MeetingBody) => api.put<MeetingDetail>(one(id), body),
  remove: (id: string) => api.del<null>(one(id)),
  searchTeams: (q: string) => api.get<{ items: TeamListItem[]; total: number }>('/api/teams', { q, status: 'active', pageSize: 20 }),
};
