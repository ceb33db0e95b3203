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
import { routes as households } from '../modules/households/households.routes.tsx';
import { routes as householdTransitions } from '../modules/household-transitions/household-transitions.routes.tsx';
import { routes as householdArchives } from '../modules/household-archives/household-archives.routes.tsx';
import { routes as householdImports } from '../modules/household-imports/household-imports.routes.tsx';
import { routes as checks } from '../modules/checks/checks.routes.tsx';
import { routes as householdStats } from '../modules/household-stats/household-stats.routes.tsx';
import { routes as visits } from '../modules/visits/visits.routes.tsx';
import { routes as diaries } from '../modules/diaries/diaries.routes.tsx';
import { routes as demands } from '../modules/demands/demands.routes.tsx';
import { routes as disputes } from '../modules/disputes/disputes.routes.tsx';
import { routes as labourTransfers } from '../modules/labour-transfers/labour-transfers.routes.tsx';
import { routes as projects } from '../modules/projects/projects.routes.tsx';
import { routes as projectFunds } from '../modules/project-funds/project-funds.routes.tsx';
import { routes as assets } from '../modules/assets/assets.routes.tsx';
import { routes as serviceRequests } from '../modules/service-requests/service-requests.routes.tsx';
import { routes as responsibilityLetters } from '../modules/responsibility-letters/responsibility-letters.routes.tsx';
import { routes as enterprises } from '../modules/enterprises/enterprises.routes.tsx';
import { routes as advisors } from '../modules/advisors/advisors.routes.tsx';
import { routes as donations } from '../modules/donations/donations.routes.tsx';
import { routes as industry } from '../modules/industry/industry.routes.tsx';
import { routes as orgLife } from '../modules/org-life/org-life.routes.tsx';
import { routes as branchPairings } from '../modules/branch-pairings/branch-pairings.routes.tsx';
import { routes as campaigns } from '../modules/campaigns/campaigns.routes.tsx';
import { routes as campaignAnalysis } from '../modules/campaigns/campaign-analysis.routes.tsx';
import { routes as villageClasses } from '../modules/village-classes/village-classes.routes.tsx';
import { routes as evaluations } from '../modules/evaluations/evaluations.routes.tsx';
import { routes as assessments } from '../modules/assessments/assessments.routes.tsx';
import { routes as ledgers } from '../modules/ledgers/ledgers.routes.tsx';
import { routes as massRatings } from '../modules/mass-ratings/mass-ratings.routes.tsx';
import { routes as notices } from '../modules/notices/notices.routes.tsx';
import { routes as newsletters } from '../modules/newsletters/newsletters.routes.tsx';
import { routes as meetings } from '../modules/meetings/meetings.routes.tsx';
import { routes as liaisonGroups } from '../modules/liaison-groups/liaison-groups.routes.tsx';
import { routes as stats } from '../modules/stats/stats.routes.tsx';
import { routes as statsReports } from '../modules/stats/stats-report.routes.tsx';
import { routes as projectStats } from '../modules/project-stats/project-stats.routes.tsx';

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
  ...households,
  ...householdTransitions,
  ...householdArchives,
  ...householdImports,
  ...checks,
  ...householdStats,
  ...visits,
  ...diaries,
  ...demands,
  ...disputes,
  ...labourTransfers,
  ...projects,
  ...projectFunds,
  ...assets,
  ...serviceRequests,
  ...responsibilityLetters,
  ...enterprises,
  ...advisors,
  ...donations,
  ...industry,
  ...orgLife,
  ...branchPairings,
  ...campaigns,
  ...campaignAnalysis,
  ...projectStats,
  ...villageClasses,
  ...evaluations,
  ...assessments,
  ...ledgers,
  ...massRatings,
  ...notices,
  ...newsletters,
  ...meetings,
  ...liaisonGroups,
  ...stats,
  ...statsReports,
];
