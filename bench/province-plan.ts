import type { TeamRoleCode } from '../contracts/teams.ts';
import { emptyPlan, type DemoPlan, type PlanCadre, type PlanUnit } from '../scripts/demo/demo-model.ts';
import { huizeUnits } from '../scripts/demo/huize-units.ts';
import type { IdentityIssuer } from '../scripts/demo/identity.ts';
import { cadreProfiles, makeCadre } from '../scripts/demo/people.ts';
import type { SeededRandom } from '../scripts/demo/random.ts';
import type { Village } from '../scripts/demo/seed-maoming.ts';
import { areas, makeProfile } from '../scripts/demo/village-profiles.ts';

export type ProvinceTargets = { cadres: number; teams: number; villages: number; endedTeams: number };
export const provinceTargets: ProvinceTargets = { cadres: 45_000, teams: 11_000, villages: 9_000, endedTeams: 2_000 };

const PROVINCIAL_ORGANS = ['财政厅', '教育厅', '公安厅', '民政厅', '司法厅', '人力资源和社会保障厅', '自然资源厅', '生态环境厅', '住房和城乡建设厅', '交通运输厅', '水利厅', '农业农村厅', '商务厅', '文化和旅游厅', '卫生健康委员会', '审计厅', '应急管理厅', '林业和草原局', '统计局', '市场监督管理局', '乡村振兴局', '高级人民法院', '人民检察院', '总工会', '妇女联合会', '农业科学院'];
const ETHNICITIES: readonly (readonly [string, number])[] = [['汉族', 0.66], ['彝族', 0.11], ['哈尼族', 0.04], ['白族', 0.04], ['傣族', 0.03], ['壮族', 0.03], ['苗族', 0.03], ['回族', 0.02], ['傈僳族', 0.02], ['拉祜族', 0.01], ['佤族', 0.01]];
const OTHER_ROLES: readonly (readonly [TeamRoleCode, number])[] = [['member', 0.75], ['township_liaison', 0.1], ['graduate_official', 0.07], ['tech_envoy', 0.05], ['instructor', 0.03]];

export type ProvincePlaces = { province: Village; cities: Village[]; counties: Village[]; villages: Village[] };

/**
 * A province at the scale of 云南 (45 k cadres, 11 k teams in 9 k villages): every county's organs
 * send teams into its own villages, cities and the province add theirs; 2 k teams of the last term
 * have ended and their members left; the rest of the cadres are registered but not posted.
 */
export function planProvince(random: SeededRandom, issuer: IdentityIssuer, places: ProvincePlaces, targets = provinceTargets): DemoPlan {
  const plan = emptyPlan();
  const countyOrgans = huizeUnits.filter(([name, , , level]) => level === 'county' && name.includes('会泽县'));
  const cityOrgans = huizeUnits.filter(([, , , level]) => level === 'city');
  const unitsByCounty = new Map<string, PlanUnit[]>();
  const firstCountyOfCity = new Map<string, string>();
  for (const county of places.counties) if (!firstCountyOfCity.has(county.code.slice(0, 4))) firstCountyOfCity.set(county.code.slice(0, 4), county.code.slice(0, 6));
  for (const county of places.counties) {
    const list = countyOrgans.map(([name, , type, , , specialities]) => ({ id: random.uuid(), name: name.replaceAll('会泽县', county.name), shortName: null, type, divisionCode: county.code, seatCounty: county.code.slice(0, 6), specialities }));
    unitsByCounty.set(county.code.slice(0, 6), list);
    plan.units.push(...list);
  }
  const unitsByCity = new Map<string, PlanUnit[]>();
  for (const city of places.cities) {
    const seat = firstCountyOfCity.get(city.code.slice(0, 4)) ?? `${city.code.slice(0, 4)}02`;
    const list = cityOrgans.map(([name, , type, , , specialities]) => ({ id: random.uuid(), name: name.replaceAll('曲靖市', city.name).replaceAll('曲靖', city.name.replace(/市$|州$/, '')), shortName: null, type, divisionCode: city.code, seatCounty: seat, specialities }));
    unitsByCity.set(city.code.slice(0, 4), list);
    plan.units.push(...list);
  }
  const provincial = PROVINCIAL_ORGANS.map((organ) => ({ id: random.uuid(), name: `${places.province.name}${organ}`, shortName: null, type: 'provincial' as const, divisionCode: places.province.code, seatCounty: `${places.province.code.slice(0, 2)}0102`, specialities: [] }));
  plan.units.push(...provincial);

  const rural = random.shuffle(places.villages.filter((v) => !/社区|居委会/.test(v.name)));
  const chosen = [...rural, ...places.villages.filter((v) => /社区|居委会/.test(v.name))].slice(0, targets.villages);
  if (chosen.length < targets.villages) throw new Error(`the province has ${chosen.length} villages; the benchmark needs ${targets.villages}`);
  const cadreFor = (unit: PlanUnit, county: string, posted: string | null, lead: boolean): PlanCadre => {
    const divisionCode = unit.divisionCode.startsWith(county.slice(0, 6)) ? unit.divisionCode : county;
    const cadre = makeCadre(random, issuer, { unit, profile: lead ? cadreProfiles.firstSecretary : cadreProfiles.member, region: 'yunnan', ethnicities: ETHNICITIES, divisionCode, postedDivisionCode: posted });
    plan.cadres.push(cadre);
    return cadre;
  };
  const leadUnitFor = (village: Village): PlanUnit => {
    const roll = random.next();
    if (roll < 0.05) return random.pick(provincial);
    const city = unitsByCity.get(village.code.slice(0, 4));
    if (roll < 0.15 && city) return random.pick(city);
    return random.pick(unitsByCounty.get(village.code.slice(0, 6)) ?? provincial);
  };

  for (const village of chosen) {
    const county = `${village.code.slice(0, 6)}000000`;
    const unit = leadUnitFor(village);
    const team = { id: random.uuid(), name: `${unit.name}驻${village.name.replace(/村民委员会$|村委会$/, '')}村工作队`, villageCodes: [village.code], units: [{ unitId: unit.id, isLead: true }], termStart: '2021-05-10', members: [] as DemoPlan['teams'][number]['members'] };
    team.members.push({ id: random.uuid(), cadreId: cadreFor(unit, county, village.code, true).id, role: 'leader_first_secretary', joinedOn: team.termStart });
    for (let k = random.weighted([[1, 0.3], [2, 0.45], [3, 0.25]] as const); k > 0; k -= 1) {
      team.members.push({ id: random.uuid(), cadreId: cadreFor(unit, county, village.code, false).id, role: random.weighted(OTHER_ROLES), joinedOn: team.termStart });
    }
    plan.teams.push(team);
    plan.profiles.push(makeProfile(random, village.code, areas.huize));
  }
  for (const village of random.shuffle(chosen).slice(0, targets.endedTeams)) {
    const county = `${village.code.slice(0, 6)}000000`;
    const unit = leadUnitFor(village);
    const team = { id: random.uuid(), name: `${unit.name}驻${village.name.replace(/村民委员会$|村委会$/, '')}村工作队（2018—2021）`, villageCodes: [village.code], units: [{ unitId: unit.id, isLead: true }], termStart: '2018-03-20', termEnd: '2021-05-09', status: 'ended' as const, members: [] as DemoPlan['teams'][number]['members'] };
    for (let k = 0; k < 3; k += 1) {
      team.members.push({ id: random.uuid(), cadreId: cadreFor(unit, county, null, k === 0).id, role: k === 0 ? 'leader_first_secretary' : 'member', joinedOn: team.termStart, leftOn: '2021-05-09' });
    }
    plan.teams.push(team);
  }
  const allCounties = [...unitsByCounty.keys()];
  while (plan.cadres.length < targets.cadres) {
    const county = random.pick(allCounties);
    cadreFor(random.pick(unitsByCounty.get(county)!), `${county}000000`, null, false);
  }
  return plan;
}
