import type { DutyStats, DutyStatsQuery } from '../../../contracts/duty-stats.ts';
import { api } from '../../platform/api.ts';

export const dutyStatsKey = 'duty-stats';

export const dutyStatsApi = {
  get: (query: DutyStatsQuery) => api.get<DutyStats>('/api/duty-stats', query),
  exportXlsx: (query: DutyStatsQuery) => api.download('/api/duty-stats/export', query),
};
