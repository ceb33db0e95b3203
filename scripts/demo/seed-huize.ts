import type { TeamRoleCode } from '../../contracts/teams.ts';
import { emptyPlan, shortVillageName, type DemoPlan, type PlanCadre, type PlanTeam, type PlanUnit } from './demo-model.ts';
import { huizeSpecialUnits, huizeUnits, type HuizeUnitSeed } from './huize-units.ts';
import type { IdentityIssuer } from './identity.ts';
import { cadreProfiles, makeCadre, type CadreProfile } from './people.ts';
import type { SeededRandom } from './random.ts';
import type { Village } from './seed-maoming.ts';
import { areas, makeProfile, seedProfiles } from './village-profiles.ts';

export const HUIZE = '530326000000';
const TERM_START = '2018-03-20';
const SEATS = { county: { division: HUIZE, seat: '530326' }, city: { division: '530300000000', seat: '530302' }, province: { division: '530000000000', seat: '530102' } } as const;

// [003]: 355 teams, 364 first secretaries (team leaders), 1,032 members in all — a diary and a
// handbook went to each of the 1,032, first secretaries included.
export const huizeFigures = { teams: 355, firstSecretaries: 364, members: 1032 } as const;

const TOBACCO_VILLAGES = ['530326206208', '530326206213', '530326207216', '530326210208'];
const COURT_VILLAGES = ['530326102204', '530326102205'];
const LAND_VILLAGES = ['530326105202', '530326105209', '530326105204'];

// The other members' roles of domain.md §2; 包村干部 and 大学生村官 belong to the township.
const OTHER_ROLES: readonly (readonly [TeamRoleCode, number])[] = [['member', 0.72], ['township_liaison', 0.12], ['graduate_official', 0.08], ['tech_envoy', 0.05], ['instructor', 0.03]];
const ETHNICITIES: readonly (readonly [string, number])[] = [['汉族', 0.91], ['彝族', 0.04], ['回族', 0.035], ['苗族', 0.01], ['布依族', 0.005]];

export type HuizePlaces = { villages: readonly Village[]; townships: readonly Village[] };

/** Splits total into whole shares proportional to the weights (largest remainder). */
function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const shares = exact.map(Math.floor);
  const order = exact.map((value, index) => [value - Math.floor(value), index] as const).sort((a, b) => b[0] - a[0]);
  const missing = total - shares.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k += 1) shares[order[k]![1]]! += 1;
  return shares;
}

// Villages first, then communities of the towns, then those of the county seat's subdistricts.
function villageRank(v: Village): number {
  if (!/社区|居委会/.test(v.name)) return 0;
  return v.code.slice(6, 8) === '00' ? 2 : 1;
}

export function planHuize(random: SeededRandom, issuer: IdentityIssuer, places: HuizePlaces): DemoPlan {
  const plan = emptyPlan();
  const toUnit = ([name, shortName, type, level, , specialities]: HuizeUnitSeed): PlanUnit => ({
    id: random.uuid(), name, shortName, type, divisionCode: SEATS[level].division, seatCounty: SEATS[level].seat, specialities,
  });
  const tobacco = toUnit(huizeSpecialUnits.tobacco);
  const court = toUnit(huizeSpecialUnits.court);
  const land = toUnit(huizeSpecialUnits.land);
  const regularSeeds = [huizeSpecialUnits.agriculture, ...huizeUnits];
  const regular = regularSeeds.map(toUnit);
  const townshipUnits = new Map<string, PlanUnit>();
  for (const township of places.townships) {
    const name = township.name.endsWith('街道') ? `会泽县${township.name}办事处` : `会泽县${township.name}人民政府`;
    townshipUnits.set(township.code.slice(0, 9), { id: random.uuid(), name, shortName: township.name, type: 'township', divisionCode: township.code, seatCounty: '530326', specialities: ['agriculture', 'party_affairs'] });
  }
  plan.units.push(tobacco, court, land, ...regular, ...townshipUnits.values());

  const names = new Map(places.villages.map((v) => [v.code, v.name]));
  const townshipNames = new Map(places.townships.map((t) => [t.code.slice(0, 9), t.name]));
  const special = [...TOBACCO_VILLAGES, ...COURT_VILLAGES, ...LAND_VILLAGES];
  for (const code of special) if (!names.has(code)) throw new Error(`会泽县 village ${code} is missing from the divisions`);
  const regularCount = huizeFigures.teams - 6;
  const candidates = places.villages
    .filter((v) => !special.includes(v.code))
    .sort((a, b) => villageRank(a) - villageRank(b) || a.code.localeCompare(b.code))
    .slice(0, regularCount)
    .sort((a, b) => a.code.localeCompare(b.code));
  if (candidates.length < regularCount) throw new Error(`会泽县 has ${candidates.length + special.length} villages; the demo needs ${regularCount + special.length}`);

  const label = (code: string) => `${townshipNames.get(code.slice(0, 9)) ?? ''}${shortVillageName(names.get(code) ?? code)}`;
  const cadre = (unit: PlanUnit, profile: CadreProfile, posted: string, position?: string): PlanCadre => {
    const c = makeCadre(random, issuer, { unit, profile, region: 'yunnan', ethnicities: ETHNICITIES, divisionCode: unit.type === 'township' ? unit.divisionCode : HUIZE, postedDivisionCode: posted, ...(position ? { position } : {}) });
    plan.cadres.push(c);
    return c;
  };
  const experts = regular.filter((u) => u.specialities.includes('agriculture') || u.specialities.includes('forestry'));
  const addTeam = (unit: PlanUnit, villageCodes: string[], firstSecretaries: number, others: number, name: string) => {
    const team: PlanTeam = { id: random.uuid(), name, villageCodes, units: [{ unitId: unit.id, isLead: true }], termStart: TERM_START, members: [] };
    const join = (c: PlanCadre, role: TeamRoleCode) => team.members.push({ id: random.uuid(), cadreId: c.id, role, joinedOn: TERM_START });
    for (let i = 0; i < firstSecretaries; i += 1) {
      const posted = villageCodes[i % villageCodes.length]!;
      join(cadre(unit, cadreProfiles.firstSecretary, posted), i === 0 ? 'leader_first_secretary' : 'first_secretary');
    }
    for (let i = 0; i < others; i += 1) {
      const role = random.weighted(OTHER_ROLES);
      const posted = villageCodes[i % villageCodes.length]!;
      const township = townshipUnits.get(posted.slice(0, 9));
      if ((role === 'township_liaison' || role === 'graduate_official') && township) {
        if (!team.units.some((u) => u.unitId === township.id)) team.units.push({ unitId: township.id, isLead: false });
        join(cadre(township, role === 'graduate_official' ? cadreProfiles.graduate : cadreProfiles.member, posted, role === 'graduate_official' ? '村党总支书记助理' : '包村干部'), role);
      } else if (role === 'tech_envoy') {
        const expert = random.pick(experts);
        if (!team.units.some((u) => u.unitId === expert.id)) team.units.push({ unitId: expert.id, isLead: false });
        join(cadre(expert, cadreProfiles.member, posted), role);
      } else {
        join(cadre(unit, cadreProfiles.member, posted), role === 'township_liaison' || role === 'graduate_official' ? 'member' : role);
      }
    }
    plan.teams.push(team);
  };

  // [003]: 会泽卷烟厂's one team serves four villages of three townships; a first secretary in each.
  addTeam(tobacco, TOBACCO_VILLAGES, 4, 4, `会泽卷烟厂驻${TOBACCO_VILLAGES.map((c) => shortVillageName(names.get(c)!)).join('、')}扶贫工作队`);
  for (const code of COURT_VILLAGES) addTeam(court, [code], 1, 2, `曲靖市中级人民法院驻${label(code)}扶贫工作队`);
  for (const code of LAND_VILLAGES) addTeam(land, [code], 1, 2, `曲靖市国土资源局驻${label(code)}扶贫工作队`);

  // Each unit's villages lie together, as 挂包 assigns a unit a stretch of one township.
  const counts = apportion(regularSeeds.map((s) => s[4]), regularCount);
  const order = random.shuffle(regular.map((unit, index) => ({ unit, count: counts[index]! })));
  const secondSecretaries = new Set(random.shuffle([...Array(regularCount).keys()]).slice(0, huizeFigures.firstSecretaries - huizeFigures.teams - 3));
  const othersLeft = huizeFigures.members - huizeFigures.firstSecretaries - 14 - regularCount;
  const thirdMembers = new Set(random.shuffle([...Array(regularCount).keys()]).slice(0, othersLeft));
  let index = 0;
  for (const { unit, count } of order) {
    for (let k = 0; k < count; k += 1, index += 1) {
      const village = candidates[index]!;
      addTeam(unit, [village.code], secondSecretaries.has(index) ? 2 : 1, thirdMembers.has(index) ? 2 : 1, `${unit.shortName ?? unit.name}驻${label(village.code)}扶贫工作队`);
    }
  }

  for (const team of plan.teams) {
    for (const code of team.villageCodes) {
      const seed = seedProfiles[code];
      plan.profiles.push(seed ? { divisionCode: code, ...seed } : makeProfile(random, code, areas.huize));
    }
  }
  return plan;
}
