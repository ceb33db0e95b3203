import type { ModuleDefinition } from '../../platform/http/module.ts';
import { labourTransferRoutes } from './labour-transfers.routes.ts';

export { labourTransfers } from './labour-transfers.schema.ts';
export { labourFigures } from './labour-transfers.service.ts';
export { provinceOf } from './labour-transfers.rules.ts';

export const labourTransferPermissions = ['labour.read', 'labour.write', 'labour.export'] as const;

const readers = ['labour.read'] as const;
const exporters = ['labour.read', 'labour.export'] as const;
const writers = ['labour.read', 'labour.write', 'labour.export'] as const;

export const labourTransfersModule: ModuleDefinition = {
  name: 'labour-transfers',
  permissions: labourTransferPermissions,
  grants: {
    team_leader: writers,
    team_member: ['labour.read', 'labour.write'],
    rural_office: writers,
    township_party: exporters,
    county_org: exporters,
    city_org: readers,
    viewer: readers,
  },
  routes: labourTransferRoutes,
};
