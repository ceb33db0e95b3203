import { api, type Query } from '../../platform/api.ts';

/** The first element of every audit-events query key. */
export const auditEventsKey = 'audit-events';

export const auditEventsApi = {
  listUrl: '/api/audit-events',
  /** The server names the file and records the export itself on the trail. */
  export: (filters: Query) => api.download('/api/audit-events/export', filters),
};
