import type { ModuleDefinition } from '../../platform/http/module.ts';

export const dutyStatsModule: ModuleDefinition = {
  name: 'duty-stats',
  permissions: [],
  grants: {},
};
