import type { Role } from '../../server/platform/access/roles.ts';
import type { TeamRoleCode } from '../../contracts/teams.ts';

/** The cadre an account belongs to: found in the demo's teams by the village served, and by name or role. */
export type CadreRef = { village: string | LocalVillageName; name?: string; role?: TeamRoleCode };
export type LocalVillageName = '英明村' | '北岸村' | '楼门村';

export type DemoAccount = {
  username: string;
  displayName: string;
  roles: Role[];
  division?: string | LocalVillageName;
  unitName?: string;
  cadre?: CadreRef;
};

/**
 * One account per role and place; every one signs in with DEMO_PASSWORD (default Demo@2026).
 * "{name}" in a display name becomes the name of the cadre the account belongs to.
 *
 * | username          | role              | scope                                   | who |
 * |-------------------|-------------------|-----------------------------------------|-----|
 * | admin             | sys_admin         | national                                | 系统管理员 |
 * | security          | security_admin    | national                                | 安全管理员 |
 * | auditor           | audit_admin       | national                                | 审计管理员 |
 * | viewer            | viewer            | 云南省 530000000000                      | 领导查看 |
 * | guizhou-campaign  | campaign_admin    | 贵州省 520000000000                      | 省直机关工委（五千行动 [001]） |
 * | gzunion-unit      | unit_party        | unit 贵州省总工会                          | 省总工会机关党委（五千行动 [001]） |
 * | zhijin-org        | county_org        | 织金县 520524000000                      | 织金县委组织部 [001] |
 * | xiongjiachang-party | township_party  | 织金县熊家场镇 520524116000               | 熊家场镇党委（宝山村 [001]） |
 * | maoming-city      | city_org          | 茂名市 440900000000                      | 茂名市委组织部 [000] |
 * | gaozhou-org       | county_org        | 高州市 440981000000                      | 高州市委组织部 |
 * | dianbai-org       | county_org        | 电白区 440904000000                      | 电白区委组织部 |
 * | huize-org         | county_org        | 会泽县 530326000000                      | 会泽县委组织部 [003] |
 * | cangxi-org        | county_org        | 苍溪县 510824000000                      | 苍溪县委组织部 [004] |
 * | huize-discipline  | discipline        | 会泽县 530326000000                      | 会泽县纪委 |
 * | huize-rural       | rural_office      | 会泽县 530326000000                      | 会泽县扶贫办 |
 * | cangwu-station    | service_station   | 苍梧县 450421000000                      | 苍梧县扶贫攻坚服务站 [002] |
 * | wuzhou-city       | city_org          | 梧州市 450400000000                      | 梧州市委组织部 [002] |
 * | cangwu-org        | county_org        | 苍梧县 450421000000                      | 苍梧县委组织部（村企连心 [002]） |
 * | cenxi-org         | county_org        | 岑溪市 450481000000                      | 岑溪市委组织部（理村顾问 [002]） |
 * | mengshan-org      | county_org        | 蒙山县 450423000000                      | 蒙山县委组织部（“五个一” [002]） |
 * | gaozhou-rural     | rural_office      | 高州市 440981000000                      | 高州市乡村振兴局 |
 * | gaozhou-station   | service_station   | 高州市 440981000000                      | 高州市扶贫攻坚服务站 |
 * | zhenjiang-party   | township_party    | 高州市镇江镇 440981107000                 | 镇江镇党委 |
 * | xindong-party     | township_party    | 高州市新垌镇 440981101000                 | 新垌镇党委 (长流村's township) |
 * | nagu-party        | township_party    | 会泽县娜姑镇 530326102000                 | 娜姑镇党委 |
 * | gdcourt-unit      | unit_party        | unit 广东省高级人民法院                    | 省法院机关党委 |
 * | changliu-leader   | team_leader       | 长流村 440981101207, cadre 李晓奋          | 队长兼第一书记 |
 * | changliu-member   | team_member       | 长流村 440981101207, a member of the team  | 队员 |
 * | tuoche-leader     | team_leader       | 娜姑镇拖车村 530326102204, its leader       | 曲靖中院驻村队长 |
 * | tuoche-member     | team_member       | 娜姑镇拖车村 530326102204, a member         | 曲靖中院驻村队员 |
 * | qjcourt-unit      | unit_party        | unit 曲靖市中级人民法院                      | 曲靖中院机关党委 |
 * | cangxi-branch     | branch_secretary  | 苍溪县 510824000000, cadre 杨树鸿          | 应急管理局驻村工作队临时党支部书记 |
 * | yingming-paired   | paired_cadre      | 英明村 (local code), cadre 梁仕勇          | 帮扶责任人 |
 * | dawei-leader      | team_leader       | 岑溪市水汶镇大卫村 450481105207, cadre 李冬霞 | 战斗团队队长兼第一书记 [002] |
 */
export const demoAccounts: DemoAccount[] = [
  { username: 'admin', displayName: '系统管理员', roles: ['sys_admin'] },
  { username: 'security', displayName: '安全管理员', roles: ['security_admin'] },
  { username: 'auditor', displayName: '审计管理员', roles: ['audit_admin'] },
  { username: 'viewer', displayName: '云南省领导（查看）', roles: ['viewer'], division: '530000000000' },
  { username: 'guizhou-campaign', displayName: '贵州省直机关工委', roles: ['campaign_admin'], division: '520000000000' },
  { username: 'gzunion-unit', displayName: '贵州省总工会机关党委', roles: ['unit_party'], unitName: '贵州省总工会' },
  { username: 'zhijin-org', displayName: '织金县委组织部', roles: ['county_org'], division: '520524000000' },
  { username: 'xiongjiachang-party', displayName: '织金县熊家场镇党委', roles: ['township_party'], division: '520524116000' },
  { username: 'maoming-city', displayName: '茂名市委组织部', roles: ['city_org'], division: '440900000000' },
  { username: 'gaozhou-org', displayName: '高州市委组织部', roles: ['county_org'], division: '440981000000' },
  { username: 'dianbai-org', displayName: '电白区委组织部', roles: ['county_org'], division: '440904000000' },
  { username: 'huize-org', displayName: '会泽县委组织部', roles: ['county_org'], division: '530326000000' },
  { username: 'wuzhou-city', displayName: '梧州市委组织部', roles: ['city_org'], division: '450400000000' },
  { username: 'cangwu-org', displayName: '苍梧县委组织部', roles: ['county_org'], division: '450421000000' },
  { username: 'cenxi-org', displayName: '岑溪市委组织部', roles: ['county_org'], division: '450481000000' },
  { username: 'mengshan-org', displayName: '蒙山县委组织部', roles: ['county_org'], division: '450423000000' },
  { username: 'cangxi-org', displayName: '苍溪县委组织部', roles: ['county_org'], division: '510824000000' },
  { username: 'huize-discipline', displayName: '会泽县纪委', roles: ['discipline'], division: '530326000000' },
  { username: 'huize-rural', displayName: '会泽县扶贫办', roles: ['rural_office'], division: '530326000000' },
  { username: 'cangwu-station', displayName: '苍梧县扶贫攻坚服务站', roles: ['service_station'], division: '450421000000' },
  { username: 'gaozhou-rural', displayName: '高州市乡村振兴局', roles: ['rural_office'], division: '440981000000' },
  { username: 'gaozhou-station', displayName: '高州市扶贫攻坚服务站', roles: ['service_station'], division: '440981000000' },
  { username: 'xindong-party', displayName: '高州市新垌镇党委', roles: ['township_party'], division: '440981101000' },
  { username: 'zhenjiang-party', displayName: '高州市镇江镇党委', roles: ['township_party'], division: '440981107000' },
  { username: 'nagu-party', displayName: '会泽县娜姑镇党委', roles: ['township_party'], division: '530326102000' },
  { username: 'gdcourt-unit', displayName: '广东省高级人民法院机关党委', roles: ['unit_party'], unitName: '广东省高级人民法院' },
  { username: 'changliu-leader', displayName: '李晓奋（长流村）', roles: ['team_leader'], division: '440981101207', cadre: { village: '440981101207', name: '李晓奋' } },
  { username: 'changliu-member', displayName: '{name}（长流村驻村队员）', roles: ['team_member'], division: '440981101207', cadre: { village: '440981101207', role: 'member' } },
  { username: 'tuoche-member', displayName: '{name}（拖车村驻村队员）', roles: ['team_member'], division: '530326102204', cadre: { village: '530326102204', role: 'member' } },
  { username: 'qjcourt-unit', displayName: '曲靖市中级人民法院机关党委', roles: ['unit_party'], unitName: '曲靖市中级人民法院' },
  { username: 'tuoche-leader', displayName: '{name}（拖车村驻村队长）', roles: ['team_leader'], division: '530326102204', cadre: { village: '530326102204', role: 'leader_first_secretary' } },
  { username: 'cangxi-branch', displayName: '杨树鸿（临时党支部书记）', roles: ['branch_secretary'], division: '510824000000', cadre: { village: '英明村', name: '杨树鸿' } },
  { username: 'dawei-leader', displayName: '李冬霞（大卫村第一书记）', roles: ['team_leader'], division: '450481105207', cadre: { village: '450481105207', name: '李冬霞' } },
  { username: 'yingming-paired', displayName: '梁仕勇（帮扶责任人）', roles: ['paired_cadre'], division: '英明村', cadre: { village: '英明村', name: '梁仕勇' } },
];
