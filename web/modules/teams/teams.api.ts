import type {
  TeamCreateBody,
  TeamEndBody,
  TeamMemberBody,
  TeamMemberPatch,
  TeamUpdateBody,
  TeamView,
} from '../../../contracts/teams.ts';
import type { CadreList } from '../../../contracts/cadres.ts';
import type { UnitView } from '../../../contracts/units.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every teams query key; writes invalidate it. */
export const teamsKey = 'teams';

const teamUrl = (id: string) => `/api/teams/${encodeURIComponent(id)}`;

export const teamsApi = {
  listUrl: '/api/teams',
  get: (id: string) => api.get<TeamView>(teamUrl(id)),
  create: (body: TeamCreateBody) => api.post<TeamView>('/api/teams', body),
  update: (id: string, body: TeamUpdateBody) => api.put<TeamView>(teamUrl(id), body),
  end: (id: string, body: TeamEndBody) => api.post<TeamView>(`${teamUrl(id)}/end`, body),
  addMember: (id: string, body: TeamMemberBody) => api.post<TeamView>(`${teamUrl(id)}/members`, body),
  changeMember: (id: string, memberId: string, body: TeamMemberPatch) =>
    api.patch<TeamView>(`${teamUrl(id)}/members/${encodeURIComponent(memberId)}`, body),
  exportList: (query: Query) => api.download('/api/teams/export', query),
  exportRoster: (id: string) => api.download(`${teamUrl(id)}/roster`),
  /** Any registered unit by name: a provincial organ sending into the county is not yet "in" it. */
  pickUnits: (q: string) => api.get<{ items: UnitView[]; total: number }>('/api/units', { mode: 'pick', q, pageSize: 20 }),
  searchCadres: (q: string) => api.get<CadreList>('/api/cadres', { q, pageSize: 20 }),
};
