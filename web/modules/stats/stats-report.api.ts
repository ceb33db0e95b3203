import type { MonthlyReport, MonthlyReportFormat, MonthlyReportQuery } from '../../../contracts/stats-report.ts';
import { api } from '../../platform/api.ts';

export const monthlyReportKey = 'stats-monthly-report';

export const statsReportApi = {
  preview: (query: MonthlyReportQuery) => api.get<MonthlyReport>('/api/stats/reports/monthly/preview', query),
  download: (query: MonthlyReportQuery, format: MonthlyReportFormat) => api.download('/api/stats/reports/monthly', { ...query, format }),
};
