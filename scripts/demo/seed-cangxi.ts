import { emptyPlan, type DemoPlan, type PlanUnit } from './demo-model.ts';
import type { IdentityIssuer } from './identity.ts';
import { cadreProfiles, makeCadre, type CadreOverrides } from './people.ts';
import type { SeededRandom } from './random.ts';
import { localVillageProfiles, seedProfiles } from './village-profiles.ts';

export const CANGXI = '510824000000';
export const MATI = '510824121217';
export const JINGU = '510824208218';
const DONGXI = '510824121000';
const TERM_START = '2019-03-15';

export type CangxiVillages = { yingming: string; beian: string; mati: string; loumen: string; jingu: string };

/**
 * [004]: 苍溪县应急管理局 stations five cadres, four of them party members, in 英明村、北岸村、马蹄村
 * (东溪镇), 楼门村 (三川镇) and 金谷村 (白鹤乡); their formal relations lie scattered between the
 * bureau and the villages and townships, so the bureau builds a temporary branch on the team.
 */
export function planCangxi(random: SeededRandom, issuer: IdentityIssuer, villages: CangxiVillages): DemoPlan {
  const plan = emptyPlan();
  const unit: PlanUnit = { id: random.uuid(), name: '苍溪县应急管理局', shortName: '县应急管理局', type: 'county', divisionCode: CANGXI, seatCounty: '510824', specialities: ['engineering', 'party_affairs'] };
  plan.units.push(unit);
  const person = (posted: string, overrides: CadreOverrides, lead = false) =>
    makeCadre(
      random,
      issuer,
      { unit, profile: lead ? cadreProfiles.firstSecretary : cadreProfiles.member, region: 'sichuan', ethnicities: [['汉族', 1]], divisionCode: CANGXI, postedDivisionCode: posted },
      { ethnicity: '汉族', ...overrides },
    );
  const yang = person(villages.yingming, { name: '杨树鸿', gender: 'male', birthDate: '1974-06-18', partyStatus: 'formal', rank: 'principal_staff_2', position: '应急救援股股长', specialities: ['agriculture', 'party_affairs'] }, true);
  const liang = person(villages.yingming, { name: '梁仕勇', gender: 'male', birthDate: '1981-09-02', partyStatus: 'formal', rank: 'principal_staff_4', position: '科员', specialities: ['agriculture'] });
  const zhao = person(villages.beian, { name: '赵建军', gender: 'male', birthDate: '1970-12-26', partyStatus: 'formal', rank: 'principal_staff_3', position: '安全生产监管股副股长', specialities: ['agriculture', 'engineering'] });
  const fourth = person(villages.mati, { gender: 'male', birthDate: '1986-04-11', partyStatus: 'formal', rank: 'staff_1', position: '科员' });
  const fifth = person(villages.loumen, { gender: 'female', birthDate: '1992-07-30', partyStatus: 'none', rank: 'staff_2', position: '科员' });
  const cadres = [yang, liang, zhao, fourth, fifth];
  plan.cadres.push(...cadres);

  const teamId = random.uuid();
  plan.teams.push({
    id: teamId,
    name: '苍溪县应急管理局驻村工作队',
    villageCodes: [villages.yingming, villages.beian, villages.mati, villages.loumen, villages.jingu],
    units: [{ unitId: unit.id, isLead: true }],
    termStart: TERM_START,
    note: '驻东溪镇英明村、北岸村、马蹄村，三川镇楼门村，白鹤乡金谷村',
    members: cadres.map((c, i) => ({ id: random.uuid(), cadreId: c.id, role: i === 0 ? 'leader_first_secretary' : 'member', joinedOn: TERM_START })),
  });

  plan.profiles.push(
    { divisionCode: villages.yingming, ...localVillageProfiles.英明村 },
    { divisionCode: villages.beian, ...localVillageProfiles.北岸村 },
    { divisionCode: villages.loumen, ...localVillageProfiles.楼门村 },
    { divisionCode: villages.mati, ...seedProfiles[MATI]! },
    { divisionCode: villages.jingu, ...seedProfiles[JINGU]! },
  );

  const org = (name: string, kind: 'committee' | 'branch' | 'temporary_branch', divisionCode: string, parentId: string | null, extra: { unitId?: string; teamId?: string; establishedOn?: string; note?: string } = {}) => {
    const id = random.uuid();
    // A temporary branch was approved by the county's organization department and elected on its founding day [004].
    const branch = kind === 'temporary_branch' ? { status: 'active' as const, approvalLevel: 'county' as const, electedOn: extra.establishedOn ?? null, teamIds: extra.teamId ? [extra.teamId] : [] } : {};
    plan.partyOrgs.push({ id, name, kind, parentId, unitId: extra.unitId ?? null, teamId: extra.teamId ?? null, divisionCode, establishedOn: extra.establishedOn ?? null, note: extra.note ?? null, ...branch });
    return id;
  };
  const committee = org('中共苍溪县应急管理局直属机关委员会', 'committee', CANGXI, null, { unitId: unit.id });
  const bureauBranch = org('中共苍溪县应急管理局机关支部委员会', 'branch', CANGXI, committee, { unitId: unit.id });
  const yingmingBranch = org('中共英明村支部委员会', 'branch', villages.yingming, null);
  const matiBranch = org('中共马蹄村支部委员会', 'branch', villages.mati, null);
  const townBranch = org('中共东溪镇机关支部委员会', 'branch', DONGXI, null);
  const temporary = org('苍溪县应急管理局驻村工作队临时党支部', 'temporary_branch', CANGXI, committee, {
    unitId: unit.id,
    teamId,
    establishedOn: '2019-04-10',
    note: '把支部建在驻村工作队上；落实"六个一"：每周1次学习、每月1次主题党日、每月1次志愿义务劳动、每名党员1个帮扶示范园、每名干部1个帮扶示范户、每年1次专题组织生活',
  });
  const formal: [string, string, string][] = [
    [yang.id, yingmingBranch, villages.yingming],
    [liang.id, bureauBranch, CANGXI],
    [zhao.id, townBranch, DONGXI],
    [fourth.id, matiBranch, villages.mati],
  ];
  for (const [cadreId, partyOrgId, divisionCode] of formal) {
    plan.memberships.push({ partyOrgId, cadreId, kind: 'formal', role: 'member', joinedOn: '2015-07-01', divisionCode });
    plan.memberships.push({ partyOrgId: temporary, cadreId, kind: 'temporary', role: cadreId === yang.id ? 'secretary' : 'member', joinedOn: '2019-04-10', divisionCode: CANGXI });
  }
  return plan;
}
