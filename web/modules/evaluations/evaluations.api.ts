import type {
  AdjustmentBody,
  BreakdownView,
  EvaluationDetail,
  EvaluationView,
  MineItem,
  OpenBody,
  RubricBody,
  RubricView,
  ScoresBody,
} from '../../../contracts/evaluations.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every evaluation query key; writes invalidate it. */
export const evaluationKey = 'evaluations';

const one = (id: string) => `/api/evaluations/${encodeURIComponent(id)}`;

export const evaluationApi = {
  listUrl: '/api/evaluations',
  list: (query: Query) => api.get<{ items: EvaluationView[]; total: number }>('/api/evaluations', query),
  open: (body: OpenBody) => api.post<EvaluationDetail>('/api/evaluations', body),
  get: (id: string, query: Query) => api.get<EvaluationDetail>(one(id), query),
  exportRanking: (id: string, query: Query) => api.download(`${one(id)}/export`, query),
  breakdown: (id: string, cadreId: string) => api.get<BreakdownView>(`${one(id)}/cadres/${encodeURIComponent(cadreId)}`),
  recompute: (id: string) => api.post<EvaluationDetail>(`${one(id)}/recompute`),
  saveScores: (id: string, body: ScoresBody) => api.put<{ saved: number }>(`${one(id)}/scores`, body),
  adjust: (id: string, body: AdjustmentBody) => api.post<BreakdownView>(`${one(id)}/adjustments`, body),
  confirm: (id: string) => api.post<EvaluationDetail>(`${one(id)}/confirm`),
  publish: (id: string) => api.post<EvaluationDetail>(`${one(id)}/publish`),
  mine: () => api.get<{ items: MineItem[]; total: number }>('/api/evaluations/mine'),
  rubric: (divisionCode?: string) => api.get<RubricView>('/api/evaluations/rubric', divisionCode ? { divisionCode } : undefined),
  saveRubric: (body: RubricBody) => api.put<RubricView>('/api/evaluations/rubric', body),
};
