import type { ModuleRoute } from './module-route.ts';
import { routes as todos } from '../modules/todos/todos.routes.tsx';
import { routes as units } from '../modules/units/units.routes.tsx';
import { routes as divisions } from '../modules/divisions/divisions.routes.tsx';
import { routes as teams } from '../modules/teams/teams.routes.tsx';
import { routes as cadres } from '../modules/cadres/cadres.routes.tsx';
import { routes as partyOrgs } from '../modules/party-orgs/party-orgs.routes.tsx';
import { routes as accounts } from '../modules/accounts/accounts.routes.tsx';
import { routes as auditEvents } from '../modules/audit-events/audit-events.routes.tsx';
import { routes as selection } from '../modules/selection/selection.routes.tsx';
import { routes as trainings } from '../modules/trainings/trainings.routes.tsx';
import { routes as presence } from '../modules/presence/presence.routes.tsx';
import { routes as leave } from '../modules/leave/leave.routes.tsx';
import { routes as inspections } from '../modules/inspections/inspections.routes.tsx';
import { routes as reports } from '../modules/reports/reports.routes.tsx';
import { routes as dutyStats } from '../modules/duty-stats/duty-stats.routes.tsx';

/** Every module's pages, one line each; the side menu is built from their `menu` entries. */
export const moduleRoutes: ModuleRoute[] = [
  ...todos,
  ...units,
  ...divisions,
  ...teams,
  ...cadres,
  ...partyOrgs,
  ...accounts,
  ...auditEvents,
  ...selection,
  ...trainings,
  ...presence,
  ...leave,
  ...inspections,
  ...reports,
  ...dutyStats,
];
