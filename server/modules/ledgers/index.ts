import type { ModuleDefinition } from '../../platform/http/module.ts';
import { ledgersRoutes } from './ledgers.routes.ts';
import { ledgerTodos } from './ledger-view.service.ts';

export { ledgerCommitments } from './ledgers.schema.ts';

export const ledgersPermissions = ['ledgers.read', 'ledgers.write', 'ledgers.settle', 'ledgers.export'] as const;

/** domain.md §10 [002]: the first secretary's ledger (台账) — work done, commitments kept, mass evaluation. */
export const ledgersModule: ModuleDefinition = {
  name: 'ledgers',
  permissions: ledgersPermissions,
  grants: {
    team_leader: ['ledgers.read', 'ledgers.write', 'ledgers.export'],
    team_member: ['ledgers.read'],
    township_party: ['ledgers.read', 'ledgers.settle', 'ledgers.export'],
    county_org: ['ledgers.read', 'ledgers.write', 'ledgers.settle', 'ledgers.export'],
    city_org: ['ledgers.read', 'ledgers.export'],
    unit_party: ['ledgers.read', 'ledgers.export'],
    discipline: ['ledgers.read'],
    viewer: ['ledgers.read'],
  },
  routes: ledgersRoutes,
  todos: ledgerTodos,
};
