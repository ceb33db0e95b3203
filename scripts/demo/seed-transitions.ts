import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../server/platform/http/context.ts';
import { householdIncomes, householdIndicators, householdPersons, households } from '../../server/modules/households/index.ts';
import { actOnTransition, exitGaps, hasLabour, requestTransition, stablePeriodEnd } from '../../server/modules/household-transitions/index.ts';
import { addDays, type DemoWorld } from './demo-world.ts';

const TUOCHE = '530326102204';

export type TransitionSeedSummary = { identification: number; exit: number; monitoring: number; riskRemovalEligible: boolean };

type Candidate = typeof households.$inferSelect;

function villageHouseholds(world: DemoWorld): Promise<Candidate[]> {
  return world.deps.db.select().from(households).where(eq(households.divisionCode, TUOCHE)).orderBy(asc(households.code));
}

async function labourOf(world: DemoWorld, householdId: string) {
  return world.deps.db.select({ labourAbility: householdPersons.labourAbility }).from(householdPersons).where(eq(householdPersons.householdId, householdId));
}

/** Registered households whose indicators are all 达标 and whose latest income clears the line. */
async function exitReady(world: DemoWorld, rows: Candidate[]): Promise<Candidate[]> {
  const ready: Candidate[] = [];
  for (const row of rows.filter((h) => h.status === 'registered')) {
    const indicators = await world.deps.db.select().from(householdIndicators).where(eq(householdIndicators.householdId, row.id));
    const incomes = await world.deps.db.select().from(householdIncomes).where(eq(householdIncomes.householdId, row.id));
    if (exitGaps(indicators, incomes, world.deps.config.households.incomeLine).length === 0) ready.push(row);
  }
  return ready;
}

/**
 * 拖车村's identifications, exit and monitoring in flight, through the transition services dated in
 * the past weeks: an application waiting for its appraisal, a village notice run out (the township
 * may review), one still running (the township is refused until it ends), one waiting for the
 * county after its second notice, an exit at the county step, a monitoring request whose
 * verification is overdue and one waiting for the county's decision in time. A monitored
 * household past its stable period, with labour, is left to be proposed for risk removal; when
 * the registry has none, one enters monitoring seven months back.
 */
export async function seedTransitions(world: DemoWorld): Promise<TransitionSeedSummary> {
  const day = (offset: number) => addDays(world.today, offset);
  const member = await world.as('tuoche-member');
  const leader = await world.as('tuoche-leader');
  const township = await world.as('nagu-party');
  const county = await world.as('huize-rural');
  const rows = await villageHouseholds(world);
  const fresh = rows.filter((h) => h.status === 'new');
  const summary: TransitionSeedSummary = { identification: 0, exit: 0, monitoring: 0, riskRemovalEligible: false };

  const ask = async (ctx: Ctx, householdId: string, body: Parameters<typeof requestTransition>[2], on: number) =>
    (await requestTransition(ctx, householdId, body, { today: day(on) })).id;
  const act = (ctx: Ctx, id: string, body: Parameters<typeof actOnTransition>[2], on: number) => actOnTransition(ctx, id, body, { today: day(on) });
  const appraise = (id: string, on: number, attendees: number, inFavour: number) =>
    act(leader, id, { action: 'appraise', appraisal: { meetingOn: day(on), attendees, inFavour }, noticeStart: day(on + 1), comment: '村民代表会议评议通过' }, on);

  // Identification at each step; the village notice lasts config.households.noticeDays days.
  const noticeDays = world.deps.config.households.noticeDays;
  const plans: ((householdId: string) => Promise<void>)[] = [
    async (h) => void (await ask(member, h, { kind: 'identification', reason: '户主长期慢性病，家中缺劳力，收入低于标准' }, -2)),
    async (h) => {
      const id = await ask(member, h, { kind: 'identification', reason: '因学致贫，两个孩子在读高中' }, -(noticeDays + 3));
      await appraise(id, -(noticeDays + 2), 38, 35);
    },
    async (h) => {
      const id = await ask(member, h, { kind: 'identification', reason: '房屋受灾损毁，因灾致贫' }, -6);
      await appraise(id, -5, 41, 39);
    },
    async (h) => {
      const start = -(2 * noticeDays + 14);
      const id = await ask(member, h, { kind: 'identification', reason: '缺技术缺资金，人均纯收入低于标准' }, start);
      await appraise(id, start + 1, 44, 43);
      await act(township, id, { action: 'review', comment: '经乡镇审核，情况属实' }, start + noticeDays + 2);
    },
  ];
  for (const [index, plan] of plans.entries()) {
    const household = fresh[index];
    if (!household) break;
    await plan(household.id);
    summary.identification += 1;
  }

  const [exiting] = await exitReady(world, rows);
  if (exiting) {
    const start = -(2 * noticeDays + 14);
    const id = await ask(member, exiting.id, { kind: 'exit', reason: '发展中药材种植，人均纯收入稳定超过标准，两不愁三保障达标' }, start);
    await appraise(id, start + 1, 40, 40);
    await act(township, id, { action: 'review', comment: '入户核验，指标全部达标' }, start + noticeDays + 2);
    summary.exit += 1;
  }

  const unmonitored = rows.filter((h) => (h.status === 'registered' || h.status === 'exited') && h.monitoringState === null && h.id !== exiting?.id);
  const withLabour: Candidate[] = [];
  for (const row of unmonitored) if (hasLabour(await labourOf(world, row.id))) withLabour.push(row);
  const [overdue, inTime, stable] = withLabour;
  if (overdue) {
    await ask(member, overdue.id, { kind: 'monitoring', reason: '户主务工时受伤，半年内无法务工，家庭收入骤降', monitoringType: 'sudden', discoveryChannel: 'cadre_visit', discoveredOn: day(-14) }, -14);
    summary.monitoring += 1;
  }
  if (inTime) {
    const id = await ask(member, inTime.id, { kind: 'monitoring', reason: '家中老人确诊大病，自付医疗费用较高', monitoringType: 'unstable', discoveryChannel: 'department_screening', discoveredOn: day(-3) }, -3);
    await act(leader, id, { action: 'verify', findings: '入户核实：住院自付约 2.6 万元，已申请医疗救助' }, -2);
    summary.monitoring += 1;
  }

  const months = world.deps.config.households.stableMonths;
  const eligible = await world.deps.db
    .select({ id: households.id, since: households.monitoringSince })
    .from(households)
    .where(and(eq(households.divisionCode, TUOCHE), eq(households.monitoringState, 'monitoring')));
  const labouring: boolean[] = [];
  for (const row of eligible) labouring.push(row.since !== null && stablePeriodEnd(row.since, months) <= world.today && hasLabour(await labourOf(world, row.id)));
  summary.riskRemovalEligible = labouring.some(Boolean);
  if (!summary.riskRemovalEligible && stable) {
    const start = -(months * 31 + 20);
    const id = await ask(member, stable.id, { kind: 'monitoring', reason: '产业失败，收入大幅下降', monitoringType: 'unstable', discoveryChannel: 'self_report', discoveredOn: day(start) }, start);
    await act(leader, id, { action: 'verify', findings: '入户核实属实' }, start + 2);
    await act(county, id, { action: 'approve', comment: '同意纳入监测' }, start + 5);
    summary.riskRemovalEligible = true;
  }
  return summary;
}
