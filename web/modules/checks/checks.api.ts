import type { CheckCode, CheckFindings, ChecksOverview } from '../../../contracts/checks.ts';
import { api } from '../../platform/api.ts';

export const checksKey = 'checks';

export const checksApi = {
  overview: (divisionCode: string | undefined) => api.get<ChecksOverview>('/api/checks', { divisionCode }),
  findings: (code: CheckCode, query: { divisionCode?: string; page: number; pageSize: number }) => api.get<CheckFindings>(`/api/checks/${code}`, query),
  exportXlsx: (code: CheckCode, divisionCode: string | undefined) => api.download(`/api/checks/${code}/export`, { divisionCode }),
};
