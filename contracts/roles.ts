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

/** 三员分立 (MLPS level 3): the three administrators manage the system, not the work, each apart. */
export const adminRoles = ['sys_admin', 'security_admin', 'audit_admin'] as const satisfies readonly Role[];
export const domainRoles = roles.filter((role) => !(adminRoles as readonly string[]).includes(role)) as Exclude<
  Role,
  (typeof adminRoles)[number]
>[];

export const roleLabels: Record<Role, { zh: string; en: string }> = {
  sys_admin: { zh: '系统管理员', en: 'System administrator' },
  security_admin: { zh: '安全管理员', en: 'Security administrator' },
  audit_admin: { zh: '审计管理员', en: 'Audit administrator' },
  county_org: { zh: '县委组织部', en: 'County organization department' },
  township_party: { zh: '乡镇党委', en: 'Township party committee' },
  discipline: { zh: '县纪委', en: 'Discipline commission' },
  rural_office: { zh: '乡村振兴局', en: 'Rural revitalization bureau' },
  unit_party: { zh: '派出单位机关党委', en: 'Sending unit party committee' },
  team_leader: { zh: '驻村工作队长 / 第一书记', en: 'Team leader / first secretary' },
  team_member: { zh: '驻村队员', en: 'Team member' },
  branch_secretary: { zh: '支部书记', en: 'Branch secretary' },
  paired_cadre: { zh: '帮扶责任人', en: 'Paired cadre' },
  city_org: { zh: '市委组织部', en: 'City organization department' },
  campaign_admin: { zh: '帮扶行动管理', en: 'Campaign administrator' },
  service_station: { zh: '扶贫攻坚服务站', en: 'Service station' },
  viewer: { zh: '领导查看', en: 'Viewer' },
};
