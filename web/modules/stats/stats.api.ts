import type { StatsRefreshAccepted, StatsView } from '../../../contracts/stats.ts';
import { api } from '../../platform/api.ts';

export const statsKey = 'stats';

/** The dashboard's division travels as `divisionCode`, the API's filter name; the page's own URL says `division`. */
export const statsApi = {
  get: (division: string | null) => api.get<StatsView>('/api/stats', division ? { divisionCode: division } : {}),
  exportXlsx: (division: string | null) => api.download('/api/stats/export', division ? { divisionCode: division } : {}),
  refresh: () => api.post<StatsRefreshAccepted>('/api/stats/refresh', {}),
};
