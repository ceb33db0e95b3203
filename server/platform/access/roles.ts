/** The roles of domain.md "Who uses it", plus the three separated administrators MLPS level 3 asks for. */
export const roles = [
  'sys_admin',
  'security_admin',
  'audit_admin',
  'county_org',
  'township_party',
  'discipline',
  'rural_office',
  'unit_party',
  'team_leader',
  'team_member',
  'branch_secretary',
  'paired_cadre',
  'city_org',
  'campaign_admin',
  'service_station',
  'viewer',
] as const;

export type Role = (typeof roles)[number];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
