import type { AccountCreateBody, AccountUpdateBody, AccountView } from '../../../contracts/accounts.ts';
import type { CadreBrief } from '../../../contracts/cadres.ts';
import type { UnitView } from '../../../contracts/units.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every accounts query key; writes invalidate it. */
export const accountsKey = 'accounts';

type List<T> = { items: T[]; total: number };
const one = (id: string) => `/api/accounts/${encodeURIComponent(id)}`;

export const accountsApi = {
  listUrl: '/api/accounts',
  /** The server names the file and records the export on the trail. */
  exportList: (query: Query) => api.download('/api/accounts/export', query),
  get: (id: string) => api.get<AccountView>(one(id)),
  create: (body: AccountCreateBody) => api.post<AccountView>('/api/accounts', body),
  update: (id: string, body: AccountUpdateBody) => api.put<AccountView>(one(id), body),
  resetPassword: (id: string, newPassword: string) => api.post<AccountView>(`${one(id)}/reset-password`, { newPassword }),
  unlock: (id: string) => api.post<AccountView>(`${one(id)}/unlock`),
  cadreOptions: (q: string) => api.get<List<CadreBrief>>('/api/accounts/cadre-options', { q }),
  units: (q: string) => api.get<List<UnitView>>('/api/units', { q, pageSize: 20 }),
};
