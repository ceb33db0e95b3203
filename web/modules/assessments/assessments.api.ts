import type { AssessmentBody, AssessmentDetail, GradeBody, GradeView, MyGrade } from '../../../contracts/assessments.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every assessment query key; writes invalidate it. */
export const assessmentKey = 'assessments';

const one = (id: string) => `/api/assessments/${encodeURIComponent(id)}`;

export const assessmentApi = {
  listUrl: '/api/assessments',
  get: (id: string, query: Query) => api.get<AssessmentDetail>(one(id), query),
  create: (body: AssessmentBody) => api.post<AssessmentDetail>('/api/assessments', body),
  changeGrade: (id: string, gradeId: string, body: GradeBody) => api.put<GradeView>(`${one(id)}/grades/${encodeURIComponent(gradeId)}`, body),
  confirm: (id: string) => api.post<AssessmentDetail>(`${one(id)}/confirm`),
  exportGrades: (id: string, query: Query) => api.download(`${one(id)}/export`, query),
  ofCadre: (cadreId: string) => api.get<{ items: MyGrade[]; total: number }>(`/api/assessments/cadres/${encodeURIComponent(cadreId)}`),
  mine: () => api.get<{ items: MyGrade[]; total: number }>('/api/assessments/mine'),
};
