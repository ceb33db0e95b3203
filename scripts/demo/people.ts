import type { EducationCode, RankCode, SpecialityCode } from '../../contracts/cadres.ts';
import type { PartyStatusCode, PlanCadre, PlanUnit } from './demo-model.ts';
import { birthDateIn, type IdentityIssuer } from './identity.ts';
import { makeName, type NameRegion } from './names.ts';
import type { SeededRandom } from './random.ts';

type Weights<T> = readonly (readonly [T, number])[];

/** How a kind of cadre is drawn: a first secretary is older and a party member; a graduate village official is young. */
export type CadreProfile = {
  birthYears: readonly [number, number];
  party: Weights<PartyStatusCode>;
  femaleShare: number;
};

export const cadreProfiles = {
  firstSecretary: { birthYears: [1968, 1990], party: [['formal', 1]], femaleShare: 0.18 },
  member: { birthYears: [1965, 1996], party: [['formal', 0.72], ['probationary', 0.08], ['none', 0.2]], femaleShare: 0.3 },
  graduate: { birthYears: [1990, 1998], party: [['formal', 0.45], ['probationary', 0.2], ['none', 0.35]], femaleShare: 0.45 },
} satisfies Record<string, CadreProfile>;

const EDUCATION_BY_UNIT: Record<PlanUnit['type'], Weights<EducationCode>> = {
  central: [['doctorate', 0.08], ['master', 0.37], ['bachelor', 0.52], ['associate', 0.03]],
  provincial: [['doctorate', 0.06], ['master', 0.32], ['bachelor', 0.58], ['associate', 0.04]],
  university: [['doctorate', 0.3], ['master', 0.45], ['bachelor', 0.25]],
  city: [['master', 0.15], ['bachelor', 0.7], ['associate', 0.15]],
  county: [['master', 0.05], ['bachelor', 0.62], ['associate', 0.27], ['secondary', 0.04], ['high_school', 0.02]],
  township: [['bachelor', 0.55], ['associate', 0.35], ['secondary', 0.07], ['high_school', 0.03]],
  soe: [['master', 0.12], ['bachelor', 0.6], ['associate', 0.25], ['secondary', 0.03]],
  private: [['bachelor', 0.4], ['associate', 0.4], ['secondary', 0.2]],
  other: [['bachelor', 0.6], ['associate', 0.4]],
};

// Civil servants carry a 2019 grade; institution and enterprise staff are "other".
const RANKS_BY_UNIT: Record<PlanUnit['type'], Weights<RankCode>> = {
  central: [['division_deputy', 0.25], ['researcher_4', 0.15], ['principal_staff_1', 0.3], ['principal_staff_2', 0.2], ['staff_1', 0.1]],
  provincial: [['division_deputy', 0.2], ['researcher_4', 0.15], ['principal_staff_1', 0.3], ['principal_staff_2', 0.2], ['staff_1', 0.15]],
  city: [['section_chief', 0.25], ['principal_staff_2', 0.25], ['principal_staff_3', 0.25], ['staff_1', 0.25]],
  county: [['section_chief', 0.1], ['section_deputy', 0.2], ['principal_staff_3', 0.15], ['principal_staff_4', 0.2], ['staff_1', 0.25], ['staff_2', 0.1]],
  township: [['section_deputy', 0.15], ['principal_staff_4', 0.2], ['staff_1', 0.4], ['staff_2', 0.25]],
  soe: [['other', 1]],
  university: [['other', 1]],
  private: [['other', 1]],
  other: [['other', 1]],
};

const POSITIONS_BY_UNIT: Record<PlanUnit['type'], readonly string[]> = {
  central: ['处长', '副处长', '主任科员', '科员', '副科长'],
  provincial: ['副处长', '调研员', '主任科员', '副主任科员', '科员'],
  city: ['科长', '副科长', '科员', '办公室副主任'],
  county: ['股长', '副股长', '办公室主任', '副主任', '科员', '站长', '副所长'],
  township: ['党政办主任', '副镇长', '组织干事', '扶贫专干', '农业服务中心主任', '科员'],
  soe: ['部门经理', '副经理', '主管', '工程师', '业务员'],
  university: ['副教授', '讲师', '辅导员', '办公室主任', '实验师'],
  private: ['部门经理', '主管'],
  other: ['干部'],
};

const GENERAL_SPECIALITIES: readonly SpecialityCode[] = ['agriculture', 'party_affairs', 'finance', 'engineering', 'education', 'ecommerce', 'health', 'law', 'tourism', 'animal_husbandry'];

export type CadreRequest = {
  unit: PlanUnit;
  profile: CadreProfile;
  region: NameRegion;
  ethnicities: Weights<string>;
  divisionCode: string;
  postedDivisionCode: string | null;
  position?: string;
};

export type CadreOverrides = Partial<Pick<PlanCadre, 'name' | 'gender' | 'birthDate' | 'ethnicity' | 'partyStatus' | 'education' | 'rank' | 'position' | 'specialities'>>;

/** One cadre with every attribute consistent: the ID number encodes his birth date and gender. */
export function makeCadre(random: SeededRandom, issuer: IdentityIssuer, request: CadreRequest, overrides: CadreOverrides = {}): PlanCadre {
  const { unit, profile } = request;
  const gender = overrides.gender ?? (random.chance(profile.femaleShare) ? 'female' : 'male');
  const birthDate = overrides.birthDate ?? birthDateIn(random, profile.birthYears[0], profile.birthYears[1]);
  const ethnicity = overrides.ethnicity ?? random.weighted(request.ethnicities);
  const name = overrides.name ?? makeName(random, { gender, birthYear: Number(birthDate.slice(0, 4)), region: request.region, ethnicity });
  const own = unit.specialities.length > 0 ? random.pick(unit.specialities) : random.pick(GENERAL_SPECIALITIES);
  const specialities = overrides.specialities ?? [...new Set(random.chance(0.4) ? [own, random.pick(GENERAL_SPECIALITIES)] : [own])];
  return {
    id: random.uuid(),
    name,
    gender,
    birthDate,
    idNumber: issuer.idNumber(unit.seatCounty, birthDate, gender),
    phone: issuer.phone(),
    ethnicity,
    partyStatus: overrides.partyStatus ?? random.weighted(profile.party),
    education: overrides.education ?? random.weighted(EDUCATION_BY_UNIT[unit.type]),
    rank: overrides.rank === undefined ? random.weighted(RANKS_BY_UNIT[unit.type]) : overrides.rank,
    position: overrides.position ?? request.position ?? random.pick(POSITIONS_BY_UNIT[unit.type]),
    specialities,
    unitId: unit.id,
    divisionCode: request.divisionCode,
    postedDivisionCode: request.postedDivisionCode,
  };
}
