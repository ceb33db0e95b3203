import type {
  AdvisorBody,
  AdvisorList,
  AdvisorView,
  BriefingChannel,
  BriefingView,
  BulkBriefingResult,
  PublicBriefingView,
  SupportBody,
  SupportView,
} from '../../../contracts/advisors.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every advisors query key; writes invalidate it. */
export const advisorKey = 'advisors';

const advisorUrl = (id: string) => `/api/advisors/${encodeURIComponent(id)}`;
const briefingUrl = (id: string, briefingId: string) => `${advisorUrl(id)}/briefings/${encodeURIComponent(briefingId)}`;

export const advisorApi = {
  listUrl: '/api/advisors',
  supportsUrl: '/api/advisors/supports',
  list: (query: Query) => api.get<AdvisorList>('/api/advisors', query),
  get: (id: string) => api.get<AdvisorView>(advisorUrl(id)),
  create: (body: AdvisorBody) => api.post<AdvisorView>('/api/advisors', body),
  update: (id: string, body: AdvisorBody) => api.put<AdvisorView>(advisorUrl(id), body),
  remove: (id: string) => api.del<null>(advisorUrl(id)),
  revealUrl: (id: string) => `${advisorUrl(id)}/reveal`,
  addSupport: (id: string, body: SupportBody) => api.post<SupportView>(`${advisorUrl(id)}/supports`, body),
  generate: (id: string, period: string, regenerate: boolean) =>
    api.post<BriefingView>(`${advisorUrl(id)}/briefings`, { period, ...(regenerate ? { regenerate } : {}) }),
  generateRound: (period: string, divisionCode: string | undefined) =>
    api.post<BulkBriefingResult>('/api/advisors/briefings/generate', { period, ...(divisionCode ? { divisionCode } : {}) }),
  send: (id: string, briefingId: string, channel: BriefingChannel) => api.post<BriefingView>(`${briefingUrl(id, briefingId)}/send`, { channel }),
  revoke: (id: string, briefingId: string) => api.post<BriefingView>(`${briefingUrl(id, briefingId)}/revoke`),
  publicBriefing: (token: string) => api.get<PublicBriefingView>(`/api/public/briefings/${encodeURIComponent(token)}`),
  exportList: (query: Query) => api.download('/api/advisors/export', query),
  exportSupports: (query: Query) => api.download('/api/advisors/supports/export', query),
};

/** The address a briefing's link opens, to copy into a message to the advisor. */
export function publicBriefingLink(token: string, origin = window.location.origin): string {
  return `${origin}/b/${encodeURIComponent(token)}`;
}
