import type { ModuleDefinition } from '../../platform/http/module.ts';
import { villageClassesRoutes } from './village-classes.routes.ts';

export { villageClasses } from './village-classes.schema.ts';
export { latestClasses as latestVillageClasses } from './village-classes.repository.ts';
export { classYear } from './village-classes.rules.ts';

export const villageClassesPermissions = ['village_classes.read', 'village_classes.write', 'village_classes.export'] as const;

/** domain.md §9 [002]: the village profile and the yearly classification by what most holds a village back. */
export const villageClassesModule: ModuleDefinition = {
  name: 'village-classes',
  permissions: villageClassesPermissions,
  grants: {
    county_org: ['village_classes.read', 'village_classes.write', 'village_classes.export'],
    rural_office: ['village_classes.read', 'village_classes.write', 'village_classes.export'],
    township_party: ['village_classes.read', 'village_classes.export'],
    city_org: ['village_classes.read', 'village_classes.export'],
    discipline: ['village_classes.read'],
    unit_party: ['village_classes.read'],
    team_leader: ['village_classes.read'],
    team_member: ['village_classes.read'],
    viewer: ['village_classes.read', 'village_classes.export'],
  },
  routes: villageClassesRoutes,
};
