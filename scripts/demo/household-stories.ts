import type { MonitoringType } from '../../contracts/household-codes.ts';
import { addDays } from './demo-world.ts';
import { ageOn, type HouseholdIdentities } from './household-members.ts';
import { planHousehold, type HouseholdSpec, type HouseholdVillage, type PlanHousehold } from './household-plans.ts';
import { householdVillageCodes } from './household-villages.ts';
import type { SeededRandom } from './random.ts';

const monthsAgo = (today: string, months: number) => addDays(today, -Math.round(months * 30.4));

/** The usual mix of a village in these years: most exited, some registered, a few new or monitored. */
function ordinarySpec(random: SeededRandom, today: string): HouseholdSpec {
  const kind = random.weighted([['exited', 0.76], ['registered', 0.09], ['new', 0.04], ['unstable', 0.04], ['marginal', 0.04], ['sudden', 0.03]] as const);
  if (kind === 'exited' || kind === 'registered' || kind === 'new') return { status: kind };
  return monitoredSpec(random, kind, today);
}

function monitoredSpec(random: SeededRandom, type: MonitoringType, today: string): HouseholdSpec {
  const removed = random.chance(0.35);
  const since = monthsAgo(today, removed ? random.int(14, 26) : random.int(1, 11));
  const monitoring = { type, since, ...(removed ? { removedOn: addDays(since, random.int(200, 300)) } : {}) };
  return { status: type === 'unstable' ? 'exited' : 'non_poor', monitoring, ...(type === 'sudden' ? { mainCause: random.pick(['illness', 'disaster'] as const) } : {}) };
}

/**
 * [001] 地古屯村: the first secretary of the provincial academy's animal-husbandry institute set up
 * 中华蜂 keeping; poverty funds became shares so 123 poor households, 谭世远 among them, joined
 * the cooperative; each gets two hives free in spring, splits them to ten, and sells honey for
 * some 4,000 yuan more a year.
 */
function beeIndustry(thisYear: number) {
  return (year: number) => {
    if (year === thisYear - 2) return { content: '扶贫资金折股加入地古屯村养蜂专业合作社（中华蜂养殖），按股分红', amount: 3000 };
    if (year === thisYear - 1) return { content: '合作社免费发放中华蜂两箱，分群后发展到十群', amount: null };
    return { content: '养蜂专业合作社股份分红，卖蜂蜜增收四千多元', amount: 4200 };
  };
}

function planDigutun(random: SeededRandom, ids: HouseholdIdentities, village: HouseholdVillage, count: number, today: string): PlanHousehold[] {
  const thisYear = Number(today.slice(0, 4));
  const industry = beeIndustry(thisYear);
  const zhang = village.cadres.find((c) => c.name === '张锦华');
  const out: PlanHousehold[] = [];
  for (let i = 0; i < count; i += 1) {
    const status = i === 0 ? 'exited' : random.weighted([['exited', 0.86], ['registered', 0.1], ['unstable', 0.04]] as const);
    const base: HouseholdSpec = status === 'unstable' ? monitoredSpec(random, 'unstable', today) : { status };
    const spec: HouseholdSpec =
      i === 0
        ? { ...base, householder: { name: '谭世远', gender: 'male', birthYear: 1968 }, mainCause: 'no_capital', size: 4, group: '三组', cadreIds: zhang ? [zhang.id] : [], note: '养蜂专业合作社社员：扶贫资金折股入社，来年春天免费分到两箱中华蜂，分群后可发展到十群，预计卖蜂蜜增收四千多元' }
        : base;
    const household = planHousehold(random, ids, village, { ...spec, industry }, i, today);
    // The cooperative's dividend is the members' property income.
    for (const income of household.incomes) income.property = Math.max(income.property, income.year === thisYear - 2 ? 300 : 600);
    out.push(household);
  }
  return out;
}

/**
 * [004] 英明村: 梁仕勇 helps 杨正华 of group one grow 3 mu of medicinal herbs for more than 10,000
 * yuan a year, and more than ten poor households follow; 赵建军 helps 邹容邦, short of labour, tend 2 mu of grapes.
 */
function planYingming(random: SeededRandom, ids: HouseholdIdentities, village: HouseholdVillage, count: number, today: string): PlanHousehold[] {
  const thisYear = Number(today.slice(0, 4));
  const liang = village.cadres.find((c) => c.name === '梁仕勇');
  const zhao = village.cadres.find((c) => c.name === '赵建军');
  const out: PlanHousehold[] = [];
  const yang = planHousehold(
    random,
    ids,
    village,
    {
      status: 'exited',
      householder: { name: '杨正华', gender: 'male', birthYear: 1966 },
      group: '一组',
      mainCause: 'no_skills',
      size: 3,
      cadreIds: liang ? [liang.id] : [],
      industry: () => ({ content: '种植中药材3亩，驻村队员梁仕勇示范帮扶', amount: 3000 }),
      note: '帮扶示范户：种植药材3亩，年收入一万多元，带动10多户贫困户种植药材',
    },
    0,
    today,
  );
  for (const income of yang.incomes) {
    const business = income.year === thisYear ? 12000 : income.year === thisYear - 1 ? 11000 : 10500;
    income.business = business;
    income.wage = Math.min(income.wage, 3000);
  }
  out.push(yang);
  out.push(
    planHousehold(
      random,
      ids,
      village,
      {
        status: 'exited',
        householder: { name: '邹容邦', gender: 'male', birthYear: 1950 },
        noLabour: true,
        mainCause: 'no_labour',
        size: 2,
        perHead: 5200,
        cadreIds: zhao ? [zhao.id] : [],
        industry: () => ({ content: '管护葡萄园2亩，驻村队员赵建军示范帮扶', amount: 2000 }),
        note: '缺劳户：驻村队员赵建军示范帮扶管护2亩葡萄园，长势良好',
      },
      1,
      today,
    ),
  );
  for (let i = 2; i < count; i += 1) {
    const spec = ordinarySpec(random, today);
    // More than ten households followed 杨正华 into herbs.
    const herbs = i <= 13 && spec.status !== 'new' ? { industry: () => ({ content: '跟种中药材，杨正华示范户带动', amount: 1500 }) } : {};
    out.push(planHousehold(random, ids, village, { ...spec, ...herbs }, i, today));
  }
  return out;
}

/**
 * 拖车村 carries what the identification, exit and monitoring stories start from, and one
 * household for each logic check so the checks have something to find.
 */
function planTuoche(random: SeededRandom, ids: HouseholdIdentities, village: HouseholdVillage, count: number, today: string): PlanHousehold[] {
  const specs: HouseholdSpec[] = [];
  for (let i = 0; i < 7; i += 1) specs.push({ status: 'new' });
  for (let i = 0; i < 4; i += 1) specs.push({ status: 'registered', indicators: {}, perHead: random.int(6000, 8000), housingGrade: 'B' });
  for (let i = 0; i < 3; i += 1) specs.push({ status: 'registered', indicators: { water: 'pending' } });
  specs.push({ status: 'non_poor', monitoring: { type: 'sudden', since: monthsAgo(today, 8) }, mainCause: 'illness' });
  specs.push({ status: 'non_poor', monitoring: { type: 'marginal', since: monthsAgo(today, 9) }, noLabour: true, mainCause: 'no_labour' });
  specs.push({ status: 'exited', monitoring: { type: 'unstable', since: monthsAgo(today, 2) } });
  specs.push({ status: 'non_poor', monitoring: { type: 'marginal', since: monthsAgo(today, 20), removedOn: monthsAgo(today, 10) } });
  specs.push({ status: 'non_poor', monitoring: { type: 'sudden', since: monthsAgo(today, 1) }, mainCause: 'disaster', withoutMeasures: true });
  specs.push({ status: 'exited', indicators: { housing: 'unmet' }, housingGrade: 'C' });
  specs.push({ status: 'exited', perHead: 3600 });
  specs.push({ status: 'exited', cadreIds: [] });
  specs.push({ status: 'exited', housingGrade: 'C' });
  specs.push({ status: 'exited', unverified: 'water' });
  const childless = specs.length;
  specs.push({ status: 'exited', size: 4 });
  const eldest = specs.length;
  specs.push({ status: 'exited', size: 3 });
  while (specs.length < count) specs.push(random.chance(0.9) ? { status: 'exited' } : ordinarySpec(random, today));
  const out = specs.map((spec, i) => planHousehold(random, ids, village, spec, i, today));
  leaveChildOutOfSchool(random, ids, village, out[childless]!, today);
  addCentenarian(random, ids, village, out[eldest]!, today);
  return out;
}

/** A girl of twelve kept at home: the check 适龄儿童未在校 must find her. */
function leaveChildOutOfSchool(random: SeededRandom, ids: HouseholdIdentities, village: HouseholdVillage, household: PlanHousehold, today: string): void {
  const thisYear = Number(today.slice(0, 4));
  const child = household.persons.find((p) => p.relation === 'child' && ageOn(p.birthDate, today) >= 6 && ageOn(p.birthDate, today) <= 15);
  if (child) {
    child.inSchool = false;
    return;
  }
  const birthDate = `${thisYear - 13}-03-0${random.int(1, 9)}`;
  household.persons.push({
    ...household.persons[0]!,
    id: random.uuid(),
    name: `${household.householderName.slice(0, 1)}小芳`,
    relation: 'child',
    gender: 'female',
    birthDate,
    idNumber: ids.idNumber(village.family.county, birthDate, 'female'),
    health: 'healthy',
    disabilityGrade: null,
    labourAbility: 'none',
    schooling: 'primary',
    inSchool: false,
    workingAway: false,
    workPlace: null,
    pensionInsured: false,
  });
  for (const income of household.incomes) income.members = household.persons.length;
}

/** A grandmother past a hundred: the check 年龄超过100岁 must find her (and a clerk then confirms she is real). */
function addCentenarian(random: SeededRandom, ids: HouseholdIdentities, village: HouseholdVillage, household: PlanHousehold, today: string): void {
  const birthDate = `${Number(today.slice(0, 4)) - 102}-0${random.int(1, 9)}-1${random.int(0, 9)}`;
  const head = household.persons[0]!;
  household.persons.push({
    ...head,
    id: random.uuid(),
    name: `${head.name.slice(0, 1)}氏`,
    relation: 'grandparent',
    gender: 'female',
    birthDate,
    idNumber: ids.idNumber(village.family.county, birthDate, 'female'),
    health: 'chronic',
    disabilityGrade: null,
    labourAbility: 'none',
    schooling: 'none',
    inSchool: false,
    workingAway: false,
    workPlace: null,
    pensionInsured: true,
  });
  for (const income of household.incomes) income.members = household.persons.length;
}

/** The households of one village: its story if the seeds tell one, the usual mix otherwise. */
export function planVillageHouseholds(random: SeededRandom, ids: HouseholdIdentities, village: HouseholdVillage, count: number, today: string, story?: 'yingming'): PlanHousehold[] {
  if (village.code === householdVillageCodes.digutun) return planDigutun(random, ids, village, count, today);
  if (village.code === householdVillageCodes.tuoche) return planTuoche(random, ids, village, count, today);
  if (story === 'yingming') return planYingming(random, ids, village, count, today);
  return Array.from({ length: count }, (_, i) => planHousehold(random, ids, village, ordinarySpec(random, today), i, today));
}
