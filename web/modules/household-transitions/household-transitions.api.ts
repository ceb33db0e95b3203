import type {
  HouseholdTransitionsView,
  TransitionActionBody,
  TransitionRequestBody,
  TransitionView,
} from '../../../contracts/household-transitions.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every query key here; writes invalidate it. */
export const transitionsKey = 'household-transitions';

const transitionUrl = (id: string) => `/api/household-transitions/${encodeURIComponent(id)}`;
const householdUrl = (householdId: string) => `/api/households/${encodeURIComponent(householdId)}/transitions`;

export const transitionsApi = {
  listUrl: '/api/household-transitions',
  get: (id: string) => api.get<TransitionView>(transitionUrl(id)),
  ofHousehold: (householdId: string) => api.get<HouseholdTransitionsView>(householdUrl(householdId)),
  request: (householdId: string, body: TransitionRequestBody) => api.post<TransitionView>(householdUrl(householdId), body),
  act: (id: string, body: TransitionActionBody) => api.post<TransitionView>(`${transitionUrl(id)}/actions`, body),
  exportList: (query: Query) => api.download('/api/household-transitions/export', query),
};
