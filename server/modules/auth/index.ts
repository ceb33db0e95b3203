import type { ModuleDefinition } from '../../platform/http/module.ts';
import { authRoutes } from './auth.routes.ts';

export const authModule: ModuleDefinition = {
  name: 'auth',
  permissions: [],
  grants: {},
  routes: authRoutes,
};
