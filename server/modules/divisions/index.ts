import type { ModuleDefinition } from '../../platform/http/module.ts';
import type { Executor } from '../../platform/db/client.ts';
import { domainRoles } from '../../platform/access/roles.ts';
import { findDivisionsByCodes, findVillageProfile, type DivisionRow } from './divisions.repository.ts';
import { divisionPermissions } from './divisions.policy.ts';
import { divisionRoutes } from './divisions.routes.ts';
import { loadAllJobKind, presentProfile } from './divisions.service.ts';
import { loadAllDivisions } from './divisions.loader.ts';

export type { DivisionRow };
export type { DivisionLevel } from './divisions.schema.ts';
export { divisions, villageProfiles } from './divisions.schema.ts';
export { ensureBaseDivisions, ensureAreaLoaded, loadAllDivisions, seedCountyCodes } from './divisions.loader.ts';
export { divisionPaths, createLocalVillage } from './divisions.service.ts';
export { padCode } from './divisions.rules.ts';

/** Names for a set of codes, for lists that show where a record belongs. */
export async function divisionNames(executor: Executor, codes: readonly string[]): Promise<Map<string, string>> {
  const rows = await findDivisionsByCodes(executor, codes);
  return new Map(rows.map((row) => [row.code, row.name]));
}

export async function findDivision(executor: Executor, code: string): Promise<DivisionRow | undefined> {
  const [row] = await findDivisionsByCodes(executor, [code]);
  return row;
}

/** A village's 村情 as the divisions page shows it; null when none has been kept. */
export async function villageProfileOf(executor: Executor, code: string) {
  return presentProfile(await findVillageProfile(executor, code));
}

export const divisionsModule: ModuleDefinition = {
  name: 'divisions',
  permissions: divisionPermissions,
  grants: {
    ...Object.fromEntries(domainRoles.map((role) => [role, ['divisions.read']])),
    sys_admin: ['divisions.read', 'divisions.load'],
    county_org: ['divisions.read', 'divisions.manage', 'divisions.profile'],
    city_org: ['divisions.read', 'divisions.manage'],
    township_party: ['divisions.read', 'divisions.profile'],
    rural_office: ['divisions.read', 'divisions.profile'],
    team_leader: ['divisions.read', 'divisions.profile'],
  },
  routes: divisionRoutes,
  jobs: (deps) => {
    deps.jobs.register(loadAllJobKind, async (_job, progress, db) => loadAllDivisions(db, progress));
  },
};
