import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../server/platform/db/client.ts';
import { householdCadres, householdMeasures, householdPersons, households } from '../../server/modules/households/index.ts';
import { visits } from '../../server/modules/visits/index.ts';
import { diaries } from '../../server/modules/diaries/index.ts';
import { demands } from '../../server/modules/demands/index.ts';
import { disputeMediations, disputes } from '../../server/modules/disputes/index.ts';
import { labourTransfers } from '../../server/modules/labour-transfers/index.ts';
import type { DemoWorld } from './demo-world.ts';
import { planDemands, planDiaries, planLabourTransfers, planVisits, type FieldHousehold, type FieldVillage } from './household-fieldwork.ts';
import { lebangForestDispute, planVillageDisputes, type PlanDispute } from './household-disputes.ts';
import { householdVillageCodes } from './household-villages.ts';
import { SeededRandom } from './random.ts';
import { villageCadres } from './seed-households.ts';
import { insertInChunks } from './write-demo.ts';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(key(item));
    if (list) list.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}

/** The demo's households by village, with what the field work needs to know of them. */
async function fieldVillages(executor: Executor, today: string): Promise<FieldVillage[]> {
  const rows = await executor.select().from(households).orderBy(asc(households.divisionCode), asc(households.code));
  if (rows.length === 0) return [];
  const ids = rows.map((h) => h.id);
  const persons = await executor
    .select({ id: householdPersons.id, householdId: householdPersons.householdId, name: householdPersons.name, health: householdPersons.health, workingAway: householdPersons.workingAway, workPlace: householdPersons.workPlace })
    .from(householdPersons)
    .where(inArray(householdPersons.householdId, ids))
    .orderBy(asc(householdPersons.householdId), asc(householdPersons.id));
  const paired = await executor
    .select({ householdId: householdCadres.householdId, cadreId: householdCadres.cadreId })
    .from(householdCadres)
    .where(and(inArray(householdCadres.householdId, ids), isNull(householdCadres.until)))
    .orderBy(asc(householdCadres.householdId), asc(householdCadres.cadreId));
  const industries = await executor
    .select({ householdId: householdMeasures.householdId, content: householdMeasures.content })
    .from(householdMeasures)
    .where(and(inArray(householdMeasures.householdId, ids), eq(householdMeasures.category, 'industry'), eq(householdMeasures.year, Number(today.slice(0, 4)))))
    .orderBy(asc(householdMeasures.householdId), asc(householdMeasures.id));
  const personsOf = groupBy(persons, (p) => p.householdId);
  const cadreOf = new Map<string, string>();
  for (const p of paired) if (!cadreOf.has(p.householdId)) cadreOf.set(p.householdId, p.cadreId);
  const industryOf = new Map<string, string>();
  for (const m of industries) if (!industryOf.has(m.householdId)) industryOf.set(m.householdId, m.content);

  const out: FieldVillage[] = [];
  for (const [code, members] of groupBy(rows, (h) => h.divisionCode)) {
    const { cadres } = await villageCadres(executor, code);
    if (cadres.length === 0) continue;
    const list: FieldHousehold[] = members.map((h) => ({
      id: h.id,
      name: h.householderName,
      group: h.group,
      status: h.status,
      monitoringType: h.monitoringType,
      monitoringState: h.monitoringState,
      cadreId: cadreOf.get(h.id) ?? null,
      industry: industryOf.get(h.id) ?? null,
      persons: personsOf.get(h.id) ?? [],
    }));
    out.push({ code, cadres: cadres.map((c) => ({ id: c.id, name: c.name, role: c.role })), households: list });
  }
  return out;
}

async function writeDisputes(executor: Executor, planned: PlanDispute[]): Promise<void> {
  await insertInChunks(executor, disputes, planned.map(({ mediations: _mediations, ...dispute }) => dispute));
  await insertInChunks(executor, disputeMediations, planned.flatMap((d) => d.mediations.map((m) => ({ disputeId: d.id, ...m }))));
}

/**
 * 驻村 field work of the demo month in the demo households' villages: visits, the cadres'
 * diaries, villagers' demands, disputes and the members working away. Written directly, like
 * the households; the month's dates follow today, the generator the month.
 */
export async function seedFieldwork(world: DemoWorld): Promise<void> {
  const { db } = world.deps;
  const today = world.today;
  await db.transaction(async (tx) => {
    const [done] = await tx.select({ id: visits.id }).from(visits).limit(1);
    if (done) return;
    const random = new SeededRandom(`zhucun-fieldwork-${today.slice(0, 7)}`);
    const villages = await fieldVillages(tx, today);
    const written = new Set<string>();
    const planned = villages.map((village) => ({
      visits: planVisits(random, village, today),
      diaries: planDiaries(random, village, today, written),
      demands: planDemands(random, village, today, village.code === householdVillageCodes.tuoche),
      disputes: planVillageDisputes(random, village.code, village.households.map((h) => h.name), today),
      labour: planLabourTransfers(random, village, today),
    }));
    await insertInChunks(tx, visits, planned.flatMap((p) => p.visits));
    await insertInChunks(tx, diaries, planned.flatMap((p) => p.diaries));
    await insertInChunks(tx, demands, planned.flatMap((p) => p.demands));
    await writeDisputes(tx, [lebangForestDispute(random), ...planned.flatMap((p) => p.disputes)]);
    await insertInChunks(tx, labourTransfers, planned.flatMap((p) => p.labour));
  });
}
