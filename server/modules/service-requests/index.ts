import type { ModuleDefinition } from '../../platform/http/module.ts';
import { serviceRequestRoutes } from './service-requests.routes.ts';

export { serviceRequests } from './service-requests.schema.ts';
export { serviceRequestWorkflow } from './service-requests.workflow.ts';
export { requestService, actOnServiceRequest, getServiceRequest, listServiceRequests, type ServiceRequestClock } from './service-requests.service.ts';
export { countServiceRequestsByState } from './service-requests.repository.ts';
export { isOverdue as isServiceRequestOverdue, defaultDueOn as defaultServiceRequestDueOn } from './service-requests.rules.ts';

export const serviceRequestPermissions = ['service-requests.read', 'service-requests.request', 'service-requests.handle'] as const;

/**
 * 代办服务 ([002]): first secretaries ask, the county's service station handles. A returned request
 * waits for its requester by name in the workflow table, so the to-do list needs no source of its own.
 */
export const serviceRequestsModule: ModuleDefinition = {
  name: 'service-requests',
  permissions: serviceRequestPermissions,
  grants: {
    team_leader: ['service-requests.read', 'service-requests.request'],
    service_station: ['service-requests.read', 'service-requests.handle'],
    county_org: ['service-requests.read'],
    township_party: ['service-requests.read'],
    viewer: ['service-requests.read'],
  },
  routes: serviceRequestRoutes,
};
