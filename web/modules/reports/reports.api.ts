import type { AttachmentView, ReportRules, ReportCreateBody, ReportStatusList, ReportUpdateBody, ReportView } from '../../../contracts/reports.ts';
import type { TeamListItem } from '../../../contracts/teams.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every reports query key; writes invalidate it. */
export const reportsKey = 'reports';

const reportUrl = (id: string) => `/api/reports/${encodeURIComponent(id)}`;

export const reportsApi = {
  listUrl: '/api/reports',
  rules: () => api.get<ReportRules>('/api/reports/rules'),
  get: (id: string) => api.get<ReportView>(reportUrl(id)),
  create: (body: ReportCreateBody) => api.post<ReportView>('/api/reports', body),
  update: (id: string, body: ReportUpdateBody) => api.put<ReportView>(reportUrl(id), body),
  markRead: (id: string) => api.post<ReportView>(`${reportUrl(id)}/read`),
  exportList: (query: Query) => api.download('/api/reports/export', query),
  status: (query: Query) => api.get<ReportStatusList>('/api/reports/status', query),
  exportStatus: (query: Query) => api.download('/api/reports/status/export', query),
  upload: (id: string, file: File) => api.upload<AttachmentView>(`${reportUrl(id)}/attachments`, file),
  attachmentUrl: (id: string, fileId: string) => `${reportUrl(id)}/attachments/${encodeURIComponent(fileId)}`,
  download: (id: string, fileId: string) => api.download(`${reportUrl(id)}/attachments/${encodeURIComponent(fileId)}`),
  removeAttachment: (id: string, fileId: string) => api.del<void>(`${reportUrl(id)}/attachments/${encodeURIComponent(fileId)}`),
  /** The teams a report can be sent for: those in post the account sees. */
  activeTeams: () => api.get<{ items: TeamListItem[]; total: number }>('/api/teams', { status: 'active', pageSize: 100, sort: 'name' }),
};
