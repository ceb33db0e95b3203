import type { ModuleDefinition } from '../../platform/http/module.ts';
import { importRoutes } from './household-imports.routes.ts';
import { registerHouseholdImportJobs } from './household-imports.job.ts';

export const importPermissions = ['imports.run'] as const;

/** The county's rural office imports the ledger it already keeps; a first secretary may import his own village's. */
export const householdImportsModule: ModuleDefinition = {
  name: 'household-imports',
  permissions: importPermissions,
  grants: {
    rural_office: ['imports.run'],
    team_leader: ['imports.run'],
  },
  routes: importRoutes,
  jobs: registerHouseholdImportJobs,
};
