import type {
  BranchOption,
  CampaignBody,
  CampaignList,
  CampaignTaskBody,
  CampaignTaskView,
  CampaignView,
  LedgerEntryBody,
  LedgerEntryView,
  TargetRow,
  TargetsBody,
} from '../../../contracts/campaigns.ts';
import type { UnitView } from '../../../contracts/units.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every campaign query key; writes invalidate it. */
export const campaignKey = 'campaigns';

const one = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;

export const campaignApi = {
  listUrl: '/api/campaigns',
  list: (query: Query) => api.get<CampaignList>('/api/campaigns', query),
  get: (id: string) => api.get<CampaignView>(one(id)),
  create: (body: CampaignBody) => api.post<CampaignView>('/api/campaigns', body),
  update: (id: string, body: CampaignBody) => api.put<CampaignView>(one(id), body),
  setStatus: (id: string, status: CampaignView['status']) => api.post<CampaignView>(`${one(id)}/status`, { status }),
  targets: (id: string, query: Query) => api.get<{ items: TargetRow[]; total: number }>(`${one(id)}/targets`, query),
  exportTargets: (id: string, query: Query) => api.download(`${one(id)}/targets/export`, query),
  putTargets: (id: string, unitId: string, body: TargetsBody) => api.put<TargetRow>(`${one(id)}/targets/${encodeURIComponent(unitId)}`, body),
  removeTargets: (id: string, unitId: string) => api.del<null>(`${one(id)}/targets/${encodeURIComponent(unitId)}`),
  branches: (id: string, unitId?: string) => api.get<{ items: BranchOption[] }>(`${one(id)}/branches`, unitId ? { unitId } : {}),
  tasksUrl: (id: string) => `${one(id)}/tasks`,
  exportTasks: (id: string, query: Query) => api.download(`${one(id)}/tasks/export`, query),
  createTask: (id: string, body: CampaignTaskBody) => api.post<CampaignTaskView>(`${one(id)}/tasks`, body),
  moveTask: (id: string, taskId: string, move: 'claim' | 'assign' | 'done', body: { branchId: string } | { doneOn: string }) =>
    api.post<CampaignTaskView>(`${one(id)}/tasks/${encodeURIComponent(taskId)}/${move}`, body),
  ledgerUrl: (id: string) => `${one(id)}/ledger`,
  exportLedger: (id: string, query: Query) => api.download(`${one(id)}/ledger/export`, query),
  createEntry: (id: string, body: LedgerEntryBody) => api.post<LedgerEntryView>(`${one(id)}/ledger`, body),
  updateEntry: (id: string, entryId: string, body: LedgerEntryBody) => api.put<LedgerEntryView>(`${one(id)}/ledger/${encodeURIComponent(entryId)}`, body),
  removeEntry: (id: string, entryId: string) => api.del<null>(`${one(id)}/ledger/${encodeURIComponent(entryId)}`),
  searchUnits: (q: string) => api.get<{ items: UnitView[]; total: number }>('/api/units', { q, pageSize: 20 }),
};
