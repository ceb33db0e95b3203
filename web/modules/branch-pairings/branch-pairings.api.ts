import type {
  ActivityBody,
  ActivityView,
  BranchCandidateQuery,
  PairingBody,
  PairingDetail,
  PairingEndBody,
  PairingSummary,
  PairingUpdateBody,
  RedFlagBody,
} from '../../../contracts/branch-pairings.ts';
import type { BranchCandidate } from '../../../contracts/branch-pairings.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every pairing query key; writes invalidate it. */
export const pairingKey = 'branch-pairings';

const one = (id: string) => `/api/branch-pairings/${encodeURIComponent(id)}`;

export const pairingApi = {
  listUrl: '/api/branch-pairings',
  get: (id: string) => api.get<PairingDetail>(one(id)),
  create: (body: PairingBody) => api.post<PairingDetail>('/api/branch-pairings', body),
  update: (id: string, body: PairingUpdateBody) => api.put<PairingDetail>(one(id), body),
  end: (id: string, body: PairingEndBody) => api.post<PairingDetail>(`${one(id)}/end`, body),
  exportList: (query: Query) => api.download('/api/branch-pairings/export', query),
  summary: (query: Query) => api.get<PairingSummary>('/api/branch-pairings/summary', query),
  candidates: (query: BranchCandidateQuery) => api.get<{ items: BranchCandidate[]; total: number }>('/api/branch-pairings/candidates', query),
  activities: (id: string) => api.get<{ items: ActivityView[]; total: number }>(`${one(id)}/activities`),
  addActivity: (id: string, body: ActivityBody) => api.post<ActivityView>(`${one(id)}/activities`, body),
  removeActivity: (id: string, activityId: string) => api.del<null>(`${one(id)}/activities/${encodeURIComponent(activityId)}`),
  recordRedFlag: (id: string, body: RedFlagBody) => api.post<PairingDetail>(`${one(id)}/red-flag`, body),
};
