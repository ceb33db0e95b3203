import type { ModuleDefinition } from '../../platform/http/module.ts';
import { householdArchiveRoutes } from './household-archives.routes.ts';

/**
 * A household's archive (档案), its public QR page (一户一码) and its printable handbook (明白卡);
 * they act under the households module's permissions, since they are views of the same record.
 */
export const householdArchivesModule: ModuleDefinition = {
  name: 'household-archives',
  permissions: [],
  grants: {},
  routes: householdArchiveRoutes,
};
