import type { AssessmentFormulaBody, AssessmentView, ChainView, StatisticsView } from '../../../../contracts/campaign-analysis.ts';
import { api, type Query } from '../../../platform/api.ts';

/** The first element of every analysis query key; a new formula invalidates it. */
export const analysisKey = 'campaign-analysis';

const base = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;

export const analysisApi = {
  statistics: (id: string, query: Query) => api.get<StatisticsView>(`${base(id)}/statistics`, query),
  exportStatistics: (id: string, query: Query) => api.download(`${base(id)}/statistics/export`, query),
  assessment: (id: string, query: Query) => api.get<AssessmentView>(`${base(id)}/assessment`, query),
  exportAssessment: (id: string, query: Query) => api.download(`${base(id)}/assessment/export`, query),
  saveFormula: (id: string, body: AssessmentFormulaBody) => api.put<AssessmentView>(`${base(id)}/assessment/formula`, body),
  chain: (id: string, unitId: string) => api.get<ChainView>(`${base(id)}/chain`, { unitId }),
};
