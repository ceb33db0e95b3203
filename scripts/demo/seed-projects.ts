import { and, asc, eq, inArray, isNull, like, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../server/platform/db/client.ts';
import { units } from '../../server/modules/units/index.ts';
import { divisions } from '../../server/modules/divisions/index.ts';
import { teamMembers, teams, teamUnits, teamVillages } from '../../server/modules/teams/index.ts';
import { householdMeasures, households } from '../../server/modules/households/index.ts';
import { projectBeneficiaries, projectFundSources, projectOutputs, projects, projectVillages } from '../../server/modules/projects/index.ts';
import { projectAllocations, projectPayments } from '../../server/modules/project-funds/index.ts';
import { leaderRoles } from '../../contracts/teams.ts';
import { shortVillageName } from './demo-model.ts';
import type { DemoWorld } from './demo-world.ts';
import { buildUnitProjects, emptyProjectRows, type ProjectRows } from './project-rows.ts';
import { huizeProjects } from './project-specs-huize.ts';
import { otherProjects } from './project-specs-others.ts';
import type { UnitProjectSpecs } from './project-specs.ts';
import { SeededRandom } from './random.ts';
import { insertInChunks } from './write-demo.ts';
import { projectHistory } from './project-history.ts';
import { workflowInstances, workflowSteps } from '../../server/platform/workflow/workflow.schema.ts';

export const PROJECT_SEED = 'zhucun-projects-v1';

/** Every backing unit's demo projects: [003]'s three 会泽 units, [004]'s 苍溪 bureau, and 长流村 of [000]. */
export const demoProjectSpecs: readonly UnitProjectSpecs[] = [...huizeProjects, ...otherProjects];

type UnitPlaces = { unitId: string; villages: Map<string, string>; leaders: Map<string, string> };

/** The villages the unit's teams serve (by short name), and the leader of the team in each. */
async function unitPlaces(executor: Executor, unitName: string): Promise<UnitPlaces> {
  const [unit] = await executor.select({ id: units.id }).from(units).where(eq(units.name, unitName));
  if (!unit) throw new Error(`demo unit not found: ${unitName}`);
  const served = await executor
    .select({ code: teamVillages.divisionCode, name: divisions.name, teamId: teams.id })
    .from(teamUnits)
    .innerJoin(teams, and(eq(teams.id, teamUnits.teamId), eq(teams.status, 'active')))
    .innerJoin(teamVillages, eq(teamVillages.teamId, teams.id))
    .innerJoin(divisions, eq(divisions.code, teamVillages.divisionCode))
    .where(and(eq(teamUnits.unitId, unit.id), eq(teamUnits.isLead, true)))
    .orderBy(asc(teamVillages.divisionCode));
  const teamIds = [...new Set(served.map((s) => s.teamId))];
  const leaderRows = teamIds.length
    ? await executor
        .select({ teamId: teamMembers.teamId, cadreId: teamMembers.cadreId })
        .from(teamMembers)
        .where(and(inArray(teamMembers.teamId, teamIds), inArray(teamMembers.role, [...leaderRoles]), isNull(teamMembers.leftOn)))
        .orderBy(asc(teamMembers.joinedOn), asc(teamMembers.cadreId))
    : [];
  const leaderOfTeam = new Map<string, string>();
  for (const row of leaderRows) if (!leaderOfTeam.has(row.teamId)) leaderOfTeam.set(row.teamId, row.cadreId);
  const villages = new Map<string, string>();
  const leaders = new Map<string, string>();
  for (const s of served) {
    villages.set(shortVillageName(s.name), s.code);
    const leader = leaderOfTeam.get(s.teamId);
    if (leader) leaders.set(s.code, leader);
  }
  return { unitId: unit.id, villages, leaders };
}

export async function planDemoProjects(executor: Executor, today: string, noticeDays: number): Promise<ProjectRows> {
  const random = new SeededRandom(PROJECT_SEED);
  const rows = emptyProjectRows();
  for (const specs of demoProjectSpecs) {
    const places = await unitPlaces(executor, specs.unit);
    const first = rows.projects.length;
    buildUnitProjects(specs, { unitId: places.unitId, unitName: specs.unit, villages: places.villages, today, noticeDays, random }, rows);
    for (const project of rows.projects.slice(first)) project.proposerCadreId = places.leaders.get(project.divisionCode) ?? null;
  }
  return rows;
}

/** The registered households a project names (the demonstration households of [004]), if the demo has them. */
async function beneficiaryRows(executor: Executor, wanted: ProjectRows['beneficiaries']): Promise<(typeof projectBeneficiaries.$inferInsert)[]> {
  const rows: (typeof projectBeneficiaries.$inferInsert)[] = [];
  for (const { projectId, divisionCodes, householders, measure } of wanted) {
    const matches: SQL[] = [];
    if (householders.length) matches.push(inArray(households.householderName, [...householders]));
    if (measure) matches.push(inArray(households.id, executor.select({ id: householdMeasures.householdId }).from(householdMeasures).where(like(householdMeasures.content, measure))));
    if (!matches.length) continue;
    const found = await executor
      .select({ id: households.id })
      .from(households)
      .where(and(inArray(households.divisionCode, divisionCodes), or(...matches)))
      .orderBy(asc(households.code));
    rows.push(...found.map((h) => ({ projectId, householdId: h.id })));
  }
  return rows;
}

/**
 * Projects that have run their course (or are running) in the seed villages, written directly in
 * their states with their funds and approval history: the figures of [003] and [004] to the cent,
 * for the lists, the ledgers and the statistics. Payments go in after their sources, under the
 * database's ceiling.
 */
/**
 * Writes planned projects once (nothing when they are there already): each with its approval history,
 * its villages, sources, outputs and money, then the households it names. Payments go in after their
 * sources, under the database's ceiling.
 */
export async function writeProjectRows(tx: Executor, rows: ProjectRows, historySeed: string): Promise<void> {
  if (rows.projects.length === 0) return;
  const [existing] = await tx.select({ id: projects.id }).from(projects).where(inArray(projects.id, rows.projects.map((p) => p.id!))).limit(1);
  if (existing) return;
  const history = await projectHistory(tx, rows.projects, new SeededRandom(historySeed));
  await insertInChunks(tx, projects, rows.projects);
  await insertInChunks(tx, workflowInstances, history.instances);
  await insertInChunks(tx, workflowSteps, history.steps);
  await insertInChunks(tx, projectVillages, rows.villages);
  await insertInChunks(tx, projectFundSources, rows.sources);
  await insertInChunks(tx, projectOutputs, rows.outputs);
  await insertInChunks(tx, projectAllocations, rows.allocations);
  await insertInChunks(tx, projectPayments, rows.payments);
  await insertInChunks(tx, projectBeneficiaries, await beneficiaryRows(tx, rows.beneficiaries));
}

export async function seedProjects(world: DemoWorld): Promise<void> {
  await world.deps.db.transaction(async (tx) => {
    const rows = await planDemoProjects(tx, world.today, world.deps.config.households.noticeDays);
    await writeProjectRows(tx, rows, `${PROJECT_SEED}-history`);
  });
}
