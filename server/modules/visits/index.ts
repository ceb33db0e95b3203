import type { ModuleDefinition } from '../../platform/http/module.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { Scope } from '../../platform/access/scope.ts';
import { visitRoutes } from './visits.routes.ts';
import * as repo from './visits.repository.ts';
import { coverageRule } from './visits.rules.ts';

export { visits } from './visits.schema.ts';
export { quarterOf, quarterRange, countsForCoverage, coverageShare } from './visits.rules.ts';
export { coverageRule } from './visits.rules.ts';
export type { VillageCoverage } from './visits.repository.ts';

export const visitPermissions = ['visits.read', 'visits.write'] as const;

const readers = ['visits.read'] as const;
const writers = ['visits.read', 'visits.write'] as const;

export const visitsModule: ModuleDefinition = {
  name: 'visits',
  permissions: visitPermissions,
  grants: {
    team_leader: writers,
    team_member: writers,
    paired_cadre: writers,
    township_party: readers,
    rural_office: readers,
    county_org: readers,
    city_org: readers,
    discipline: readers,
    viewer: readers,
  },
  routes: visitRoutes,
};

/**
 * Per village in the scope: the households the quarterly coverage counts (the rule of visits.rules.ts)
 * and how many of them had at least one visit in the range; for the statistics pages.
 */
export function visitedHouseholdCounts(
  executor: Executor,
  scope: Scope,
  range: { from: string; to: string },
  divisionCode?: string,
): Promise<repo.VillageCoverage[]> {
  return repo.coverageByVillage(executor, scope, coverageRule, range, divisionCode);
}
