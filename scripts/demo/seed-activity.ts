import type { AppDeps } from '../../server/platform/http/context.ts';
import { createDemoWorld, type DemoWorld } from './demo-world.ts';
import { seedSelection } from './seed-selection.ts';
import { seedTrainings } from './seed-trainings.ts';
import { seedLeave } from './seed-leave.ts';
import { seedPresence } from './seed-presence.ts';
import { seedInspections } from './seed-inspections.ts';
import { seedReports } from './seed-reports.ts';
import { seedIndustry } from './seed-industry.ts';
import { seedDonations } from './seed-donations.ts';
import { seedEnterprises } from './seed-enterprises.ts';
import { seedResponsibilityLetters } from './seed-responsibility-letters.ts';
import { seedWuzhouProjects } from './seed-wuzhou-projects.ts';
import { seedWuzhouDonations } from './seed-wuzhou-donations.ts';
import { seedAdvisors } from './seed-advisors.ts';
import { seedHouseholds } from './seed-households.ts';
import { seedFieldwork } from './seed-fieldwork.ts';
import { seedTransitions } from './seed-transitions.ts';
import { seedProjects } from './seed-projects.ts';
import { seedProjectLifecycle } from './project-lifecycle.ts';
import { seedAssetIncome, seedProjectAssets } from './seed-asset-income.ts';
import { seedServiceRequests } from './seed-service-requests.ts';
import { seedTemporaryBranches } from './seed-temporary-branches.ts';
import { seedCampaign } from './seed-campaign.ts';
import { seedOrgLife } from './seed-org-life.ts';
import { seedBranchPairings } from './seed-branch-pairings.ts';
import { seedVillageClasses } from './seed-village-classes.ts';
import { seedMassRatings } from './seed-mass-ratings.ts';
import { seedLedgers } from './seed-ledgers.ts';
import { seedEvaluations } from './seed-evaluations.ts';
import { seedAssessments } from './seed-assessments.ts';
import { seedNotices } from './seed-notices.ts';
import { seedNewsletters } from './seed-newsletters.ts';
import { seedMeetings } from './seed-meetings.ts';
import { seedStats } from './seed-stats.ts';

type Log = { info: (message: string) => void };

/**
 * A recent month of the teams at work, written through the services as the demo accounts.
 * Order matters: dispatches change who serves, inspections check absences against the leave
 * already granted, and the in-post figures subtract it; the field work visits the households, and
 * identification, exit and monitoring then take some of them through their steps; the projects
 * come before the assets they leave, and the households before their cooperative shares; the
 * advisors' briefings come after the village's own work, since they sum it up; party building
 * follows, reading the industry's demonstration gardens and households for the 六个一. Evaluation
 * reads all of it (and the villagers' ratings before it), the year-end grades read the published
 * quarters and the ledger, and the statistics rollup is rebuilt last, over everything.
 */
const seeds: [name: string, seed: (world: DemoWorld) => Promise<void>][] = [
  ['selection', seedSelection],
  ['trainings', seedTrainings],
  ['leave', seedLeave],
  ['presence', seedPresence],
  ['inspections', seedInspections],
  ['reports', seedReports],
  ['households', seedHouseholds],
  ['fieldwork', seedFieldwork],
  ['transitions', async (world) => void (await seedTransitions(world))],
  ['projects', seedProjects],
  ['project-lifecycle', async (world) => void (await seedProjectLifecycle(world))],
  ['project-assets', async (world) => void (await seedProjectAssets(world))],
  ['asset-income', async (world) => void (await seedAssetIncome(world))],
  ['service-requests', async (world) => void (await seedServiceRequests(world))],
  ['industry', async (world) => void (await seedIndustry(world))],
  ['donations', async (world) => void (await seedDonations(world))],
  ['enterprises', async (world) => void (await seedEnterprises(world))],
  ['responsibility-letters', async (world) => void (await seedResponsibilityLetters(world))],
  ['wuzhou-projects', seedWuzhouProjects],
  ['wuzhou-donations', seedWuzhouDonations],
  ['advisors', async (world) => void (await seedAdvisors(world))],
  ['temporary-branches', async (world) => void (await seedTemporaryBranches(world))],
  ['campaign', seedCampaign],
  ['org-life', async (world) => void (await seedOrgLife(world))],
  ['branch-pairings', async (world) => void (await seedBranchPairings(world))],
  ['village-classes', async (world) => void (await seedVillageClasses(world))],
  ['mass-ratings', async (world) => void (await seedMassRatings(world))],
  ['ledgers', async (world) => void (await seedLedgers(world))],
  ['evaluations', async (world) => void (await seedEvaluations(world))],
  ['assessments', async (world) => void (await seedAssessments(world))],
  ['notices', async (world) => void (await seedNotices(world))],
  ['newsletters', async (world) => void (await seedNewsletters(world))],
  ['meetings', async (world) => void (await seedMeetings(world))],
  ['stats', async (world) => void (await seedStats(world))],
];

export async function seedActivity(deps: AppDeps, log: Log, today?: string): Promise<Record<string, number>> {
  const world = createDemoWorld(deps, today);
  const timings: Record<string, number> = {};
  for (const [name, seed] of seeds) {
    const started = performance.now();
    await seed(world);
    timings[name] = Math.round(performance.now() - started);
  }
  log.info(`demo activity written: ${JSON.stringify(timings)} ms`);
  return timings;
}
