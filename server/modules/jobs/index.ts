import type { ModuleDefinition } from '../../platform/http/module.ts';
import { jobRoutes } from './jobs.routes.ts';

export { presentJob } from './jobs.service.ts';

// Every signed-in account may follow its own jobs; no permission is needed beyond the session.
export const jobsModule: ModuleDefinition = {
  name: 'jobs',
  permissions: [],
  grants: {},
  routes: jobRoutes,
};
