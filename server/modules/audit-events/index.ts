import type { ModuleDefinition } from '../../platform/http/module.ts';
import { auditEventPermissions } from './audit-events.policy.ts';
import { auditEventRoutes } from './audit-events.routes.ts';

export { auditEvents } from '../../platform/audit/audit.schema.ts';

export const auditEventsModule: ModuleDefinition = {
  name: 'audit-events',
  permissions: auditEventPermissions,
  grants: { audit_admin: ['audit_events.read', 'audit_events.export'] },
  routes: auditEventRoutes,
};
