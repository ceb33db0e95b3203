import type { SpecialityCode } from '../../contracts/cadres.ts';
import type { CampaignLine } from '../../contracts/party-codes.ts';
import { campaignLedgerEntries, campaignTargets, campaignTasks } from '../../server/modules/campaigns/index.ts';
import { LINE_ACTIVITIES, NAMED_STORIES, PROFESSIONAL_ACTIVITIES } from './campaign-texts.ts';
import { makeName } from './names.ts';
import type { SeededRandom } from './random.ts';
import { shareOut } from './seed-wuzhou-projects.ts';

// Rows before the campaign they belong to is written.
type TaskRow = Omit<typeof campaignTasks.$inferInsert, 'campaignId'>;
type LedgerRow = Omit<typeof campaignLedgerEntries.$inferInsert, 'campaignId'>;
type TargetRow = Omit<typeof campaignTargets.$inferInsert, 'campaignId'>;

export type CampaignUnit = { id: string; name: string; specialities: readonly SpecialityCode[]; branches: { id: string; name: string }[] };
/** A village with the words a ledger names it by: 织金县熊家场镇宝山村. */
export type CampaignVillage = { code: string; label: string };

// [001]: 1,263 branches paired with 1,120 villages; their secretaries helped 2,152 households; "1000余名"
// leading cadres (1,046 here) stayed; 3,719 professional and 9,700 member person-times; and what came of it.
export const campaignFigures = {
  branchesPaired: 1263,
  villagesPaired: 1120,
  secretaries: 1263,
  households: 2152,
  leadingCadres: 1046,
  professionalPersonTimes: 3719,
  memberPersonTimes: 9700,
  problemsSolved: 2725,
  policyItems: 3457,
  technicalServices: 5987,
  ideas: 2563,
  projects: 1927,
  funds: '193000000.00',
} as const;

/** The places and units [001] names, each paired as the report tells. */
export const NAMED_PAIRS = {
  wuxing: { unit: '贵州省人民检察院', village: '522729103202' },
  lebang: { unit: '贵州省档案局', village: '522723102200', person: '陆曙光' },
  baoshan: { unit: '贵州省总工会', village: '520524116214', branch: '贵州省总工会机关第五党支部' },
} as const;

// [001]: "省农科院、省卫计委、省农委、省农业厅、省水利厅等19家单位专门派出相关专业人才".
export const PROFESSIONAL_UNITS = [
  '贵州省农业科学院', '贵州省卫生和计划生育委员会', '贵州省农业委员会', '贵州省水利厅', '贵州省林业厅', '贵州科学院', '贵州省科学技术厅',
  '贵州省科学技术协会', '贵州省中医药管理局', '贵州大学', '贵州医科大学', '贵阳中医学院', '贵州省国土资源厅', '贵州省住房和城乡建设厅',
  '贵州省交通运输厅', '贵州省环境保护厅', '贵州省地质矿产勘查开发局', '贵州农业职业学院', '贵州省司法厅',
] as const;

// The rows a line writes: an average of three activities a pair, and of three or four person-times a visit.
const ROWS = { professional: 1240, member: 2425 } as const;
const PERIOD = { from: '2016-03-15', to: '2016-11-30' } as const;
// Guizhou's poor villages are 苗、彝、布依 as much as 汉.
const ETHNICITIES: readonly (readonly [string, number])[] = [['汉族', 0.6], ['苗族', 0.22], ['彝族', 0.1], ['布依族', 0.08]];

export type CampaignRows = { tasks: TaskRow[]; ledger: LedgerRow[]; targets: TargetRow[] };
type Pair = { unit: CampaignUnit; branch: { id: string; name: string }; village: CampaignVillage; secretary: string; taskId: string };

function day(random: SeededRandom, from: string = PERIOD.from, to: string = PERIOD.to): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / 86_400_000);
  return new Date(start + random.int(0, days) * 86_400_000).toISOString().slice(0, 10);
}

function person(random: SeededRandom, birthFrom = 1960, birthTo = 1990): string {
  const ethnicity = random.weighted(ETHNICITIES);
  return makeName(random, { gender: random.chance(0.7) ? 'male' : 'female', birthYear: random.int(birthFrom, birthTo), region: 'national', ethnicity });
}

/** A name not yet used in the set: a household, or a unit's leader, is counted once by it. */
function freshName(random: SeededRandom, used: Set<string>, make: () => string): string {
  for (;;) {
    const name = make();
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

function cents(value: number): string {
  return `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}

/** Villages to units in neighbouring stretches, as a unit helps a few townships of one county; the named pairs first. */
function assignVillages(random: SeededRandom, units: CampaignUnit[], villages: CampaignVillage[]): Map<string, CampaignVillage[]> {
  const counts = shareOut(units.map((u) => u.branches.length), campaignFigures.villagesPaired);
  const out = new Map<string, CampaignVillage[]>(units.map((u) => [u.id, []]));
  const named = new Set<string>(Object.values(NAMED_PAIRS).map((p) => p.village));
  for (const pair of Object.values(NAMED_PAIRS)) {
    const unit = units.find((u) => u.name === pair.unit)!;
    out.get(unit.id)!.push(villages.find((v) => v.code === pair.village)!);
  }
  const open = villages.filter((v) => !named.has(v.code));
  let next = 0;
  for (const index of random.shuffle(units.map((_, i) => i))) {
    const unit = units[index]!;
    const own = out.get(unit.id)!;
    const take = counts[index]! - own.length;
    own.push(...open.slice(next, next + take));
    next += take;
  }
  return out;
}

/** Each branch pairs with one of its unit's villages; a village left over gets a second branch. */
function pairBranches(random: SeededRandom, units: CampaignUnit[], villagesOf: Map<string, CampaignVillage[]>): Pair[] {
  const pairs: Pair[] = [];
  for (const unit of units) {
    const villages = villagesOf.get(unit.id)!;
    const named = Object.values(NAMED_PAIRS).find((p) => p.unit === unit.name);
    const fixed = named && 'branch' in named ? unit.branches.find((b) => b.name === named.branch)! : named ? unit.branches[0]! : undefined;
    const others = random.shuffle(unit.branches.filter((b) => b !== fixed));
    const order = fixed ? [fixed, ...others] : others;
    order.forEach((branch, i) => {
      const village = i < villages.length ? villages[i]! : random.pick(villages);
      pairs.push({ unit, branch, village, secretary: person(random, 1962, 1985), taskId: random.uuid() });
    });
  }
  return pairs;
}

function taskRow(random: SeededRandom, line: CampaignLine, unit: CampaignUnit, village: CampaignVillage, fields: Partial<TaskRow>): TaskRow {
  const claimed = random.chance(0.7);
  const at = new Date(`${day(random, '2016-03-20', '2016-04-30')}T09:00:00+08:00`);
  const done = random.chance(0.9);
  return {
    unitId: unit.id,
    line,
    title: '',
    villageCode: village.code,
    divisionCode: village.code,
    state: done ? 'done' : claimed ? 'claimed' : 'assigned',
    claimedAt: claimed ? at : null,
    assignedAt: claimed ? null : at,
    doneOn: done ? day(random, '2016-10-15', '2016-12-20') : null,
    ...fields,
  };
}

function entry(random: SeededRandom, line: CampaignLine, unit: CampaignUnit, village: CampaignVillage, fields: Partial<LedgerRow> & { personName: string; description: string }): LedgerRow {
  return { unitId: unit.id, line, villageCode: village.code, divisionCode: village.code, happenedOn: day(random), personTimes: 1, ...fields };
}

/** Integer shares of a total over the rows, by weight; the sum is exact. */
function spread(rows: LedgerRow[], total: number, weight: (row: LedgerRow) => number, set: (row: LedgerRow, value: number) => void): void {
  const shares = shareOut(rows.map(weight), total);
  rows.forEach((row, i) => set(row, shares[i]!));
}

const OUTPUT_WEIGHTS: Record<'problemsSolved' | 'policyItems' | 'technicalServices' | 'ideas', Record<CampaignLine, number>> = {
  problemsSolved: { branch_village: 1, secretary_household: 0.6, leader_stay: 1.2, professional_visit: 1.5, member_service: 0.4 },
  policyItems: { branch_village: 1, secretary_household: 1.5, leader_stay: 0.8, professional_visit: 0.5, member_service: 1 },
  technicalServices: { branch_village: 0.5, secretary_household: 0.5, leader_stay: 0, professional_visit: 4, member_service: 1 },
  ideas: { branch_village: 1.5, secretary_household: 0.2, leader_stay: 2, professional_visit: 0.5, member_service: 0.2 },
};

/** The outputs [001] counts, shared over the entries so each sums to its figure exactly. */
function addOutputs(random: SeededRandom, ledger: LedgerRow[]): void {
  for (const [output, weights] of Object.entries(OUTPUT_WEIGHTS) as [keyof typeof OUTPUT_WEIGHTS, Record<CampaignLine, number>][]) {
    spread(ledger, campaignFigures[output], (row) => weights[row.line] * random.next(), (row, value) => (row[output] = value));
  }
  // Projects come from pairs and stays; a project brings its funds.
  const planners = new Set<CampaignLine>(['branch_village', 'leader_stay', 'professional_visit']);
  spread(ledger, campaignFigures.projects, (row) => (planners.has(row.line) && random.chance(0.45) ? random.next() : 0), (row, value) => (row.projects = value));
  const fundCents = Math.round(Number(campaignFigures.funds) * 100);
  spread(ledger, fundCents, (row) => (row.projects ?? 0) * (0.2 + random.next() * 1.8), (row, value) => (row.funds = cents(value)));
}

/** Person-times of one line's visits, at least one a visit, summing to the figure. */
function visits(random: SeededRandom, rows: LedgerRow[], total: number): void {
  spread(rows, total - rows.length, () => random.next(), (row, value) => (row.personTimes = 1 + value));
}

/**
 * [001]'s year of 五千行动: tasks claimed or assigned, and a ledger whose figures are the report's
 * to the unit. `pool` holds the rural villages of the campaign's counties, in code order.
 */
export function planCampaignRows(random: SeededRandom, units: CampaignUnit[], pool: CampaignVillage[]): CampaignRows {
  const named = new Set<string>(Object.values(NAMED_PAIRS).map((p) => p.village));
  const picked = random.shuffle(pool.filter((v) => !named.has(v.code))).slice(0, campaignFigures.villagesPaired - named.size);
  const villages = [...pool.filter((v) => named.has(v.code)), ...picked].sort((a, b) => a.code.localeCompare(b.code));
  if (villages.length < campaignFigures.villagesPaired) throw new Error(`only ${villages.length} villages for 五千行动`);
  const villagesOf = assignVillages(random, units, villages);
  const pairs = pairBranches(random, units, villagesOf);
  const tasks: TaskRow[] = [];
  const ledger: LedgerRow[] = [];

  for (const pair of pairs) {
    const { unit, branch, village } = pair;
    tasks.push(taskRow(random, 'branch_village', unit, village, { id: pair.taskId, title: `${branch.name}结对帮扶${village.label}`, branchId: branch.id, personName: pair.secretary }));
    const base = { branchId: branch.id, taskId: pair.taskId };
    const activities = random.shuffle(LINE_ACTIVITIES.branch_village).slice(0, random.int(2, 4));
    activities.forEach((description, i) => ledger.push(entry(random, 'branch_village', unit, village, { ...base, personName: i === 0 ? pair.secretary : person(random), description })));
  }
  for (const [key, story] of Object.entries(NAMED_PAIRS)) {
    const pair = pairs.find((p) => p.unit.name === story.unit && p.village.code === story.village)!;
    const base = { branchId: pair.branch.id, taskId: pair.taskId, personName: 'person' in story ? story.person : pair.secretary };
    if (key === 'baoshan') {
      ledger.push(entry(random, 'branch_village', pair.unit, pair.village, { ...base, happenedOn: '2016-04-12', description: NAMED_STORIES.baoshanPair }));
      ledger.push(entry(random, 'branch_village', pair.unit, pair.village, { ...base, happenedOn: '2016-11-08', description: NAMED_STORIES.baoshanRoom }));
    } else ledger.push(entry(random, 'branch_village', pair.unit, pair.village, { ...base, description: NAMED_STORIES[key as 'wuxing' | 'lebang'] }));
  }

  // 2,152 households: every secretary helps one, 589 help two and 150 three.
  const householdsPer = new Map(random.shuffle(pairs).map((p, i) => [p, i < 150 ? 3 : i < 150 + 589 ? 2 : 1]));
  const namesIn = new Map<string, Set<string>>();
  const achieved = new Map<string, Record<CampaignLine, number>>(units.map((u) => [u.id, { branch_village: 0, secretary_household: 0, leader_stay: 0, professional_visit: 0, member_service: 0 }]));
  for (const pair of pairs) {
    const used = namesIn.get(pair.village.code) ?? new Set<string>();
    namesIn.set(pair.village.code, used);
    for (let k = 0; k < householdsPer.get(pair)!; k += 1) {
      const householdName = `${freshName(random, used, () => person(random, 1940, 1985))}户`;
      const taskId = random.uuid();
      tasks.push(taskRow(random, 'secretary_household', pair.unit, pair.village, { id: taskId, title: `${pair.secretary}牵头帮扶${householdName}`, branchId: pair.branch.id, householdName, personName: pair.secretary }));
      for (const description of random.shuffle(LINE_ACTIVITIES.secretary_household).slice(0, random.chance(0.5) ? 1 : 2)) {
        ledger.push(entry(random, 'secretary_household', pair.unit, pair.village, { branchId: pair.branch.id, taskId, personName: pair.secretary, householdName, description }));
      }
      achieved.get(pair.unit.id)!.secretary_household += 1;
    }
  }

  const leaders = shareOut(units.map((u) => u.branches.length), campaignFigures.leadingCadres);
  const professionals = units.filter((u) => (PROFESSIONAL_UNITS as readonly string[]).includes(u.name));
  const professionalRows = shareOut(professionals.map((u) => u.branches.length), ROWS.professional);
  const memberRows = shareOut(units.map((u) => u.branches.length), ROWS.member);
  const professionalLedger: LedgerRow[] = [];
  const memberLedger: LedgerRow[] = [];
  units.forEach((unit, index) => {
    const own = villagesOf.get(unit.id)!;
    const used = new Set<string>();
    for (let k = 0; k < leaders[index]!; k += 1) {
      const name = freshName(random, used, () => person(random, 1956, 1975));
      for (const description of random.shuffle(LINE_ACTIVITIES.leader_stay).slice(0, random.chance(0.5) ? 1 : 2)) ledger.push(entry(random, 'leader_stay', unit, random.pick(own), { personName: name, description }));
    }
    achieved.get(unit.id)!.leader_stay = leaders[index]!;
    achieved.get(unit.id)!.branch_village = own.length;
    for (let k = 0; k < memberRows[index]!; k += 1) {
      memberLedger.push(entry(random, 'member_service', unit, random.pick(own), { branchId: random.pick(unit.branches).id, personName: person(random), description: random.pick(LINE_ACTIVITIES.member_service) }));
    }
    const p = professionals.indexOf(unit);
    const skills = unit.specialities.flatMap((s) => PROFESSIONAL_ACTIVITIES[s] ?? []);
    for (let k = 0; p >= 0 && k < professionalRows[p]!; k += 1) {
      professionalLedger.push(entry(random, 'professional_visit', unit, random.pick(own), { personName: person(random, 1965, 1990), description: random.pick(skills) }));
    }
  });
  visits(random, professionalLedger, campaignFigures.professionalPersonTimes);
  visits(random, memberLedger, campaignFigures.memberPersonTimes);
  for (const row of professionalLedger) achieved.get(row.unitId)!.professional_visit += row.personTimes!;
  for (const row of memberLedger) achieved.get(row.unitId)!.member_service += row.personTimes!;
  ledger.push(...professionalLedger, ...memberLedger);
  addOutputs(random, ledger);
  return { tasks, ledger, targets: planTargets(random, units, achieved) };
}

/**
 * 任务分配方案: most units reach their targets, some fall short, a few go well beyond; a unit
 * sending no professionals was given none to send.
 */
function planTargets(random: SeededRandom, units: CampaignUnit[], achieved: Map<string, Record<CampaignLine, number>>): TargetRow[] {
  return units.flatMap((unit) => {
    const outcome = random.weighted([['reached', 0.8], ['short', 0.12], ['beyond', 0.08]] as const);
    return (Object.entries(achieved.get(unit.id)!) as [CampaignLine, number][]).map(([line, done]) => {
      if (done === 0) return { unitId: unit.id, line, target: 0, note: '本单位未承担该项任务' };
      const factor = outcome === 'short' ? 1.1 + random.next() * 0.25 : outcome === 'beyond' ? 0.6 + random.next() * 0.2 : 0.9 + random.next() * 0.1;
      const target = Math.max(1, outcome === 'short' ? Math.ceil(done * factor) + 1 : Math.floor(done * factor));
      return { unitId: unit.id, line, target, note: null };
    });
  });
}
