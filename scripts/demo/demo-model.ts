import type { EducationCode, RankCode, SpecialityCode } from '../../contracts/cadres.ts';
import type { TeamRoleCode } from '../../contracts/teams.ts';

export type UnitTypeCode = 'central' | 'provincial' | 'city' | 'county' | 'township' | 'soe' | 'university' | 'private' | 'other';
export type PartyStatusCode = 'formal' | 'probationary' | 'none';

/** A unit as the demo plans it; seatCounty is the 6-digit county whose code starts its staff's ID numbers. */
export type PlanUnit = {
  id: string;
  name: string;
  shortName: string | null;
  type: UnitTypeCode;
  divisionCode: string;
  seatCounty: string;
  specialities: readonly SpecialityCode[];
  note?: string;
};

export type PlanCadre = {
  id: string;
  name: string;
  gender: 'male' | 'female';
  birthDate: string;
  idNumber: string;
  phone: string;
  ethnicity: string;
  partyStatus: PartyStatusCode;
  education: EducationCode;
  rank: RankCode | null;
  position: string | null;
  specialities: SpecialityCode[];
  unitId: string;
  divisionCode: string;
  postedDivisionCode: string | null;
};

export type PlanTeamMember = { id: string; cadreId: string; role: TeamRoleCode; joinedOn: string; leftOn?: string };

export type PlanTeam = {
  id: string;
  name: string;
  villageCodes: string[];
  units: { unitId: string; isLead: boolean }[];
  termStart: string;
  // A team of an earlier term: ended, its members gone (the benchmark's history).
  termEnd?: string;
  status?: 'active' | 'ended';
  note?: string;
  members: PlanTeamMember[];
};

export type PlanPartyOrg = {
  id: string;
  name: string;
  kind: 'committee' | 'general_branch' | 'branch' | 'temporary_branch';
  parentId: string | null;
  unitId: string | null;
  teamId: string | null;
  divisionCode: string;
  establishedOn: string | null;
  note: string | null;
  /** A temporary branch's approval and election [000]; the teams it is built on (party_org_teams). */
  status?: 'proposed' | 'active' | 'refused' | 'dissolved';
  approvalLevel?: 'county' | 'city';
  electedOn?: string | null;
  teamIds?: string[];
};

export type PlanMembership = {
  partyOrgId: string;
  cadreId: string;
  kind: 'formal' | 'temporary';
  role: 'secretary' | 'deputy_secretary' | 'organization_member' | 'propaganda_member' | 'discipline_member' | 'member';
  joinedOn: string;
  divisionCode: string;
};

export type PlanVillageProfile = {
  divisionCode: string;
  population: number;
  households: number;
  poorHouseholds: number;
  collectiveIncome: string;
  mainIndustries: string[];
  infrastructureGaps: string[];
  latitude: number;
  longitude: number;
  note: string | null;
};

export type DemoPlan = {
  units: PlanUnit[];
  cadres: PlanCadre[];
  teams: PlanTeam[];
  partyOrgs: PlanPartyOrg[];
  memberships: PlanMembership[];
  profiles: PlanVillageProfile[];
};

export function emptyPlan(): DemoPlan {
  return { units: [], cadres: [], teams: [], partyOrgs: [], memberships: [], profiles: [] };
}

export function mergePlans(...plans: DemoPlan[]): DemoPlan {
  const out = emptyPlan();
  for (const plan of plans) {
    out.units.push(...plan.units);
    out.cadres.push(...plan.cadres);
    out.teams.push(...plan.teams);
    out.partyOrgs.push(...plan.partyOrgs);
    out.memberships.push(...plan.memberships);
    out.profiles.push(...plan.profiles);
  }
  return out;
}

/** A village's short name as people say it: 拖车村村民委员会 → 拖车村, 长流村委会 → 长流村. */
export function shortVillageName(name: string): string {
  return name
    .replace(/村村民委员会$|村委会$|村民委员会$/, '村')
    .replace(/社区居民委员会$|社区居委会$|居委会$|居民委员会$/, '社区');
}
