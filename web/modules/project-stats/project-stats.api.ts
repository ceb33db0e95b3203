import type { ProjectStats, ProjectStatsQuery, ProjectUnitStats, ProjectUnitStatsQuery } from '../../../contracts/project-stats.ts';
import { api } from '../../platform/api.ts';

export const projectStatsKey = 'project-stats';

export const projectStatsApi = {
  get: (query: ProjectStatsQuery) => api.get<ProjectStats>('/api/project-stats', query),
  exportXlsx: (query: ProjectStatsQuery) => api.download('/api/project-stats/export', query),
  units: (query: ProjectUnitStatsQuery) => api.get<ProjectUnitStats>('/api/project-stats/units', query),
  exportUnitsXlsx: (query: ProjectUnitStatsQuery) => api.download('/api/project-stats/units/export', query),
};
