import type { Localized } from '../platform/i18n.tsx';

/** domain.md "Who uses it": the role codes of server/platform/access/roles.ts, named for people. */
export const roleLabels: Record<string, Localized> = {
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

export function roleLabel(role: string): Localized {
  return roleLabels[role] ?? { zh: role, en: role };
}
