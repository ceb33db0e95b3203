import type { ModuleDefinition } from '../../platform/http/module.ts';
import { accountPermissions } from './accounts.policy.ts';
import { accountRoutes } from './accounts.routes.ts';

export { accounts } from '../../platform/auth/auth.schema.ts';

/**
 * 三员分立 (MLPS level 3): the system administrator keeps accounts, the security administrator
 * resets passwords and unlocks, the audit administrator (audit-events module) only reads the trail.
 */
export const accountsModule: ModuleDefinition = {
  name: 'accounts',
  permissions: accountPermissions,
  grants: {
    sys_admin: ['accounts.read', 'accounts.export', 'accounts.manage'],
    security_admin: ['accounts.read', 'accounts.export', 'accounts.reset_password', 'accounts.unlock'],
  },
  routes: accountRoutes,
};
