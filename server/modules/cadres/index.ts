import type { ModuleDefinition } from '../../platform/http/module.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { Scope } from '../../platform/access/scope.ts';
import { cadrePermissions } from './cadres.policy.ts';
import { cadreRoutes } from './cadres.routes.ts';
import { registerCadreJobs } from './cadres.import.ts';
import * as repo from './cadres.repository.ts';

export { cadres, cadrePlaces } from './cadres.schema.ts';
export type { Gender, PartyStatus } from './cadres.schema.ts';
export type { CadreRow } from './cadres.repository.ts';
export { cadreScopeCondition } from './cadres.repository.ts';
export { presentCadreBriefs } from './cadres.present.ts';
export { validateIdNumber, idNumberChecksum, checkIdentity, isMobilePhone, normalizeIdNumber } from './cadres.rules.ts';
export type { IdNumberCheck, IdNumberFacts } from './cadres.rules.ts';
export { listCadres, getCadre, createCadre, updateCadre, unmaskCadreField } from './cadres.service.ts';

const readers = ['county_org', 'city_org', 'township_party', 'discipline', 'rural_office', 'unit_party', 'team_leader', 'viewer'] as const;
const keepers = ['county_org', 'city_org', 'unit_party'] as const;

export const cadresModule: ModuleDefinition = {
  name: 'cadres',
  permissions: cadrePermissions,
  grants: {
    ...Object.fromEntries(readers.map((role) => [role, ['cadres.read']])),
    ...Object.fromEntries(keepers.map((role) => [role, ['cadres.read', 'cadres.create', 'cadres.update', 'cadres.unmask', 'cadres.import', 'cadres.export']])),
    township_party: ['cadres.read', 'cadres.export'],
    discipline: ['cadres.read', 'cadres.export'],
  },
  routes: cadreRoutes,
  jobs: registerCadreJobs,
};

export function findCadresByIds(executor: Executor, cadreIds: readonly string[]) {
  return repo.findCadresByIds(executor, cadreIds);
}

/** A cadre the caller may see, or undefined (the caller answers 404). */
export function findCadreInScope(executor: Executor, scope: Scope, cadreId: string) {
  return repo.findCadreInScope(executor, scope, cadreId);
}

/** Selection records the village a cadre is nominated for, so the county that vets him can open his page. */
export function recordCadrePlace(executor: Executor, cadreId: string, divisionCode: string): Promise<void> {
  return repo.recordCadrePlace(executor, cadreId, divisionCode);
}

/** Called by teams when a cadre joins (the village's code) or leaves (null) a team, so the county he serves in sees him. */
export function setCadrePosting(executor: Executor, cadreId: string, divisionCode: string | null): Promise<void> {
  return repo.setCadrePosting(executor, cadreId, divisionCode);
}
