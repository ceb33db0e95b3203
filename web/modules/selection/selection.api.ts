import type {
  CadreMatchList,
  CadreTimeline,
  NominationActionBody,
  NominationCreateBody,
  NominationView,
  ReplaceBody,
  SlotCreateBody,
  SlotView,
  VillageMatchList,
} from '../../../contracts/selection.ts';
import type { CadreList } from '../../../contracts/cadres.ts';
import type { TeamListItem } from '../../../contracts/teams.ts';
import type { UnitView } from '../../../contracts/units.ts';
import { api, type Query } from '../../platform/api.ts';

/** The first element of every selection query key; writes invalidate it. */
export const selectionKey = 'selection';

const slotUrl = (id: string) => `/api/selection/slots/${encodeURIComponent(id)}`;
const nominationUrl = (id: string) => `/api/selection/nominations/${encodeURIComponent(id)}`;

export const selectionApi = {
  slotsUrl: '/api/selection/slots',
  nominationsUrl: '/api/selection/nominations',
  getSlot: (id: string) => api.get<SlotView>(slotUrl(id)),
  createSlot: (body: SlotCreateBody) => api.post<SlotView>('/api/selection/slots', body),
  closeSlot: (id: string) => api.post<SlotView>(`${slotUrl(id)}/close`),
  nominate: (slotId: string, body: NominationCreateBody) => api.post<NominationView>(`${slotUrl(slotId)}/nominations`, body),
  getNomination: (id: string) => api.get<NominationView>(nominationUrl(id)),
  act: (id: string, body: NominationActionBody) => api.post<NominationView>(`${nominationUrl(id)}/actions`, body),
  replace: (id: string, body: ReplaceBody) => api.post<NominationView>(`${nominationUrl(id)}/replace`, body),
  timeline: (cadreId: string) => api.get<CadreTimeline>(`/api/selection/cadres/${encodeURIComponent(cadreId)}/timeline`),
  matchVillage: (code: string) => api.get<CadreMatchList>(`/api/selection/match/village/${encodeURIComponent(code)}`),
  matchCadre: (cadreId: string) => api.get<VillageMatchList>(`/api/selection/match/cadre/${encodeURIComponent(cadreId)}`),
  exportSlots: (query: Query) => api.download('/api/selection/slots/export', query),
  exportNominations: (query: Query) => api.download('/api/selection/nominations/export', query),
  pickUnits: (q: string) => api.get<{ items: UnitView[]; total: number }>('/api/units', { mode: 'pick', q, pageSize: 20 }),
  searchTeams: (q: string) => api.get<{ items: TeamListItem[]; total: number }>('/api/teams', { q, status: 'active', pageSize: 20 }),
  searchCadres: (q: string, unitId?: string) => api.get<CadreList>('/api/cadres', { q, unitId, pageSize: 20 }),
};
