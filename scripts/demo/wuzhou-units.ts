import type { SpecialityCode } from '../../contracts/cadres.ts';
import type { PlanUnit, UnitTypeCode } from './demo-model.ts';
import type { SeededRandom } from './random.ts';

export const WUZHOU = '450400000000';
// 万秀区, where the city's organs sit: their staff's ID numbers start with it.
const CITY_SEAT = '450403';

type CityUnitSeed = [name: string, shortName: string | null, type: UnitTypeCode, specialities: SpecialityCode[]];

// [002]: "从机关中选派179名优秀干部" — the city's organs (市直) and the counties' (县直) send the first
// secretaries; 市委组织部 leads the 定点帮扶 of 安平镇富宁村 and its sections link up villages (科室联村).
export const ORG_DEPARTMENT = '中共梧州市委员会组织部';
const CITY_UNITS: CityUnitSeed[] = [
  [ORG_DEPARTMENT, '市委组织部', 'city', ['party_affairs']],
  ['中共梧州市委员会办公室', '市委办', 'city', ['party_affairs']],
  ['梧州市人民政府办公室', '市政府办', 'city', ['party_affairs']],
  ['梧州市人大常委会办公室', '市人大办', 'city', ['law']],
  ['政协梧州市委员会办公室', '市政协办', 'city', ['party_affairs']],
  ['中共梧州市纪律检查委员会', '市纪委', 'city', ['law', 'party_affairs']],
  ['中共梧州市委员会宣传部', '市委宣传部', 'city', ['party_affairs', 'education']],
  ['中共梧州市委员会统一战线工作部', '市委统战部', 'city', ['party_affairs']],
  ['中共梧州市委员会政法委员会', '市委政法委', 'city', ['law']],
  ['中共梧州市委员会党校', '市委党校', 'city', ['education', 'party_affairs']],
  ['梧州市发展和改革委员会', '市发改委', 'city', ['finance', 'engineering']],
  ['梧州市财政局', '市财政局', 'city', ['finance']],
  ['梧州市教育局', '市教育局', 'city', ['education']],
  ['梧州市民政局', '市民政局', 'city', ['health', 'party_affairs']],
  ['梧州市人力资源和社会保障局', '市人社局', 'city', ['education', 'finance']],
  ['梧州市国土资源局', '市国土资源局', 'city', ['engineering', 'agriculture']],
  ['梧州市住房和城乡建设委员会', '市住建委', 'city', ['engineering']],
  ['梧州市交通运输局', '市交通运输局', 'city', ['engineering']],
  ['梧州市水利局', '市水利局', 'city', ['water', 'engineering']],
  ['梧州市农业局', '市农业局', 'city', ['agriculture', 'animal_husbandry']],
  ['梧州市林业局', '市林业局', 'city', ['forestry', 'agriculture']],
  ['梧州市科学技术局', '市科技局', 'city', ['agriculture', 'engineering']],
  ['梧州市卫生和计划生育委员会', '市卫计委', 'city', ['health']],
  ['梧州市商务局', '市商务局', 'city', ['ecommerce', 'finance']],
  ['梧州市旅游发展委员会', '市旅发委', 'city', ['tourism']],
  ['梧州市审计局', '市审计局', 'city', ['finance']],
  ['梧州市扶贫开发办公室', '市扶贫办', 'city', ['agriculture', 'finance']],
  ['梧州市中级人民法院', '梧州中院', 'city', ['law']],
  ['梧州市总工会', '市总工会', 'city', ['party_affairs']],
  ['梧州学院', null, 'university', ['education', 'ecommerce']],
];

type CountyOrganSeed = [name: (county: string) => string, shortName: ((county: string) => string) | null, specialities: SpecialityCode[]];

// A county is 藤县 (its party committee 藤县县委) or 岑溪市 (岑溪市委): the short names differ by one character.
const committee = (county: string) => (county.endsWith('县') ? `${county}县委` : `${county.slice(0, -1)}市委`);
const COUNTY_ORGAN_DEPARTMENT: CountyOrganSeed = [(c) => `中共${c}委员会组织部`, (c) => `${committee(c)}组织部`, ['party_affairs']];
const COUNTY_ORGANS: CountyOrganSeed[] = [
  COUNTY_ORGAN_DEPARTMENT,
  [(c) => `中共${c}委员会办公室`, (c) => `${committee(c)}办`, ['party_affairs']],
  [(c) => `${c}人民政府办公室`, null, ['party_affairs']],
  [(c) => `${c}发展和改革局`, null, ['finance', 'engineering']],
  [(c) => `${c}财政局`, null, ['finance']],
  [(c) => `${c}教育局`, null, ['education']],
  [(c) => `${c}交通运输局`, null, ['engineering']],
  [(c) => `${c}水利局`, null, ['water', 'engineering']],
  [(c) => `${c}农业局`, null, ['agriculture', 'animal_husbandry']],
  [(c) => `${c}林业局`, null, ['forestry', 'agriculture']],
  [(c) => `${c}科学技术局`, null, ['agriculture', 'engineering']],
  [(c) => `${c}卫生和计划生育局`, null, ['health']],
  [(c) => `${c}国土资源局`, null, ['engineering', 'agriculture']],
  [(c) => `${c}住房和城乡建设局`, null, ['engineering']],
];

/** Where a unit's science and farming staff come from: the 科技特派员 of the teams. */
export function isExpertUnit(unit: PlanUnit): boolean {
  return /科学技术局|农业局|林业局/.test(unit.name);
}

export function isOrgDepartment(unit: PlanUnit): boolean {
  return unit.name.endsWith('委员会组织部');
}

export function cityUnits(random: SeededRandom): PlanUnit[] {
  return CITY_UNITS.map(([name, shortName, type, specialities]) => ({ id: random.uuid(), name, shortName, type, divisionCode: WUZHOU, seatCounty: CITY_SEAT, specialities }));
}

export function countyUnits(random: SeededRandom, county: { code: string; name: string }): PlanUnit[] {
  return COUNTY_ORGANS.map(([name, shortName, specialities]) => ({
    id: random.uuid(),
    name: name(county.name),
    shortName: shortName ? shortName(county.name) : null,
    type: 'county' as const,
    divisionCode: `${county.code}000000`,
    seatCounty: county.code,
    specialities,
  }));
}
