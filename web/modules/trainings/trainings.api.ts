import type {
  AttendanceAddBody,
  AttendancePatch,
  CadreTrainingView,
  MaterialIssueBody,
  MaterialIssueResult,
  MaterialList,
  MaterialSummary,
  TrainingSessionBody,
  TrainingView,
} from '../../../contracts/trainings.ts';
import type { CadreList } from '../../../contracts/cadres.ts';
import type { TeamView } from '../../../contracts/teams.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every trainings query key; writes invalidate it. */
export const trainingsKey = 'trainings';

const sessionUrl = (id: string) => `/api/trainings/${encodeURIComponent(id)}`;
const attendeeUrl = (id: string, cadreId: string) => `${sessionUrl(id)}/attendance/${encodeURIComponent(cadreId)}`;

export const trainingsApi = {
  listUrl: '/api/trainings',
  materialsUrl: '/api/trainings/materials',
  get: (id: string) => api.get<TrainingView>(sessionUrl(id)),
  create: (body: TrainingSessionBody) => api.post<TrainingView>('/api/trainings', body),
  update: (id: string, body: TrainingSessionBody) => api.put<TrainingView>(sessionUrl(id), body),
  addAttendees: (id: string, body: AttendanceAddBody) => api.post<TrainingView>(`${sessionUrl(id)}/attendance`, body),
  changeAttendee: (id: string, cadreId: string, body: AttendancePatch) => api.patch<TrainingView>(attendeeUrl(id, cadreId), body),
  removeAttendee: (id: string, cadreId: string) => api.del<TrainingView>(attendeeUrl(id, cadreId)),
  exportList: (query: Query) => api.download('/api/trainings/export', query),
  ofCadre: (cadreId: string) => api.get<CadreTrainingView>(`/api/trainings/cadres/${encodeURIComponent(cadreId)}`),
  materials: (query: Query) => api.get<MaterialList>('/api/trainings/materials', query),
  summary: (divisionCode?: string) => api.get<MaterialSummary>('/api/trainings/materials/summary', { divisionCode }),
  issue: (body: MaterialIssueBody) => api.post<MaterialIssueResult>('/api/trainings/materials', body),
  exportMaterials: (query: Query) => api.download('/api/trainings/materials/export', query),
  searchCadres: (q: string) => api.get<CadreList>('/api/cadres', { q, pageSize: 20 }),
  searchTeams: (q: string) => api.get<{ items: { id: string; name: string }[]; total: number }>('/api/teams', { q, status: 'active', pageSize: 20 }),
  team: (teamId: string) => api.get<TeamView>(`/api/teams/${encodeURIComponent(teamId)}`),
};
