import type { SpecialityCode } from '../../contracts/cadres.ts';
import { emptyPlan, shortVillageName, type DemoPlan, type PlanCadre, type PlanTeam, type PlanUnit, type UnitTypeCode } from './demo-model.ts';
import type { IdentityIssuer } from './identity.ts';
import { cadreProfiles, makeCadre, type CadreOverrides } from './people.ts';
import type { SeededRandom } from './random.ts';
import { areas, makeProfile, seedProfiles } from './village-profiles.ts';

export type Village = { code: string; name: string };

const GUANGDONG = '440000000000';
export const MAOMING = '440900000000';
export const CHANGLIU = '440981101207';
const HUASHAN = '440904119209';
const ZHENJIANG_PREFIX = '440981107';
const TERM_START = '2016-05-01';

type UnitSeed = [name: string, shortName: string | null, type: UnitTypeCode, seatCounty: string, specialities: SpecialityCode[]];

// [000]: the 20 central (中直) and provincial (省直) units with teams in 茂名市. The first eleven
// are named in the report; the others are organs that sent teams to 茂名 in the same campaign.
const UNITS: UnitSeed[] = [
  ['广东省高级人民法院', '省法院', 'provincial', '440104', ['law']],
  ['广东省航海学院', '省航海学院', 'university', '440112', ['engineering', 'education']],
  ['广东省航运集团有限公司', '省航运集团', 'soe', '440104', ['engineering', 'finance']],
  ['广州体育学院', '省体院', 'university', '440106', ['education', 'health']],
  ['交通银行广东省分行', '省交通银行', 'soe', '440104', ['finance']],
  ['广州海关', null, 'central', '440104', ['law', 'finance']],
  ['国家税务总局广东省税务局', '省国税', 'central', '440106', ['finance']],
  ['工业和信息化部电子第五研究所', '工信部电子五所', 'central', '440118', ['engineering', 'ecommerce']],
  ['广东工贸职业技术学院', '工贸职业学院', 'university', '440106', ['education', 'ecommerce']],
  ['中国科学院广州分院', '中科院广州分院', 'central', '440106', ['agriculture', 'engineering']],
  ['广东海事局', null, 'central', '440104', ['water', 'engineering']],
  ['广东省农业厅', '省农业厅', 'provincial', '440106', ['agriculture', 'animal_husbandry']],
  ['广东省水利厅', '省水利厅', 'provincial', '440104', ['water', 'engineering']],
  ['广东省交通运输厅', '省交通运输厅', 'provincial', '440104', ['engineering']],
  ['广东省卫生和计划生育委员会', '省卫生计生委', 'provincial', '440104', ['health']],
  ['广东省人力资源和社会保障厅', '省人社厅', 'provincial', '440104', ['education', 'finance']],
  ['中国人民银行广州分行', '人行广州分行', 'central', '440104', ['finance']],
  ['广东电网有限责任公司', '广东电网', 'soe', '440106', ['engineering']],
  ['中国移动通信集团广东有限公司', '广东移动', 'soe', '440106', ['ecommerce', 'engineering']],
  ['广东省气象局', '省气象局', 'central', '440106', ['agriculture']],
];

const COUNTY_NAMES: Record<string, string> = { '440981': '高州市', '440904': '电白区', '440902': '电白区' };

function teamName(unit: PlanUnit, village: Village): string {
  return `${unit.name}驻${COUNTY_NAMES[village.code.slice(0, 6)] ?? ''}${shortVillageName(village.name)}扶贫工作队`;
}

/**
 * [000]: twenty teams, each a leader and first secretary with two members of his unit; 李晓奋
 * leads 省法院's team in 长流村; the teams' party members keep their formal relation in the village
 * branch and join the city's temporary branch (secretary 李晓奋, 罗道叠, 容柏青).
 */
export function planMaoming(random: SeededRandom, issuer: IdentityIssuer, gaozhouAndDianbai: readonly Village[], luofu: Village): DemoPlan {
  const plan = emptyPlan();
  for (const [name, shortName, type, seatCounty, specialities] of UNITS) {
    plan.units.push({ id: random.uuid(), name, shortName, type, divisionCode: GUANGDONG, seatCounty, specialities });
  }
  const byCode = new Map(gaozhouAndDianbai.map((v) => [v.code, v]));
  const rural = gaozhouAndDianbai.filter((v) => !/社区|居委会/.test(v.name) && ![CHANGLIU, HUASHAN].includes(v.code));
  const zhenjiang = random.shuffle(rural.filter((v) => v.code.startsWith(ZHENJIANG_PREFIX))).slice(0, 4);
  const gaozhou = random.shuffle(rural.filter((v) => v.code.startsWith('440981') && !v.code.startsWith(ZHENJIANG_PREFIX))).slice(0, 6);
  const dianbai = random.shuffle(rural.filter((v) => v.code.startsWith('440904'))).slice(0, 7);
  const fixed = [CHANGLIU, HUASHAN].map((code) => byCode.get(code) ?? { code, name: code === CHANGLIU ? '长流村委会' : '花山村委会' });
  const villages = [...fixed, luofu, ...zhenjiang, ...gaozhou, ...dianbai];

  const leaders: CadreOverrides[] = [
    { name: '李晓奋', gender: 'male', birthDate: '1976-08-14', education: 'doctorate', rank: 'division_deputy', position: '审判员', partyStatus: 'formal', ethnicity: '汉族', specialities: ['law', 'party_affairs'] },
    { name: '罗道叠', gender: 'male', birthDate: '1979-03-22', education: 'master', rank: 'other', position: '党委办公室副主任', partyStatus: 'formal', ethnicity: '汉族' },
    { name: '容柏青', gender: 'male', birthDate: '1982-11-05', education: 'bachelor', rank: 'other', position: '党群工作部副经理', partyStatus: 'formal', ethnicity: '汉族' },
  ];

  const officerRoles = ['secretary', 'organization_member', 'propaganda_member'] as const;
  const officers = new Map<string, (typeof officerRoles)[number]>();
  plan.units.forEach((unit, index) => {
    const village = villages[index]!;
    const cadre = (role: 'lead' | 'member', overrides: CadreOverrides = {}): PlanCadre =>
      makeCadre(
        random,
        issuer,
        {
          unit,
          profile: role === 'lead' ? cadreProfiles.firstSecretary : cadreProfiles.member,
          region: 'guangdong',
          ethnicities: [['汉族', 0.98], ['壮族', 0.01], ['瑶族', 0.01]],
          divisionCode: GUANGDONG,
          postedDivisionCode: village.code,
        },
        overrides,
      );
    const leader = cadre('lead', leaders[index] ?? {});
    const members = [cadre('member'), cadre('member')];
    const officerRole = officerRoles[index];
    if (officerRole) officers.set(leader.id, officerRole);
    plan.cadres.push(leader, ...members);
    const team: PlanTeam = {
      id: random.uuid(),
      name: teamName(unit, village),
      villageCodes: [village.code],
      units: [{ unitId: unit.id, isLead: true }],
      termStart: TERM_START,
      members: [
        { id: random.uuid(), cadreId: leader.id, role: 'leader_first_secretary', joinedOn: TERM_START },
        ...members.map((m) => ({ id: random.uuid(), cadreId: m.id, role: 'member' as const, joinedOn: TERM_START })),
      ],
    };
    plan.teams.push(team);
    const seed = seedProfiles[village.code];
    const area = village.code.startsWith('440981') ? areas.gaozhou : village.code.startsWith('440902') ? areas.maonan : areas.dianbai;
    plan.profiles.push(seed ? { divisionCode: village.code, ...seed } : makeProfile(random, village.code, area, `${unit.shortName ?? unit.name}帮扶`));
    addVillageBranch(random, plan, village, [leader, ...members]);
  });

  addMaomingTemporaryBranch(random, plan, officers);
  return plan;
}

// [000]: "驻村工作队的党员都已将组织关系转到村委党支部".
function addVillageBranch(random: SeededRandom, plan: DemoPlan, village: Village, cadres: PlanCadre[]): void {
  const branchId = random.uuid();
  plan.partyOrgs.push({ id: branchId, name: `中共${shortVillageName(village.name)}支部委员会`, kind: 'branch', parentId: null, unitId: null, teamId: null, divisionCode: village.code, establishedOn: null, note: null });
  for (const cadre of cadres) {
    if (cadre.partyStatus === 'none') continue;
    plan.memberships.push({ partyOrgId: branchId, cadreId: cadre.id, kind: 'formal', role: 'member', joinedOn: TERM_START, divisionCode: village.code });
  }
}

function addMaomingTemporaryBranch(random: SeededRandom, plan: DemoPlan, officers: Map<string, 'secretary' | 'organization_member' | 'propaganda_member'>): void {
  const branchId = random.uuid();
  plan.partyOrgs.push({
    id: branchId,
    name: '茂名市新时期精准扶贫精准脱贫省直中直驻村临时党支部',
    kind: 'temporary_branch',
    parentId: null,
    unitId: null,
    teamId: null,
    divisionCode: MAOMING,
    establishedOn: '2016-11-10',
    note: '2016年11月10日茂名市省直中直驻村党建扶贫工作交流座谈会全票选举产生；依属地管理原则报茂名市委组织部审批',
    status: 'active',
    approvalLevel: 'city',
    electedOn: '2016-11-10',
    teamIds: plan.teams.map((team) => team.id),
  });
  for (const cadre of plan.cadres) {
    if (cadre.partyStatus === 'none') continue;
    plan.memberships.push({ partyOrgId: branchId, cadreId: cadre.id, kind: 'temporary', role: officers.get(cadre.id) ?? 'member', joinedOn: '2016-11-10', divisionCode: MAOMING });
  }
}
