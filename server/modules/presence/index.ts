import type { ModuleDefinition } from '../../platform/http/module.ts';
export { presenceDays } from './presence.schema.ts';

export const presenceModule: ModuleDefinition = {
  name: 'presence',
  permissions: [],
  grants: {},
};
