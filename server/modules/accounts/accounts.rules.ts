import type { FieldError } from '../../platform/errors/app-error.ts';
import type { Role } from '../../platform/access/roles.ts';
import { adminRoles, cadreRoles, nationalRoles, unitRoles } from '../../../contracts/accounts.ts';

export type RoleAssignment = {
  roles: readonly Role[];
  scopeDivisionCode: string | null;
  scopeUnitId: string | null;
  cadreId: string | null;
};

const isIn = (list: readonly Role[], role: Role) => list.includes(role);

/**
 * Which roles fit together and what each needs. MLPS level 3 (三员分立): each administrator
 * is an account of its own, holding no other role. A domain role acts inside a region or a
 * unit; a role a cadre holds as himself names that cadre.
 */
export function roleAssignmentProblems(input: RoleAssignment): FieldError[] {
  const problems: FieldError[] = [];
  const admins = input.roles.filter((role) => isIn(adminRoles, role));
  if (admins.length > 0 && input.roles.length > 1) {
    problems.push({ path: 'roles', message: '系统管理员、安全管理员、安全审计员须分设账号，不能兼任其他角色' });
  }
  const needsScope = input.roles.some((role) => !isIn(nationalRoles, role));
  if (needsScope && !input.scopeDivisionCode && !input.scopeUnitId) {
    problems.push({ path: 'scopeDivisionCode', message: '所选角色须指定管辖地区或所属单位' });
  }
  if (input.roles.some((role) => isIn(unitRoles, role)) && !input.scopeUnitId) {
    problems.push({ path: 'scopeUnitId', message: '单位机关党委须指定所属单位' });
  }
  if (input.roles.some((role) => isIn(cadreRoles, role)) && !input.cadreId) {
    problems.push({ path: 'cadreId', message: '驻村队长、队员、支部书记、帮扶责任人须关联本人的干部信息' });
  }
  return problems;
}

/** Administrator roles the change would add: only creating an account may give them (三员分立). */
export function addedAdminRoles(before: readonly string[], after: readonly Role[]): Role[] {
  return after.filter((role) => isIn(adminRoles, role) && !before.includes(role));
}
