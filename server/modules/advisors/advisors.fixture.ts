import { eq } from 'drizzle-orm';
import type { AppDeps } from '../../platform/http/context.ts';
import type { HouseholdStatus, IndicatorCode, MonitoringState, MonitoringType } from '../../../contracts/household-codes.ts';
import { households, householdIndicators } from '../households/index.ts';
import { insertHousehold } from '../households/households.fixture.ts';
import { projectPayments } from '../project-funds/index.ts';
import { insertFundedProject } from '../project-funds/project-funds.fixture.ts';
import { projects, projectVillages } from '../projects/index.ts';
import { demands } from '../demands/index.ts';
import { insertDonation } from '../donations/donations.fixture.ts';
import { enterpriseContributions, enterprisePairings, enterprises } from '../enterprises/index.ts';

type HouseholdPlan = {
  status: HouseholdStatus;
  monitoring?: { type: MonitoringType; state: MonitoringState; since: string; removedOn?: string };
  unmet?: IndicatorCode[];
};

/** 2026-Q3 of one village, with records just before and after the quarter that must not count. */
const householdPlans: HouseholdPlan[] = [
  { status: 'registered' },
  { status: 'registered', unmet: ['housing'] },
  { status: 'registered', unmet: ['housing', 'water'] },
  { status: 'exited', monitoring: { type: 'unstable', state: 'monitoring', since: '2026-08-10' } },
  { status: 'non_poor', monitoring: { type: 'marginal', state: 'monitoring', since: '2025-05-01' } },
  { status: 'non_poor', monitoring: { type: 'sudden', state: 'risk_removed', since: '2026-01-05', removedOn: '2026-09-01' } },
];

const demandPlans = [
  { raisedOn: '2026-07-05', state: 'solved', solvedOn: '2026-08-01', category: 'infrastructure', dueOn: '2026-07-30' },
  { raisedOn: '2026-08-15', state: 'open', solvedOn: null, category: 'medical', dueOn: '2026-09-01' },
  { raisedOn: '2026-05-01', state: 'assigned', solvedOn: null, category: 'infrastructure', dueOn: null },
  { raisedOn: '2026-10-10', state: 'open', solvedOn: null, category: 'education', dueOn: null },
  { raisedOn: '2026-06-01', state: 'solved', solvedOn: '2026-07-10', category: 'housing', dueOn: '2026-06-20' },
] as const;

/**
 * What the 2026-Q3 briefing of `village` must say, given these records:
 * households 6 (registered 3, exited 1, non_poor 2), monitored marginal 1 and unstable 1, one taken in
 * and one risk removed in the quarter, housing unmet in 2 households and water in 1; projects 3
 * (approved, completed, in_progress; budget 900,000) with 1 started and 1 completed in the quarter and
 * the water project stalled; ¥150,000 paid in 2 payments in the quarter and ¥170,000 to its end;
 * demands 2 raised, 2 solved, 2 open (infrastructure, medical), 1 overdue; one donation of ¥80,000;
 * two enterprise contributions worth ¥120,000.50.
 */
export async function insertVillageQuarter(deps: AppDeps, village: string, elsewhere: string, personName = '黄志强') {
  const names: string[] = [];
  for (const [i, plan] of householdPlans.entries()) {
    const householderName = `${personName.slice(0, 1)}${['一', '二', '三', '四', '五', '六'][i]}${personName.slice(1)}`;
    names.push(householderName);
    const { household } = await insertHousehold(deps, { divisionCode: village, householderName, status: plan.status });
    if (plan.monitoring) {
      await deps.db
        .update(households)
        .set({
          monitoringType: plan.monitoring.type,
          monitoringState: plan.monitoring.state,
          monitoringSince: plan.monitoring.since,
          riskRemovedOn: plan.monitoring.removedOn ?? null,
        })
        .where(eq(households.id, household.id));
    }
    for (const indicator of plan.unmet ?? []) {
      await deps.db.insert(householdIndicators).values({ householdId: household.id, indicator, status: 'unmet' });
    }
    await deps.db.insert(householdIndicators).values({ householdId: household.id, indicator: 'food', status: 'met' });
  }

  const water = await insertFundedProject(deps, {
    divisionCode: village,
    name: '集中供水工程',
    budget: '500000.00',
    sources: [{ kind: 'fiscal', funder: '县财政', amount: '500000.00' }],
  });
  await deps.db.update(projects).set({ plannedEnd: '2026-08-31', startedOn: '2026-07-15' }).where(eq(projects.id, water.project.id));
  const plant = await insertFundedProject(deps, { divisionCode: village, name: '荔枝加工厂', budget: '300000.00', state: 'completed', sources: [{ kind: 'fiscal', funder: '县财政', amount: '300000.00' }] });
  await deps.db.update(projects).set({ completedOn: '2026-09-20', startedOn: '2026-03-01' }).where(eq(projects.id, plant.project.id));
  await insertFundedProject(deps, { divisionCode: village, name: '撤回的道路项目', budget: '90000.00', state: 'withdrawn', sources: [{ kind: 'fiscal', funder: '县财政', amount: '90000.00' }] });
  const shared = await insertFundedProject(deps, { divisionCode: elsewhere, name: '两村联建灌溉渠', budget: '100000.00', state: 'approved', sources: [{ kind: 'fiscal', funder: '县财政', amount: '100000.00' }] });
  await deps.db.insert(projectVillages).values({ projectId: shared.project.id, divisionCode: village });
  await insertFundedProject(deps, { divisionCode: elsewhere, name: '邻村道路', budget: '200000.00', sources: [{ kind: 'fiscal', funder: '县财政', amount: '200000.00' }] });

  const source = water.sources[0]!;
  for (const [paidOn, amount] of [
    ['2026-06-30', '20000.00'],
    ['2026-07-20', '100000.00'],
    ['2026-09-30', '50000.00'],
    ['2026-10-01', '30000.00'],
  ] as const) {
    await deps.db.insert(projectPayments).values({ projectId: water.project.id, fundSourceId: source.id, divisionCode: village, paidOn, amount, payee: '施工单位', purpose: '进度款' });
  }

  for (const [i, d] of demandPlans.entries()) {
    await deps.db.insert(demands).values({
      divisionCode: village,
      raisedBy: names[i]!,
      raisedOn: d.raisedOn,
      category: d.category,
      content: `${names[i]}反映的问题`,
      state: d.state,
      dueOn: d.dueOn,
      solvedOn: d.solvedOn,
    });
  }

  await insertDonation(deps, { divisionCode: village, value: '80000.00', receivedOn: '2026-08-01', donor: `${personName}个人` });
  await insertDonation(deps, { divisionCode: village, value: '10000.00', receivedOn: '2026-04-01' });

  const [firm] = await deps.db.insert(enterprises).values({ name: '茂名荔枝食品有限公司', divisionCode: village }).returning();
  const [pairing] = await deps.db.insert(enterprisePairings).values({ enterpriseId: firm!.id, divisionCode: village, since: '2025-01-01' }).returning();
  for (const [kind, value, givenOn] of [
    ['money', '120000.50', '2026-09-15'],
    ['jobs', null, '2026-07-01'],
    ['money', '5000.00', '2026-10-02'],
  ] as const) {
    await deps.db.insert(enterpriseContributions).values({ pairingId: pairing!.id, enterpriseId: firm!.id, divisionCode: village, kind, value, givenOn, description: '村企连心' });
  }
  return { names, waterProjectId: water.project.id };
}
