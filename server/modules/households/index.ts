import type { ModuleDefinition } from '../../platform/http/module.ts';
import { householdRoutes } from './households.routes.ts';

export {
  households,
  householdPersons,
  householdIncomes,
  householdIndicators,
  householdMeasures,
  householdCadres,
  householdLinks,
} from './households.schema.ts';
export {
  applyHouseholdStatus,
  findHouseholdInScope,
  findVisibleHousehold,
  visibleCondition as householdVisibleCondition,
  findPersonInScope,
  listPersons,
  type HouseholdRow,
  type HouseholdStatusPatch,
  type PersonRow,
  type HouseholdAccess,
} from './households.repository.ts';
export { accessOf as householdAccessOf } from './households.policy.ts';
export { perHeadIncome, totalIncome, ageOn, isSchoolAge, indicatorIssues } from './households.rules.ts';
export { householdLabel } from './households.errors.ts';

export const householdPermissions = ['households.read', 'households.write', 'households.reveal', 'households.export', 'households.link'] as const;

const readers = ['households.read'] as const;
const exporters = ['households.read', 'households.export'] as const;
const keepers = ['households.read', 'households.write', 'households.reveal', 'households.export', 'households.link'] as const;

/** The rural office keeps the county's registry; the first secretary and his team keep their village's. */
export const householdsModule: ModuleDefinition = {
  name: 'households',
  permissions: householdPermissions,
  grants: {
    rural_office: keepers,
    team_leader: keepers,
    team_member: ['households.read', 'households.write'],
    township_party: exporters,
    county_org: exporters,
    city_org: exporters,
    discipline: readers,
    viewer: readers,
    paired_cadre: readers,
  },
  routes: householdRoutes,
};
