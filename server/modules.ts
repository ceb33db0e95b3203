import type { ModuleDefinition } from './platform/http/module.ts';
import { authModule } from './modules/auth/index.ts';
import { unitsModule } from './modules/units/index.ts';
import { divisionsModule } from './modules/divisions/index.ts';
import { partyOrgsModule } from './modules/party-orgs/index.ts';
import { accountsModule } from './modules/accounts/index.ts';
import { auditEventsModule } from './modules/audit-events/index.ts';
import { cadresModule } from './modules/cadres/index.ts';
import { jobsModule } from './modules/jobs/index.ts';
import { teamsModule } from './modules/teams/index.ts';
import { selectionModule } from './modules/selection/index.ts';
import { trainingsModule } from './modules/trainings/index.ts';
import { presenceModule } from './modules/presence/index.ts';
import { leaveModule } from './modules/leave/index.ts';
import { inspectionsModule } from './modules/inspections/index.ts';
import { reportsModule } from './modules/reports/index.ts';
import { dutyStatsModule } from './modules/duty-stats/index.ts';
import { householdsModule } from './modules/households/index.ts';
import { householdTransitionsModule } from './modules/household-transitions/index.ts';
import { householdArchivesModule } from './modules/household-archives/index.ts';
import { householdImportsModule } from './modules/household-imports/index.ts';
import { visitsModule } from './modules/visits/index.ts';
import { diariesModule } from './modules/diaries/index.ts';
import { demandsModule } from './modules/demands/index.ts';
import { disputesModule } from './modules/disputes/index.ts';
import { labourTransfersModule } from './modules/labour-transfers/index.ts';
import { checksModule } from './modules/checks/index.ts';
import { householdStatsModule } from './modules/household-stats/index.ts';
import { projectsModule } from './modules/projects/index.ts';
import { projectFundsModule } from './modules/project-funds/index.ts';
import { assetsModule } from './modules/assets/index.ts';
import { serviceRequestsModule } from './modules/service-requests/index.ts';
import { responsibilityLettersModule } from './modules/responsibility-letters/index.ts';
import { enterprisesModule } from './modules/enterprises/index.ts';
import { advisorsModule } from './modules/advisors/index.ts';
import { donationsModule } from './modules/donations/index.ts';
import { industryModule } from './modules/industry/index.ts';
import { projectStatsModule } from './modules/project-stats/index.ts';
import { orgLifeModule } from './modules/org-life/index.ts';
import { branchPairingsModule } from './modules/branch-pairings/index.ts';
import { campaignsModule } from './modules/campaigns/index.ts';
import { villageClassesModule } from './modules/village-classes/index.ts';
import { evaluationsModule } from './modules/evaluations/index.ts';
import { assessmentsModule } from './modules/assessments/index.ts';
import { ledgersModule } from './modules/ledgers/index.ts';
import { massRatingsModule } from './modules/mass-ratings/index.ts';
import { noticesModule } from './modules/notices/index.ts';
import { newslettersModule } from './modules/newsletters/index.ts';
import { meetingsModule } from './modules/meetings/index.ts';
import { liaisonGroupsModule } from './modules/liaison-groups/index.ts';
import { statsModule } from './modules/stats/index.ts';
import { createTodosModule } from './modules/todos/index.ts';

const domainModules: ModuleDefinition[] = [
  authModule,
  unitsModule,
  divisionsModule,
  partyOrgsModule,
  accountsModule,
  auditEventsModule,
  cadresModule,
  jobsModule,
  teamsModule,
  selectionModule,
  trainingsModule,
  presenceModule,
  leaveModule,
  inspectionsModule,
  reportsModule,
  dutyStatsModule,
  householdsModule,
  householdTransitionsModule,
  householdArchivesModule,
  householdImportsModule,
  visitsModule,
  diariesModule,
  demandsModule,
  disputesModule,
  labourTransfersModule,
  checksModule,
  householdStatsModule,
  projectsModule,
  projectFundsModule,
  assetsModule,
  serviceRequestsModule,
  responsibilityLettersModule,
  enterprisesModule,
  advisorsModule,
  donationsModule,
  industryModule,
  projectStatsModule,
  orgLifeModule,
  branchPairingsModule,
  campaignsModule,
  villageClassesModule,
  evaluationsModule,
  assessmentsModule,
  ledgersModule,
  massRatingsModule,
  noticesModule,
  newslettersModule,
  meetingsModule,
  liaisonGroupsModule,
  statsModule,
];

export const modules: ModuleDefinition[] = [...domainModules, createTodosModule(domainModules)];
