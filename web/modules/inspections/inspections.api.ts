import type {
  CriticismList,
  InspectionCreateBody,
  InspectionRoster,
  InspectionView,
  RectificationList,
  RectificationView,
} from '../../../contracts/inspections.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every inspections query key; writes invalidate it (and the to-do counts). */
export const inspectionsKey = 'inspections';

const rectificationUrl = (id: string) => `/api/rectifications/${encodeURIComponent(id)}`;

export const inspectionsApi = {
  listUrl: '/api/inspections',
  rectificationsUrl: '/api/rectifications',
  criticismsUrl: '/api/inspections/criticisms',
  get: (id: string) => api.get<InspectionView>(`/api/inspections/${encodeURIComponent(id)}`),
  create: (body: InspectionCreateBody) => api.post<InspectionView>('/api/inspections', body),
  roster: (divisionCode: string, on: string) => api.get<InspectionRoster>('/api/inspections/roster', { divisionCode, on }),
  exportList: (query: Query) => api.download('/api/inspections/export', query),
  rectification: (id: string) => api.get<RectificationView>(rectificationUrl(id)),
  rectifications: (query: Query) => api.get<RectificationList>('/api/rectifications', query),
  answer: (id: string, response: string) => api.post<RectificationView>(`${rectificationUrl(id)}/answer`, { response }),
  act: (id: string, action: string, comment: string | undefined) => api.post<RectificationView>(`${rectificationUrl(id)}/actions`, { action, comment }),
  exportRectifications: (query: Query) => api.download('/api/rectifications/export', query),
  criticisms: (query: Query) => api.get<CriticismList>('/api/inspections/criticisms', query),
  exportCriticisms: (query: Query) => api.download('/api/inspections/criticisms/export', query),
};
