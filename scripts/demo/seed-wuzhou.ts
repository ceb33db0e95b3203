import type { TeamRoleCode } from '../../contracts/teams.ts';
import { emptyPlan, shortVillageName, type DemoPlan, type PlanCadre, type PlanTeam, type PlanUnit } from './demo-model.ts';
import type { IdentityIssuer } from './identity.ts';
import { cadreProfiles, makeCadre, type CadreOverrides, type CadreProfile } from './people.ts';
import type { SeededRandom } from './random.ts';
import type { Village } from './seed-maoming.ts';
import { makeProfile } from './village-profiles.ts';
import { cityUnits, countyUnits, isExpertUnit, isOrgDepartment, ORG_DEPARTMENT } from './wuzhou-units.ts';

export { WUZHOU } from './wuzhou-units.ts';
export const DAWEI = '450481105207';
export const LIUFEI = '450481115206';
export const FUNING = '450481113206';
export const PINGZHENG = '450422100213';
export const SHADI = '450421102203';
// 广西 sent its first secretaries of the new campaign in the autumn of 2015; the teams are still in post.
const TERM_START = '2015-10-20';

// [002]: 179 poor villages, 179 first secretaries, 179 teams; 16 villages where the organization
// departments' cadres stay became the city's model villages (示范点).
export const wuzhouFigures = { villages: 179, teams: 179, firstSecretaries: 179, modelVillages: 16 } as const;
/** The note a model village's team carries; the projects find the 示范点 by it. */
export const MODEL_VILLAGE_NOTE = '组工干部蹲点示范点';

type Area = { latitude: number; longitude: number; spread: number; industries: readonly string[] };
type County = { code: string; name: string; villages: number; models: number; area: Area };

// The 179 villages shared by the counties' size; 苍梧's 六堡茶, 岑溪's 古典鸡 and 砂糖桔, 蒙山's 桑蚕.
const COUNTIES: County[] = [
  { code: '450422', name: '藤县', villages: 58, models: 5, area: { latitude: 23.38, longitude: 110.92, spread: 0.35, industries: ['水稻', '砂糖桔', '八角', '肉桂', '生猪养殖', '松脂'] } },
  { code: '450481', name: '岑溪市', villages: 50, models: 4, area: { latitude: 22.92, longitude: 111.0, spread: 0.3, industries: ['砂糖桔', '三黄鸡养殖', '松脂', '花生', '水稻', '红薯'] } },
  { code: '450421', name: '苍梧县', villages: 41, models: 4, area: { latitude: 23.86, longitude: 111.4, spread: 0.3, industries: ['六堡茶', '八角', '肉桂', '沃柑', '水稻', '生猪养殖'] } },
  { code: '450423', name: '蒙山县', villages: 30, models: 3, area: { latitude: 24.2, longitude: 110.52, spread: 0.25, industries: ['桑蚕', '水稻', '砂糖桔', '松脂', '肉牛养殖', '红薯'] } },
];

const NAMED_NOTES: Record<string, string> = {
  [DAWEI]: '第一书记李冬霞争取香港善一堂投资68万元建设村级幼儿园，缓解100多名学龄前儿童入学难',
  [LIUFEI]: '“理村顾问”资助筹集资金600多万元，建成六肥小学、防洪堤工程等10多个惠民公益项目',
  [FUNING]: '市委组织部定点帮扶（“十乡百村”）；南宁长江集团签署合作开发协议，先期投入1200多万元进行村庄整体规划',
  [PINGZHENG]: '组工干部蹲点，全市新农村建设示范点',
  [SHADI]: '组工干部蹲点，全市新农村建设示范点',
};

// The other members of a 战斗团队 [002]: 新农村建设指导员、科技特派员、包村干部、大学生村官, and a unit colleague.
const OTHER_ROLES: readonly (readonly [TeamRoleCode, number])[] = [['township_liaison', 0.32], ['instructor', 0.24], ['tech_envoy', 0.16], ['graduate_official', 0.16], ['member', 0.12]];
const ETHNICITIES: readonly (readonly [string, number])[] = [['汉族', 0.9], ['壮族', 0.07], ['瑶族', 0.03]];
const LI_DONGXIA: CadreOverrides = { name: '李冬霞', gender: 'female', birthDate: '1982-11-09', partyStatus: 'formal', education: 'bachelor', rank: 'principal_staff_4', position: '科员', ethnicity: '汉族' };
const LI_DONGXIA_UNIT = '岑溪市教育局';

/** 大卫村村委会 → 大卫村: 岑溪's villages carry 村 twice in the national list. */
export function wuzhouVillageName(name: string): string {
  return shortVillageName(name).replace(/村村$/, '村');
}

function isRural(v: Village): boolean {
  return !/社区|居委会/.test(v.name);
}

/** The county's poor villages: the named ones, and the rest drawn from its rural villages. */
function countyVillages(random: SeededRandom, county: County, villages: readonly Village[]): Village[] {
  const own = villages.filter((v) => v.code.startsWith(county.code) && isRural(v));
  const fixed = own.filter((v) => v.code in NAMED_NOTES);
  const rest = random.shuffle(own.filter((v) => !(v.code in NAMED_NOTES))).slice(0, county.villages - fixed.length);
  const chosen = [...fixed, ...rest].sort((a, b) => a.code.localeCompare(b.code));
  if (chosen.length < county.villages) throw new Error(`${county.name} has ${chosen.length} rural villages; the demo needs ${county.villages}`);
  return chosen;
}

/** Consecutive villages to each unit in turn, as a unit is given a stretch of neighbouring villages. */
function inStretches(villages: readonly Village[], units: readonly PlanUnit[]): Map<string, PlanUnit> {
  const out = new Map<string, PlanUnit>();
  const per = villages.length / units.length;
  villages.forEach((v, i) => out.set(v.code, units[Math.min(units.length - 1, Math.floor(i / per))]!));
  return out;
}

/**
 * [002] 梧州市: 179 first secretaries from the city's and the counties' organs, one in each poor
 * village, each leading a 战斗团队 of the village's other stationed cadres; 李冬霞 in 大卫村; the
 * organization departments' cadres stay in 16 of the villages (平政村, 沙地村 …), now model villages.
 * A first secretary's party relation moves to the village's branch.
 */
export function planWuzhou(random: SeededRandom, issuer: IdentityIssuer, villages: readonly Village[], townships: readonly Village[]): DemoPlan {
  const plan = emptyPlan();
  const city = cityUnits(random);
  const counties = new Map(COUNTIES.map((c) => [c.code, countyUnits(random, c)]));
  const townshipUnits = new Map<string, PlanUnit>();
  for (const t of townships) {
    const county = COUNTIES.find((c) => t.code.startsWith(c.code));
    if (!county) continue;
    const name = t.name.endsWith('街道') ? `${county.name}${t.name}办事处` : `${county.name}${t.name}人民政府`;
    townshipUnits.set(t.code.slice(0, 9), { id: random.uuid(), name, shortName: t.name, type: 'township', divisionCode: t.code, seatCounty: county.code, specialities: ['agriculture', 'party_affairs'] });
  }
  const townshipNames = new Map(townships.map((t) => [t.code.slice(0, 9), t.name]));
  const orgDepartment = city.find((u) => u.name === ORG_DEPARTMENT)!;
  const liUnit = counties.get('450481')!.find((u) => u.name === LI_DONGXIA_UNIT)!;

  // About a third of each county's villages go to city organs, the rest to the county's own.
  const leadOf = new Map<string, PlanUnit>();
  const chosen: Village[] = [];
  const citySenders = random.shuffle(city.filter((u) => !isOrgDepartment(u) && u.type === 'city'));
  const cityShare: Village[] = [];
  for (const county of COUNTIES) {
    const own = countyVillages(random, county, villages);
    chosen.push(...own);
    const open = random.shuffle(own.filter((v) => v.code !== FUNING && v.code !== DAWEI));
    const toCity = open.slice(0, Math.round(own.length / 3));
    cityShare.push(...toCity);
    const countySenders = random.shuffle(counties.get(county.code)!.filter((u) => !isOrgDepartment(u) && u !== liUnit));
    const toCounty = open.slice(toCity.length).sort((a, b) => a.code.localeCompare(b.code));
    for (const [code, unit] of inStretches(toCounty, countySenders)) leadOf.set(code, unit);
  }
  for (const [code, unit] of inStretches(cityShare.sort((a, b) => a.code.localeCompare(b.code)), citySenders)) leadOf.set(code, unit);
  leadOf.set(FUNING, orgDepartment);
  leadOf.set(DAWEI, liUnit);

  const models = new Set([PINGZHENG, SHADI]);
  for (const county of COUNTIES) {
    const candidates = random.shuffle(chosen.filter((v) => v.code.startsWith(county.code) && !models.has(v.code) && v.code !== FUNING).map((v) => v.code));
    const already = [...models].filter((c) => c.startsWith(county.code)).length;
    for (const code of candidates.slice(0, county.models - already)) models.add(code);
  }
  // 市委组织部科室联村 in six of them, 县委组织部分片联村 in the others.
  const cityLinked = new Set(random.shuffle([...models]).slice(0, 6));

  plan.units.push(...city, ...[...counties.values()].flat(), ...townshipUnits.values());

  const cadre = (unit: PlanUnit, profile: CadreProfile, posted: string, extra: { position?: string; overrides?: CadreOverrides } = {}): PlanCadre => {
    const c = makeCadre(
      random,
      issuer,
      // 梧州 speaks Cantonese and its surnames run as in western 广东 (梁、黄、陈、李).
      { unit, profile, region: 'guangdong', ethnicities: ETHNICITIES, divisionCode: unit.divisionCode, postedDivisionCode: posted, ...(extra.position ? { position: extra.position } : {}) },
      extra.overrides ?? {},
    );
    plan.cadres.push(c);
    return c;
  };

  for (const village of chosen) {
    const code = village.code;
    const county = COUNTIES.find((c) => code.startsWith(c.code))!;
    const countyUnitsOf = counties.get(county.code)!;
    const lead = leadOf.get(code)!;
    const township = townshipUnits.get(code.slice(0, 9));
    const label = `${townshipNames.get(code.slice(0, 9)) ?? ''}${wuzhouVillageName(village.name)}`;
    const team: PlanTeam = {
      id: random.uuid(),
      name: `${lead.shortName ?? lead.name}驻${county.name}${label}战斗团队`,
      villageCodes: [code],
      units: [{ unitId: lead.id, isLead: true }],
      termStart: TERM_START,
      members: [],
    };
    const join = (c: PlanCadre, role: TeamRoleCode, unit: PlanUnit) => {
      team.members.push({ id: random.uuid(), cadreId: c.id, role, joinedOn: TERM_START });
      if (!team.units.some((u) => u.unitId === unit.id)) team.units.push({ unitId: unit.id, isLead: false });
    };
    const secretary = cadre(lead, cadreProfiles.firstSecretary, code, code === DAWEI ? { overrides: LI_DONGXIA } : {});
    join(secretary, 'leader_first_secretary', lead);

    const others = random.int(1, 3);
    const roles: TeamRoleCode[] = [];
    if (models.has(code)) {
      const linked = cityLinked.has(code) ? orgDepartment : countyUnitsOf.find(isOrgDepartment)!;
      join(cadre(linked, cadreProfiles.member, code, { position: '组织员' }), 'member', linked);
      team.note = `${MODEL_VILLAGE_NOTE}（${cityLinked.has(code) ? '市委组织部科室联村' : '县委组织部分片联村'}）`;
      roles.push('member');
    }
    while (roles.length < others) {
      const open = OTHER_ROLES.filter(([r]) => !roles.includes(r));
      const role = random.weighted(open);
      roles.push(role);
      if ((role === 'township_liaison' || role === 'graduate_official') && township) {
        const graduate = role === 'graduate_official';
        join(cadre(township, graduate ? cadreProfiles.graduate : cadreProfiles.member, code, { position: graduate ? '村党支部书记助理' : '包村干部' }), role, township);
      } else if (role === 'tech_envoy') {
        const expert = random.pick([...countyUnitsOf.filter(isExpertUnit), ...city.filter(isExpertUnit)]);
        join(cadre(expert, cadreProfiles.member, code), role, expert);
      } else if (role === 'instructor') {
        const sender = random.pick(countyUnitsOf.filter((u) => !isOrgDepartment(u)));
        join(cadre(sender, cadreProfiles.member, code), role, sender);
      } else {
        join(cadre(lead, cadreProfiles.member, code), 'member', lead);
      }
    }
    plan.teams.push(team);
    plan.profiles.push(makeProfile(random, code, county.area, NAMED_NOTES[code] ?? (models.has(code) ? '组工干部蹲点，新农村建设示范点' : `${lead.shortName ?? lead.name}帮扶`)));

    const branchId = random.uuid();
    plan.partyOrgs.push({ id: branchId, name: `中共${wuzhouVillageName(village.name)}支部委员会`, kind: 'branch', parentId: null, unitId: null, teamId: null, divisionCode: code, establishedOn: null, note: null });
    plan.memberships.push({ partyOrgId: branchId, cadreId: secretary.id, kind: 'formal', role: 'member', joinedOn: TERM_START, divisionCode: code });
  }
  return plan;
}
