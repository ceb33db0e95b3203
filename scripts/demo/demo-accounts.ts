import type { Role } from '../../server/platform/access/roles.ts';

export type DemoAccount = { username: string; displayName: string; roles: Role[]; division?: string; unitName?: string; cadreIdNumber?: string };

/** One account per role and place; the README lists them. */
export const demoAccounts: DemoAccount[] = [
  { username: 'admin', displayName: '系统管理员', roles: ['sys_admin'] },
  { username: 'security', displayName: '安全管理员', roles: ['security_admin'] },
  { username: 'auditor', displayName: '审计管理员', roles: ['audit_admin'] },
  { username: 'huize-org', displayName: '会泽县委组织部', roles: ['county_org'], division: '530326000000' },
  { username: 'zhenjiang-party', displayName: '高州市镇江镇党委', roles: ['township_party'], division: '440981107000' },
];
