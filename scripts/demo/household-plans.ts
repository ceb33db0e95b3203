import type {
  HouseholdAttribute,
  HouseholdStatus,
  HousingGrade,
  IndicatorCode,
  IndicatorStatus,
  MeasureCategory,
  MonitoringState,
  MonitoringType,
  PovertyCause,
} from '../../contracts/household-codes.ts';
import { addDays } from './demo-world.ts';
import { ageOn, makeFamily, type FamilySetting, type HouseholdIdentities, type PlanPerson } from './household-members.ts';
import type { SeededRandom } from './random.ts';

export type VillageCadre = { id: string; name: string; postedHere: boolean };

/** A village the demo fills with households, and what its people live on. */
export type HouseholdVillage = {
  code: string;
  name: string;
  township: string;
  family: FamilySetting;
  /** 产业帮扶 the village offers, with the yuan a household usually gets for it. */
  industries: readonly (readonly [content: string, amount: number])[];
  groups: number;
  relocationSite: string | null;
  cadres: VillageCadre[];
  teamSince: string;
};

export type PlanIncome = { year: number; wage: number; business: number; property: number; transfer: number; members: number };
export type PlanIndicator = { indicator: IndicatorCode; status: IndicatorStatus; evidence: string | null; verifier: string | null; verifiedOn: string | null };
export type PlanMeasure = { id: string; year: number; category: MeasureCategory; content: string; amount: number | null; responsible: string | null; done: boolean };

export type PlanHousehold = {
  id: string;
  code: string;
  divisionCode: string;
  householderName: string;
  group: string;
  address: string;
  attribute: HouseholdAttribute;
  status: HouseholdStatus;
  mainCause: PovertyCause | null;
  secondaryCauses: PovertyCause[];
  identifiedYear: number | null;
  exitedYear: number | null;
  monitoringType: MonitoringType | null;
  monitoringState: MonitoringState | null;
  monitoringSince: string | null;
  riskRemovedOn: string | null;
  housingGrade: HousingGrade;
  relocated: boolean;
  relocationSite: string | null;
  phone: string | null;
  note: string | null;
  persons: PlanPerson[];
  incomes: PlanIncome[];
  indicators: PlanIndicator[];
  measures: PlanMeasure[];
  cadres: { cadreId: string; since: string }[];
};

/** What a story fixes about a household; the rest is drawn. */
export type HouseholdSpec = {
  status: HouseholdStatus;
  monitoring?: { type: MonitoringType; since: string; removedOn?: string };
  mainCause?: PovertyCause;
  householder?: { name: string; gender: 'male' | 'female'; birthYear: number };
  group?: string;
  noLabour?: boolean;
  size?: number;
  perHead?: number;
  /** The cadres paired with the household; an empty list leaves it without one. */
  cadreIds?: string[];
  /** 产业帮扶 of the story, in place of the village's usual ones, one per year. */
  industry?: (year: number) => { content: string; amount: number | null };
  indicators?: Partial<Record<IndicatorCode, IndicatorStatus>>;
  unverified?: IndicatorCode;
  housingGrade?: HousingGrade;
  relocated?: boolean;
  withoutMeasures?: boolean;
  note?: string;
};

const GROUPS = ['一组', '二组', '三组', '四组', '五组', '六组', '七组', '八组', '九组', '十组'];
const INDICATOR_CODES: readonly IndicatorCode[] = ['food', 'clothing', 'education', 'medical', 'housing', 'water'];
const CAUSES: readonly (readonly [PovertyCause, number])[] = [
  ['illness', 0.24], ['no_skills', 0.16], ['no_capital', 0.14], ['no_labour', 0.1], ['disability', 0.09], ['schooling', 0.08],
  ['no_water', 0.04], ['disaster', 0.04], ['poor_transport', 0.05], ['no_land', 0.03], ['low_motivation', 0.03],
];

const round10 = (n: number) => Math.max(0, Math.round(n / 10) * 10);

/** A day of the given year before today, so nothing verified or decided lies in the future. */
function dayIn(random: SeededRandom, year: number, today: string): string {
  const last = year === Number(today.slice(0, 4)) ? addDays(today, -7) : `${year}-12-28`;
  const lastMonth = Number(last.slice(5, 7));
  const month = random.int(1, Math.max(1, lastMonth));
  const lastDay = month === lastMonth ? Number(last.slice(8, 10)) : 28;
  return `${year}-${String(month).padStart(2, '0')}-${String(random.int(1, Math.max(1, lastDay))).padStart(2, '0')}`;
}

function defaultPerHead(random: SeededRandom, spec: HouseholdSpec): number {
  if (spec.perHead !== undefined) return spec.perHead;
  if (spec.monitoring?.type === 'sudden') return random.int(3000, 6500);
  if (spec.monitoring?.type === 'marginal') return random.int(4600, 7600);
  if (spec.monitoring?.type === 'unstable') return random.int(4300, 6800);
  if (spec.status === 'new') return random.int(2400, 3900);
  if (spec.status === 'registered') return random.int(3300, 5200);
  return random.int(5200, 13000);
}

/**
 * The year's income split by source the way these households earn it: wages where someone works
 * away, the farm or the cooperative for the rest, pensions and allowances as transfers.
 */
export function splitIncome(random: SeededRandom, total: number, persons: PlanPerson[], attribute: HouseholdAttribute, today: string): Omit<PlanIncome, 'year' | 'members'> {
  const away = persons.some((p) => p.workingAway);
  const elderly = persons.filter((p) => ageOn(p.birthDate, today) >= 60).length;
  let transfer = (attribute === 'low_income' || attribute === 'extreme' ? random.int(2500, 5500) : random.int(500, 1600)) + elderly * random.int(1300, 1900);
  let property = random.int(150, 1200);
  transfer = Math.min(transfer, total * 0.7);
  property = Math.min(property, total * 0.1);
  const rest = total - transfer - property;
  const wage = rest * (away ? 0.55 + random.next() * 0.25 : 0.1 + random.next() * 0.2);
  const w = round10(wage);
  const t = round10(transfer);
  const p = round10(property);
  return { wage: w, business: Math.max(0, round10(total) - w - t - p), property: p, transfer: t };
}

function indicatorEvidence(code: IndicatorCode, persons: PlanPerson[], grade: HousingGrade, relocated: boolean, relocationSite: string | null): string {
  switch (code) {
    case 'food':
      return '口粮自给，家中存粮充足';
    case 'clothing':
      return '四季衣被齐全';
    case 'education':
      return persons.some((p) => p.inSchool) ? '适龄子女均在校就读' : '家中无义务教育阶段学生';
    case 'medical':
      return '全家参加城乡居民基本医疗保险，已签约家庭医生';
    case 'housing':
      return relocated ? `易地扶贫搬迁，入住${relocationSite ?? '集中安置点'}` : `住房安全等级鉴定为${grade}级`;
    case 'water':
      return '自来水入户，水质水量达标';
  }
}

function causeMeasures(random: SeededRandom, persons: PlanPerson[], attribute: HouseholdAttribute, year: number): { category: MeasureCategory; content: string; amount: number | null }[] {
  const out: { category: MeasureCategory; content: string; amount: number | null }[] = [];
  const ill = persons.find((p) => p.health === 'serious' || p.health === 'chronic');
  if (ill) out.push({ category: 'health', content: `${ill.name}家庭医生签约服务，${ill.health === 'serious' ? '大病专项救治' : '慢性病门诊报销'}`, amount: ill.health === 'serious' ? random.int(30, 120) * 100 : random.int(5, 20) * 100 });
  const disabled = persons.find((p) => p.health === 'disabled');
  if (disabled) out.push({ category: 'social_security', content: `${disabled.name}享受残疾人两项补贴`, amount: random.int(12, 24) * 100 });
  const vocational = persons.find((p) => p.inSchool && (p.schooling === 'vocational' || p.schooling === 'college'));
  if (vocational) out.push({ category: 'education', content: `${vocational.name}享受雨露计划职业教育补助`, amount: 3000 });
  else if (persons.some((p) => p.inSchool && (p.schooling === 'primary' || p.schooling === 'junior'))) out.push({ category: 'education', content: '义务教育阶段学生营养改善计划和寄宿生生活补助', amount: 1250 });
  if (attribute === 'low_income' || attribute === 'extreme') out.push({ category: 'social_security', content: attribute === 'extreme' ? '纳入特困供养' : '纳入农村最低生活保障', amount: random.int(25, 50) * 100 });
  const away = persons.find((p) => p.workingAway);
  if (away && random.chance(0.5)) out.push({ category: 'employment', content: `${away.name}外出务工一次性交通补贴`, amount: random.int(3, 8) * 100 });
  if (year % 3 === 0 && random.chance(0.25)) out.push({ category: 'finance', content: '扶贫小额信贷5万元，三年期免抵押免担保', amount: 50000 });
  return out;
}

function pickCadre(random: SeededRandom, village: HouseholdVillage): VillageCadre | undefined {
  if (village.cadres.length === 0) return undefined;
  return random.weighted(village.cadres.map((c) => [c, c.postedHere ? 3 : 1] as const));
}

/** One household of the village as the registry would hold it. */
export function planHousehold(random: SeededRandom, ids: HouseholdIdentities, village: HouseholdVillage, spec: HouseholdSpec, index: number, today: string): PlanHousehold {
  const thisYear = Number(today.slice(0, 4));
  const years = [thisYear - 2, thisYear - 1, thisYear];
  const mainCause = spec.mainCause ?? (spec.noLabour ? 'no_labour' : random.weighted(CAUSES));
  const persons = makeFamily(random, ids, village.family, { mainCause, ...(spec.householder ? { householder: spec.householder } : {}), ...(spec.noLabour ? { noLabour: true } : {}), ...(spec.size ? { size: spec.size } : {}) }, today);
  const head = persons[0]!;
  const poor = spec.status !== 'non_poor';
  const attribute: HouseholdAttribute = !poor ? 'non_poor' : spec.noLabour ? random.pick(['low_income', 'extreme'] as const) : random.weighted([['general', 0.8], ['low_income', 0.17], ['extreme', 0.03]]);
  const secondaryCauses = poor ? random.shuffle(CAUSES.map(([c]) => c).filter((c) => c !== mainCause)).slice(0, random.int(0, 2)) : [];
  const relocated = spec.relocated ?? (spec.status === 'exited' && village.relocationSite !== null && random.chance(0.05));
  const housingGrade: HousingGrade = spec.housingGrade ?? (relocated ? 'A' : random.weighted([['A', 0.45], ['B', 0.55]]));
  const group = spec.group ?? GROUPS[random.int(0, village.groups - 1)]!;
  const paired = spec.cadreIds !== undefined ? spec.cadreIds.map((id) => village.cadres.find((c) => c.id === id)).filter((c): c is VillageCadre => c !== undefined) : [pickCadre(random, village)].filter((c): c is VillageCadre => c !== undefined);
  const verifier = paired[0]?.name ?? village.cadres[0]?.name ?? null;
  const since = spec.status === 'new' ? addDays(today, -random.int(20, 60)) : spec.monitoring && spec.status === 'non_poor' ? spec.monitoring.since : village.teamSince;

  const perHead = defaultPerHead(random, spec);
  const incomes = years.map((year, i) => {
    const factor = i === 2 ? 1 : i === 1 ? 0.93 + random.next() * 0.04 : 0.86 + random.next() * 0.05;
    return { year, members: persons.length, ...splitIncome(random, perHead * factor * persons.length, persons, attribute, today) };
  });

  const statuses: Partial<Record<IndicatorCode, IndicatorStatus>> = {};
  if (spec.status === 'new') for (const code of INDICATOR_CODES) statuses[code] = 'pending';
  if (spec.status === 'registered' && !spec.indicators && random.chance(0.4)) {
    for (const code of random.shuffle(['education', 'medical', 'housing', 'water'] as const).slice(0, random.int(1, 2))) statuses[code] = random.chance(0.5) ? 'unmet' : 'pending';
  }
  Object.assign(statuses, spec.indicators);
  const indicators = INDICATOR_CODES.map((code): PlanIndicator => {
    const status = statuses[code] ?? 'met';
    const checked = status !== 'pending' && code !== spec.unverified;
    return {
      indicator: code,
      status,
      evidence: status === 'met' ? indicatorEvidence(code, persons, housingGrade, relocated, relocated ? village.relocationSite : null) : status === 'unmet' ? unmetEvidence(code) : null,
      verifier: checked ? verifier : null,
      verifiedOn: checked ? dayIn(random, thisYear - (random.chance(0.3) ? 1 : 0), today) : null,
    };
  });

  const measures: PlanMeasure[] = [];
  if (spec.status !== 'new' && !spec.withoutMeasures) {
    for (const year of years) {
      const done = year < thisYear || random.chance(0.6);
      const industry = spec.industry?.(year) ?? (() => {
        const [content, amount] = random.pick(village.industries);
        return { content, amount: Math.round((amount * (0.8 + random.next() * 0.4)) / 100) * 100 };
      })();
      measures.push({ id: random.uuid(), year, category: 'industry', content: industry.content, amount: industry.amount, responsible: verifier, done });
      for (const extra of causeMeasures(random, persons, attribute, year)) measures.push({ id: random.uuid(), year, ...extra, responsible: verifier, done });
    }
    if (relocated) measures.push({ id: random.uuid(), year: thisYear - 2, category: 'relocation', content: `易地扶贫搬迁，入住${village.relocationSite}`, amount: null, responsible: verifier, done: true });
  }

  const exitedYear = spec.status === 'exited' ? random.int(2017, 2020) : null;
  const identifiedYear = spec.status === 'exited' ? random.int(2014, Math.min(2016, exitedYear! - 1)) : spec.status === 'registered' ? random.int(thisYear - 2, thisYear - 1) : null;
  const monitoringState: MonitoringState | null = spec.monitoring ? (spec.monitoring.removedOn ? 'risk_removed' : 'monitoring') : null;
  return {
    id: random.uuid(),
    code: `${village.code}${String(index + 1).padStart(4, '0')}`,
    divisionCode: village.code,
    householderName: head.name,
    group,
    address: `${village.township}${village.name}${group}`,
    attribute,
    status: spec.status,
    mainCause: poor || spec.monitoring ? mainCause : null,
    secondaryCauses,
    identifiedYear,
    exitedYear,
    monitoringType: spec.monitoring?.type ?? null,
    monitoringState,
    monitoringSince: spec.monitoring?.since ?? null,
    riskRemovedOn: spec.monitoring?.removedOn ?? null,
    housingGrade,
    relocated,
    relocationSite: relocated ? village.relocationSite : null,
    phone: random.chance(0.75) ? ids.phone() : null,
    note: spec.note ?? null,
    persons,
    incomes,
    indicators,
    measures,
    cadres: paired.map((c) => ({ cadreId: c.id, since })),
  };
}

function unmetEvidence(code: IndicatorCode): string {
  const reasons: Record<IndicatorCode, string> = {
    food: '口粮不足，需临时救助',
    clothing: '冬季衣被不足',
    education: '适龄子女辍学在家，需劝返',
    medical: '一名成员未参加基本医疗保险',
    housing: '住房鉴定为C级危房，待改造',
    water: '饮水靠挑水，旱季水量不足',
  };
  return reasons[code];
}

/** Per-head income of a year's record, in yuan. */
export function perHeadIncome(income: PlanIncome): number {
  return (income.wage + income.business + income.property + income.transfer) / Math.max(1, income.members);
}
