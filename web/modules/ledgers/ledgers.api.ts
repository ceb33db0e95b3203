import type { CadreLedger, CommitmentBody, CommitmentUpdateBody, CommitmentView, SettleBody } from '../../../contracts/ledgers.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every ledger query key; writes invalidate it. */
export const ledgerKey = 'ledgers';

const commitment = (id: string) => `/api/ledgers/commitments/${encodeURIComponent(id)}`;
const ledger = (cadreId: string) => `/api/ledgers/${encodeURIComponent(cadreId)}`;

export const ledgerApi = {
  listUrl: '/api/ledgers',
  ledger: (cadreId: string, year: number) => api.get<CadreLedger>(ledger(cadreId), { year }),
  exportLedger: (cadreId: string, year: number) => api.download(`${ledger(cadreId)}/export`, { year }),
  exportCommitments: (query: Query) => api.download('/api/ledgers/commitments/export', query),
  create: (body: CommitmentBody) => api.post<CommitmentView>('/api/ledgers/commitments', body),
  update: (id: string, body: CommitmentUpdateBody) => api.put<CommitmentView>(commitment(id), body),
  settle: (id: string, body: SettleBody) => api.post<CommitmentView>(`${commitment(id)}/settle`, body),
  remove: (id: string) => api.del<null>(commitment(id)),
};
