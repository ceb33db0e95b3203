import type { CadreView } from '../../../contracts/cadres.ts';
import type { IndicatorCode } from '../../../contracts/household-codes.ts';
import type {
  EndPairingBody,
  HouseholdCreateBody,
  HouseholdUpdateBody,
  HouseholdView,
  IncomeBody,
  IncomeView,
  IndicatorBody,
  IndicatorView,
  MeasureBody,
  MeasureView,
  MemberBody,
  MemberUpdateBody,
  MemberView,
  PairCadreBody,
  PairedCadreView,
} from '../../../contracts/households.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every households query key; writes invalidate it. */
export const householdsKey = 'households';

const householdUrl = (id: string) => `/api/households/${encodeURIComponent(id)}`;
const memberUrl = (id: string, personId: string) => `${householdUrl(id)}/members/${encodeURIComponent(personId)}`;

// The form sends what its own rules passed; the server parses it again with the same contract.
type Sendable<T> = T extends (infer U)[] ? Sendable<U>[] : T extends object ? { [K in keyof T]?: Sendable<T[K]> | undefined } : T;

export const householdsApi = {
  listUrl: '/api/households',
  get: (id: string) => api.get<HouseholdView>(householdUrl(id)),
  create: (body: Sendable<HouseholdCreateBody>) => api.post<HouseholdView>('/api/households', body),
  update: (id: string, body: HouseholdUpdateBody) => api.put<HouseholdView>(householdUrl(id), body),
  exportList: (query: Query) => api.download('/api/households/export', query),
  addMember: (id: string, body: Sendable<MemberBody>) => api.post<MemberView>(`${householdUrl(id)}/members`, body),
  updateMember: (id: string, personId: string, body: Sendable<MemberUpdateBody>) => api.put<MemberView>(memberUrl(id, personId), body),
  removeMember: (id: string, personId: string) => api.del<null>(memberUrl(id, personId)),
  revealUrl: (id: string, personId: string) => `${memberUrl(id, personId)}/reveal`,
  putIncome: (id: string, year: number, body: IncomeBody) => api.put<IncomeView>(`${householdUrl(id)}/incomes/${year}`, body),
  putIndicator: (id: string, indicator: IndicatorCode, body: IndicatorBody) => api.put<IndicatorView>(`${householdUrl(id)}/indicators/${indicator}`, body),
  addMeasure: (id: string, body: MeasureBody) => api.post<MeasureView>(`${householdUrl(id)}/measures`, body),
  updateMeasure: (id: string, measureId: string, body: MeasureBody) => api.put<MeasureView>(`${householdUrl(id)}/measures/${encodeURIComponent(measureId)}`, body),
  removeMeasure: (id: string, measureId: string) => api.del<null>(`${householdUrl(id)}/measures/${encodeURIComponent(measureId)}`),
  pairCadre: (id: string, body: PairCadreBody) => api.post<PairedCadreView>(`${householdUrl(id)}/cadres`, body),
  endPairing: (id: string, cadreId: string, body: EndPairingBody) => api.post<PairedCadreView>(`${householdUrl(id)}/cadres/${encodeURIComponent(cadreId)}/end`, body),
  /** Cadres of the household's village (posted or managed there) to pair with it. */
  searchCadres: (q: string, divisionCode: string) => api.get<{ items: CadreView[]; total: number }>('/api/cadres', { q, divisionCode, pageSize: 20 }),
};
