import type { HouseholdImportMode, ImportJobView, ImportMapping, ImportPreview } from '../../../contracts/household-imports.ts';
import { api } from '../../platform/api.ts';

export const importsKey = 'household-imports';

export const importsApi = {
  downloadTemplate: () => api.download('/api/imports/template'),
  preview: (file: File) => api.upload<ImportPreview>('/api/imports/preview', file),
  start: (file: File, mapping: ImportMapping, mode: HouseholdImportMode) =>
    api.upload<{ jobId: string }>('/api/imports', file, { mapping: JSON.stringify(mapping), mode }),
  get: (jobId: string) => api.get<ImportJobView>(`/api/imports/${encodeURIComponent(jobId)}`),
  list: (page: number, pageSize: number) => api.get<{ items: ImportJobView[]; total: number }>('/api/imports', { page, pageSize }),
  downloadErrors: (jobId: string) => api.download(`/api/imports/${encodeURIComponent(jobId)}/errors`),
};
