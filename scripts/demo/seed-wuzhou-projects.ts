import { and, asc, eq, inArray, isNull, like } from 'drizzle-orm';
import type { Executor } from '../../server/platform/db/client.ts';
import { divisions, villageProfiles } from '../../server/modules/divisions/index.ts';
import { teamMembers, teams, teamUnits } from '../../server/modules/teams/index.ts';
import { units } from '../../server/modules/units/index.ts';
import { leaderRoles } from '../../contracts/teams.ts';
import type { OutputKind, ProjectCategory } from '../../contracts/project-codes.ts';
import type { DemoWorld } from './demo-world.ts';
import { buildUnitProjects, emptyProjectRows, type ProjectRows } from './project-rows.ts';
import type { ProjectSpec, SourceSpec, UnitProjectSpecs } from './project-specs.ts';
import { SeededRandom } from './random.ts';
import { MODEL_VILLAGE_NOTE, wuzhouVillageName } from './seed-wuzhou.ts';
import { writeProjectRows } from './seed-projects.ts';

export const WUZHOU_PROJECT_SEED = 'zhucun-wuzhou-projects-v1';

/**
 * [002]: "一年来，全市第一书记共组织帮扶修建村、屯级道路900多公里，修建桥梁近200座，修建饮水工程200多个，
 * 实施改水、改厕、绿化美化工程500多项" — the year's actual outputs in the 179 villages.
 */
export const wuzhouProjectFigures = { roadKm: 912.6, bridges: 198, waterProjects: 206, sanitationProjects: 517 } as const;

// A model village (示范点) gets about three times an ordinary village's share of the works.
const MODEL_WEIGHT = 3;

type County = { name: string; prefix: string; payees: readonly string[] };
const COUNTIES: Record<string, County> = {
  '450422': { name: '藤县', prefix: '藤财农', payees: ['藤县鸿达建筑工程有限公司', '藤县浔江路桥工程有限公司'] },
  '450481': { name: '岑溪市', prefix: '岑财农', payees: ['岑溪市宏盛建设工程有限公司', '岑溪市南渡建筑安装有限公司'] },
  '450421': { name: '苍梧县', prefix: '苍财农', payees: ['苍梧县六堡路桥工程有限公司', '苍梧县石桥建筑工程有限公司'] },
  '450423': { name: '蒙山县', prefix: '蒙财农', payees: ['蒙山县永安建筑工程有限公司', '蒙山县湄江水电建筑有限公司'] },
};

export type WuzhouVillage = {
  code: string;
  /** township + short village name: the key a unit's projects name the village by. */
  label: string;
  township: string;
  unitId: string;
  unitName: string;
  leaderId: string | null;
  model: boolean;
  households: number;
  population: number;
};

/** The 梧州 villages with a team in post: the team's lead unit and leader, and whether it is a model village. */
export async function wuzhouVillages(executor: Executor): Promise<WuzhouVillage[]> {
  const rows = await executor
    .select({ code: teams.divisionCode, note: teams.note, teamId: teams.id, unitId: units.id, unitName: units.name, name: divisions.name, parent: divisions.parentCode, households: villageProfiles.households, population: villageProfiles.population })
    .from(teams)
    .innerJoin(teamUnits, and(eq(teamUnits.teamId, teams.id), eq(teamUnits.isLead, true)))
    .innerJoin(units, eq(units.id, teamUnits.unitId))
    .innerJoin(divisions, eq(divisions.code, teams.divisionCode))
    .leftJoin(villageProfiles, eq(villageProfiles.divisionCode, teams.divisionCode))
    .where(and(like(teams.divisionCode, '4504%'), eq(teams.status, 'active')))
    .orderBy(asc(teams.divisionCode));
  if (rows.length === 0) return [];
  const townships = new Map(
    (await executor.select({ code: divisions.code, name: divisions.name }).from(divisions).where(inArray(divisions.code, [...new Set(rows.map((r) => r.parent!))]))).map((t) => [t.code, t.name]),
  );
  const leaders = new Map(
    (
      await executor
        .select({ teamId: teamMembers.teamId, cadreId: teamMembers.cadreId })
        .from(teamMembers)
        .where(and(inArray(teamMembers.teamId, rows.map((r) => r.teamId)), inArray(teamMembers.role, [...leaderRoles]), isNull(teamMembers.leftOn)))
    ).map((m) => [m.teamId, m.cadreId]),
  );
  return rows.map((r) => ({
    code: r.code,
    label: `${townships.get(r.parent!) ?? ''}${wuzhouVillageName(r.name)}`,
    township: townships.get(r.parent!) ?? '',
    unitId: r.unitId,
    unitName: r.unitName,
    leaderId: leaders.get(r.teamId) ?? null,
    model: r.note?.startsWith(MODEL_VILLAGE_NOTE) ?? false,
    households: r.households ?? 600,
    population: r.population ?? 2400,
  }));
}

/** Whole units shared out by weight, largest remainder first, so the shares add up to the total. */
export function shareOut(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const shares = exact.map(Math.floor);
  const order = exact.map((value, index) => [value - Math.floor(value), index] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - shares.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k += 1) shares[order[k]![1]]! += 1;
  return shares;
}

type Work = { category: ProjectCategory; kind: OutputKind; total: number; name: string; perUnit: number; entity: (county: string, township: string) => string; sources: (county: string) => SourceSpec[]; description: (n: string) => string };

const unitShare = (weight: number): SourceSpec => ({ kind: 'unit', weight });
const integrated = (county: string, weight: number): SourceSpec => ({ kind: 'fiscal', funder: `${county}财政局（统筹整合财政涉农资金）`, weight });

// Few sources a project: every payment row is checked against its source's earlier payments.
// What a unit of each work costs in 梧州's hills (yuan): a km of 3.5 m concrete road, a small bridge,
// a village's water works, one 改水改厕 or greening job.
const WORKS: Work[] = [
  {
    category: 'road', kind: 'road_km', total: Math.round(wuzhouProjectFigures.roadKm * 10), name: '村屯道路硬化', perUnit: 320_000, entity: (c, t) => `${c}${t}人民政府`,
    sources: (c) => [{ kind: 'fiscal', funder: '广西壮族自治区交通运输厅（屯级道路建设补助）', weight: 55 }, integrated(c, 35), unitShare(10)],
    description: (n) => `村屯道路水泥硬化${n}公里，路面宽3.5米`,
  },
  {
    category: 'bridge', kind: 'bridges', total: wuzhouProjectFigures.bridges, name: '便民桥建设', perUnit: 230_000, entity: (c) => `${c}交通运输局`,
    sources: (c) => [{ kind: 'fiscal', funder: '梧州市交通运输局（农村公路危桥改造补助）', weight: 60 }, integrated(c, 40)],
    description: (n) => `新建、重建钢筋混凝土便民桥${n}座`,
  },
  {
    category: 'drinking_water', kind: 'water_projects', total: wuzhouProjectFigures.waterProjects, name: '饮水安全工程', perUnit: 160_000, entity: (c) => `${c}水利局`,
    sources: (c) => [{ kind: 'fiscal', funder: `${c}水利局（农村饮水安全工程资金）`, weight: 100 }],
    description: (n) => `建设集中供水工程${n}处（水源、蓄水池、管网入户）`,
  },
  {
    category: 'environment', kind: 'sanitation_projects', total: wuzhouProjectFigures.sanitationProjects, name: '改水改厕及绿化美化工程', perUnit: 45_000, entity: (c, t) => `${c}${t}人民政府`,
    sources: (c) => [{ kind: 'fiscal', funder: `${c}财政局（“美丽广西·清洁乡村”专项资金）`, weight: 70 }, unitShare(30)],
    description: (n) => `改水、改厕、绿化美化工程${n}项`,
  },
];

/** Each village's share of the year's works, and a project for each kind of work it got. */
export function planWuzhouSpecs(villages: readonly WuzhouVillage[], random: SeededRandom, noticeDays: number): UnitProjectSpecs[] {
  const weights = villages.map((v) => (v.model ? MODEL_WEIGHT : 1) * (0.6 + random.next() * 0.8));
  // Road in tenths of a km, the rest in whole works.
  const shares = WORKS.map((w) => shareOut(weights, w.total));
  const byUnitCounty = new Map<string, UnitProjectSpecs & { projects: ProjectSpec[] }>();
  villages.forEach((village, index) => {
    const county = COUNTIES[village.code.slice(0, 6)]!;
    const key = `${village.unitName}|${county.name}`;
    let specs = byUnitCounty.get(key);
    if (!specs) byUnitCounty.set(key, (specs = { unit: village.unitName, documentPrefix: county.prefix, projects: [] }));
    WORKS.forEach((work, w) => {
      const raw = shares[w]![index]!;
      if (raw === 0) return;
      const amount = work.kind === 'road_km' ? raw / 10 : raw;
      const days = random.int(45, 150);
      const accepted = random.chance(0.5);
      // Completed within the year; an accepted one has had its acceptance notice, a completed one not yet.
      const completedAgo = accepted ? random.int(noticeDays + 25, 330) : random.int(5, 90);
      const households = Math.min(village.households, Math.round(village.households * (0.3 + random.next() * 0.6)));
      specs.projects.push({
        name: `${village.label}${work.name}`,
        villages: [village.label],
        category: work.category,
        responsibleEntity: work.entity(county.name, village.township),
        budget: Math.round((amount * work.perUnit * (0.85 + random.next() * 0.3)) / 100) * 100,
        state: accepted ? 'accepted' : 'completed',
        start: { daysAgo: completedAgo + days },
        days,
        sources: work.sources(county.name),
        outputs: [{ kind: work.kind, planned: amount }],
        households,
        persons: Math.round((households * village.population) / Math.max(1, village.households)),
        description: work.description(String(amount)),
        payee: random.pick(county.payees),
      });
    });
  });
  return [...byUnitCounty.values()];
}

export async function planWuzhouProjects(executor: Executor, today: string, noticeDays: number): Promise<ProjectRows> {
  const random = new SeededRandom(WUZHOU_PROJECT_SEED);
  const villages = await wuzhouVillages(executor);
  const rows = emptyProjectRows();
  for (const specs of planWuzhouSpecs(villages, random, noticeDays)) {
    const own = villages.filter((v) => v.unitName === specs.unit);
    const byLabel = new Map(own.map((v) => [v.label, v.code]));
    if (byLabel.size !== own.length) throw new Error(`${specs.unit} serves two villages of one name`);
    const first = rows.projects.length;
    buildUnitProjects(specs, { unitId: own[0]!.unitId, unitName: specs.unit, villages: byLabel, today, noticeDays, random }, rows);
    const leaders = new Map(own.map((v) => [v.code, v.leaderId]));
    for (const project of rows.projects.slice(first)) project.proposerCadreId = leaders.get(project.divisionCode) ?? null;
  }
  return rows;
}

/**
 * The year of works [002] counts in 梧州's 179 poor villages, completed or accepted with their funds,
 * written directly like the other demo projects; nothing when 梧州 has no teams or they are there.
 */
export async function seedWuzhouProjects(world: DemoWorld): Promise<void> {
  await world.deps.db.transaction(async (tx) => {
    const rows = await planWuzhouProjects(tx, world.today, world.deps.config.households.noticeDays);
    await writeProjectRows(tx, rows, `${WUZHOU_PROJECT_SEED}-history`);
  });
}
