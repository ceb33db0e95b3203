import type { ServiceRequestBody, ServiceRequestList, ServiceRequestView } from '../../../contracts/service-requests.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every service request query key; writes invalidate it. */
export const serviceRequestKey = 'service-requests';

const requestUrl = (id: string) => `/api/service-requests/${encodeURIComponent(id)}`;

export const serviceRequestApi = {
  listUrl: '/api/service-requests',
  list: (query: Query) => api.get<ServiceRequestList>('/api/service-requests', query),
  get: (id: string) => api.get<ServiceRequestView>(requestUrl(id)),
  create: (body: ServiceRequestBody) => api.post<ServiceRequestView>('/api/service-requests', body),
  act: (id: string, action: string, comment: string | undefined) =>
    api.post<ServiceRequestView>(`${requestUrl(id)}/actions`, { action, ...(comment ? { comment } : {}) }),
  exportList: (query: Query) => api.download('/api/service-requests/export', query),
};
