import type {
  CadreMemberships,
  MembershipBody,
  MembershipPatchBody,
  MembershipView,
  PartyOrgBody,
  PartyOrgDetail,
  PartyOrgView,
} from '../../../contracts/party-orgs.ts';
import type { CadreBrief } from '../../../contracts/cadres.ts';
import type { UnitView } from '../../../contracts/units.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every party-orgs query key; writes invalidate it. */
export const partyOrgsKey = 'party-orgs';

type List<T> = { items: T[]; total: number };
const one = (id: string) => `/api/party-orgs/${encodeURIComponent(id)}`;

export const partyOrgsApi = {
  listUrl: '/api/party-orgs',
  /** The server names the file and records the export on the trail. */
  exportList: (query: Query) => api.download('/api/party-orgs/export', query),
  list: (query: { parent?: string; kind?: string; q?: string; pageSize?: number }) => api.get<List<PartyOrgView>>('/api/party-orgs', query),
  get: (id: string) => api.get<PartyOrgDetail>(one(id)),
  create: (body: PartyOrgBody) => api.post<PartyOrgDetail>('/api/party-orgs', body),
  update: (id: string, body: PartyOrgBody) => api.put<PartyOrgDetail>(one(id), body),
  candidates: (id: string, q: string) => api.get<List<CadreBrief>>(`${one(id)}/candidates`, { q }),
  addMember: (id: string, body: MembershipBody) => api.post<MembershipView>(`${one(id)}/members`, body),
  changeMember: (id: string, membershipId: string, body: MembershipPatchBody) =>
    api.patch<MembershipView>(`${one(id)}/members/${encodeURIComponent(membershipId)}`, body),
  cadreMemberships: (cadreId: string) => api.get<CadreMemberships>('/api/party-orgs/memberships', { cadreId }),
  units: (q: string) => api.get<List<UnitView>>('/api/units', { q, pageSize: 20 }),
};
