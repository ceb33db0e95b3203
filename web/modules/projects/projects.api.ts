import type { ProjectBody, ProjectListItem, ProjectTransitionBody, ProjectView } from '../../../contracts/projects.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every project query key; writes invalidate it. */
export const projectsKey = 'projects';

const projectUrl = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export const projectsApi = {
  listUrl: '/api/projects',
  list: (query: Query) => api.get<{ items: ProjectListItem[]; total: number }>('/api/projects', query),
  get: (id: string) => api.get<ProjectView>(projectUrl(id)),
  propose: (body: ProjectBody) => api.post<ProjectView>('/api/projects', body),
  update: (id: string, body: ProjectBody) => api.put<ProjectView>(projectUrl(id), body),
  transition: (id: string, body: ProjectTransitionBody) => api.post<ProjectView>(`${projectUrl(id)}/transitions`, body),
  exportList: (query: Query) => api.download('/api/projects/export', query),
};
