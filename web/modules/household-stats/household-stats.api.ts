import type { HouseholdStats, HouseholdStatsQuery } from '../../../contracts/household-stats.ts';
import { api } from '../../platform/api.ts';

export const householdStatsKey = 'household-stats';

export const householdStatsApi = {
  get: (query: HouseholdStatsQuery) => api.get<HouseholdStats>('/api/household-stats', query),
  exportXlsx: (query: HouseholdStatsQuery) => api.download('/api/household-stats/export', query),
};
