import { z } from 'zod';
import { adminRoles, roleLabels, type Role } from './roles.ts';

export { adminRoles, roleLabels };
import { divisionCodeSchema, listOf, pageQuery } from './common.ts';
import { cadreBrief } from './cadres.ts';

export const roleCodes = Object.keys(roleLabels) as [Role, ...Role[]];

/** Roles that make sense for the whole country without a division or unit. */
export const nationalRoles = [...adminRoles, 'viewer', 'campaign_admin'] as const satisfies readonly Role[];
/** Roles a person holds as the cadre himself: the account must name that cadre. */
export const cadreRoles = ['team_leader', 'team_member', 'branch_secretary', 'paired_cadre'] as const satisfies readonly Role[];
/** A unit's party committee acts for its unit, wherever its cadres serve. */
export const unitRoles = ['unit_party'] as const satisfies readonly Role[];

export const accountStatuses = ['active', 'disabled'] as const;
export const accountStatusLabels: Record<(typeof accountStatuses)[number], { zh: string; en: string }> = {
  active: { zh: '正常', en: 'Active' },
  disabled: { zh: '已停用', en: 'Disabled' },
};

const username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$/, { message: '用户名为 3–32 位字母、数字或 . _ -，以字母或数字开头' });
const displayName = z.string().trim().min(1, { message: '请填写姓名' }).max(50, { message: '姓名不超过 50 字' });
const roleList = z
  .array(z.enum(roleCodes, { message: '角色不存在' }))
  .min(1, { message: '请至少选择一个角色' })
  .max(8, { message: '角色过多' });
const password = z.string().min(1, { message: '请填写初始密码' }).max(128, { message: '密码不超过 128 位' });
const scopeFields = {
  scopeDivisionCode: divisionCodeSchema.nullish(),
  scopeUnitId: z.uuid({ message: '单位编号格式不正确' }).nullish(),
  cadreId: z.uuid({ message: '干部编号格式不正确' }).nullish(),
};

export const accountCreateBody = z.object({
  username,
  displayName,
  roles: roleList,
  ...scopeFields,
  initialPassword: password,
});
export type AccountCreateBody = z.infer<typeof accountCreateBody>;

export const accountUpdateBody = z.object({
  displayName,
  roles: roleList,
  ...scopeFields,
  status: z.enum(accountStatuses, { message: '请选择账号状态' }),
});
export type AccountUpdateBody = z.infer<typeof accountUpdateBody>;

export const resetPasswordBody = z.object({ newPassword: password });
export type ResetPasswordBody = z.infer<typeof resetPasswordBody>;

export const accountListQuery = pageQuery.extend({
  q: z.string().trim().max(50).optional(),
  role: z.enum(roleCodes, { message: '角色不存在' }).optional(),
  status: z.enum(accountStatuses).optional(),
});
export type AccountListQuery = z.infer<typeof accountListQuery>;
export const accountExportQuery = accountListQuery.omit({ page: true, pageSize: true });
export type AccountExportQuery = z.infer<typeof accountExportQuery>;

export const accountView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  scopeDivisionCode: z.string().nullable(),
  scopeDivisionName: z.string().nullable(),
  scopeUnitId: z.string().nullable(),
  scopeUnitName: z.string().nullable(),
  cadreId: z.string().nullable(),
  cadreName: z.string().nullable(),
  status: z.enum(accountStatuses),
  mustChangePassword: z.boolean(),
  locked: z.boolean(),
  lockedUntil: z.string().nullable(),
  failedAttempts: z.number().int(),
  passwordChangedAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean(), resetPassword: z.boolean(), unlock: z.boolean() }),
});
export type AccountView = z.infer<typeof accountView>;
export const accountList = listOf(accountView);

/** Cadres an administrator may link an account to: those inside its own scope, found by name or pinyin. */
export const accountCadreOptionsQuery = z.object({ q: z.string().trim().max(50).optional() });
export type AccountCadreOptionsQuery = z.infer<typeof accountCadreOptionsQuery>;
export const accountCadreOptions = listOf(cadreBrief);
