import type {
  BranchActionBody,
  BranchCandidate,
  BranchLeaveBody,
  DissolveBody,
  ElectionBody,
  TemporaryBranchBody,
  TemporaryBranchDetail,
} from '../../../contracts/temporary-branches.ts';
import type { TeamView } from '../../../contracts/teams.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every temporary-branch query key; writes invalidate it. */
export const temporaryBranchesKey = 'temporary-branches';

type List<T> = { items: T[]; total: number };
const one = (id: string) => `/api/temporary-branches/${encodeURIComponent(id)}`;

export const temporaryBranchesApi = {
  listUrl: '/api/temporary-branches',
  exportList: (query: Query) => api.download('/api/temporary-branches/export', query),
  get: (id: string) => api.get<TemporaryBranchDetail>(one(id)),
  request: (body: TemporaryBranchBody) => api.post<TemporaryBranchDetail>('/api/temporary-branches', body),
  act: (id: string, body: BranchActionBody) => api.post<TemporaryBranchDetail>(`${one(id)}/actions`, body),
  addMember: (id: string, cadreId: string) => api.post<TemporaryBranchDetail>(`${one(id)}/members`, { cadreId }),
  leave: (id: string, membershipId: string, body: BranchLeaveBody) =>
    api.post<TemporaryBranchDetail>(`${one(id)}/members/${encodeURIComponent(membershipId)}/leave`, body),
  elect: (id: string, body: ElectionBody) => api.post<TemporaryBranchDetail>(`${one(id)}/election`, body),
  dissolve: (id: string, body: DissolveBody) => api.post<TemporaryBranchDetail>(`${one(id)}/dissolve`, body),
  candidates: (query: { divisionCode?: string; teamIds?: string[]; q?: string }) =>
    api.get<List<BranchCandidate>>('/api/temporary-branches/candidates', {
      ...(query.divisionCode ? { divisionCode: query.divisionCode } : {}),
      ...(query.teamIds?.length ? { teamIds: query.teamIds.join(',') } : {}),
      ...(query.q ? { q: query.q } : {}),
    }),
  teams: (q: string) => api.get<List<TeamView>>('/api/teams', { q, pageSize: 20 }),
};
