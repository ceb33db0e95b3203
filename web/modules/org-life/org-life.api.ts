import type {
  BranchMember,
  BranchReportList,
  BranchReportView,
  FrequencyList,
  FrequencyPutBody,
  OrgLifeInput,
  OrgLifeList,
  OrgLifePhotoView,
  OrgLifeView,
  ReportQuery,
  SixOnesSummary,
  SixOnesView,
} from '../../../contracts/org-life.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every org-life query key; writes invalidate it. */
export const orgLifeKey = 'org-life';

const reportsUrl = (orgId: string) => `/api/six-ones/${encodeURIComponent(orgId)}/reports`;

export const orgLifeApi = {
  listUrl: '/api/org-life',
  list: (query: Query) => api.get<OrgLifeList>('/api/org-life', query),
  get: (id: string) => api.get<OrgLifeView>(`/api/org-life/${encodeURIComponent(id)}`),
  update: (id: string, body: Omit<OrgLifeInput, 'partyOrgId'>) => api.put<OrgLifeView>(`/api/org-life/${encodeURIComponent(id)}`, body),
  remove: (id: string) => api.del<null>(`/api/org-life/${encodeURIComponent(id)}`),
  photoUrl: (id: string, fileId: string) => `/api/org-life/${encodeURIComponent(id)}/photos/${encodeURIComponent(fileId)}`,
  create: (body: OrgLifeInput) => api.post<OrgLifeView>('/api/org-life', body),
  uploadPhoto: (id: string, file: File) => api.upload<OrgLifePhotoView>(`/api/org-life/${encodeURIComponent(id)}/photos`, file),
  exportList: (query: Query) => api.download('/api/org-life/export', query),
  members: (orgId: string, on: string) => api.get<{ items: BranchMember[] }>(`/api/org-life/members/${encodeURIComponent(orgId)}`, { on }),
  frequencies: (orgId: string) => api.get<FrequencyList>('/api/org-life/frequencies', { partyOrgId: orgId }),
  putFrequencies: (orgId: string, body: FrequencyPutBody) => api.put<FrequencyList>(`/api/org-life/frequencies?partyOrgId=${encodeURIComponent(orgId)}`, body),
  branches: (year: number) => api.get<SixOnesSummary>('/api/six-ones', { year }),
  sixOnes: (orgId: string, year: number) => api.get<SixOnesView>('/api/six-ones', { partyOrgId: orgId, year }),
  reports: (orgId: string) => api.get<BranchReportList>(reportsUrl(orgId)),
  preview: (orgId: string, query: ReportQuery) => api.get<BranchReportView>(`${reportsUrl(orgId)}/preview`, query),
  issue: (orgId: string, query: ReportQuery) => api.post<BranchReportView>(reportsUrl(orgId), query),
  exportReport: (orgId: string, reportId: string) => api.download(`${reportsUrl(orgId)}/${encodeURIComponent(reportId)}/export`),
};
