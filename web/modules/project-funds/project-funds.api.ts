import type {
  AllocationBody,
  AllocationView,
  BudgetAdjustmentBody,
  BudgetAdjustmentView,
  LedgerView,
  PaymentBody,
  PaymentView,
} from '../../../contracts/project-funds.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every funds query key; writes invalidate it. */
export const fundsKey = 'project-funds';

const projectUrl = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export const fundsApi = {
  listUrl: '/api/funds',
  exportList: (query: Query) => api.download('/api/funds/export', query),
  ledger: (projectId: string) => api.get<LedgerView>(`${projectUrl(projectId)}/ledger`),
  allocations: (projectId: string) => api.get<AllocationView[]>(`${projectUrl(projectId)}/allocations`),
  allocate: (projectId: string, body: AllocationBody) => api.post<AllocationView>(`${projectUrl(projectId)}/allocations`, body),
  payments: (projectId: string) => api.get<PaymentView[]>(`${projectUrl(projectId)}/payments`),
  pay: (projectId: string, body: PaymentBody) => api.post<PaymentView>(`${projectUrl(projectId)}/payments`, body),
  adjustments: (projectId: string) => api.get<BudgetAdjustmentView[]>(`${projectUrl(projectId)}/budget-adjustments`),
  requestAdjustment: (projectId: string, body: BudgetAdjustmentBody) => api.post<BudgetAdjustmentView>(`${projectUrl(projectId)}/budget-adjustments`, body),
  actOnAdjustment: (id: string, action: string, comment: string | undefined) =>
    api.post<BudgetAdjustmentView>(`/api/budget-adjustments/${encodeURIComponent(id)}/actions`, { action, ...(comment ? { comment } : {}) }),
};
