import type { ModuleDefinition } from '../../platform/http/module.ts';
import { diaryRoutes } from './diaries.routes.ts';

export { diaries } from './diaries.schema.ts';

export const diaryPermissions = ['diaries.read', 'diaries.write'] as const;

const readers = ['diaries.read'] as const;
const writers = ['diaries.read', 'diaries.write'] as const;

export const diariesModule: ModuleDefinition = {
  name: 'diaries',
  permissions: diaryPermissions,
  grants: {
    team_leader: writers,
    team_member: writers,
    township_party: readers,
    county_org: readers,
    city_org: readers,
    discipline: readers,
  },
  routes: diaryRoutes,
};
