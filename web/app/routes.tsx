import type { ModuleRoute } from './module-route.ts';
import { routes as units } from '../modules/units/units.routes.tsx';
import { routes as divisions } from '../modules/divisions/divisions.routes.tsx';
import { routes as teams } from '../modules/teams/teams.routes.tsx';
import { routes as cadres } from '../modules/cadres/cadres.routes.tsx';
import { routes as partyOrgs } from '../modules/party-orgs/party-orgs.routes.tsx';
import { routes as accounts } from '../modules/accounts/accounts.routes.tsx';
import { routes as auditEvents } from '../modules/audit-events/audit-events.routes.tsx';

/** Every module's pages, one line each; the side menu is built from their `menu` entries. */
export const moduleRoutes: ModuleRoute[] = [
  ...units,
  ...divisions,
  ...teams,
  ...cadres,
  ...partyOrgs,
  ...accounts,
  ...auditEvents,
];
