import { defineErrors } from '../../platform/errors/app-error.ts';

export const accountErrors = defineErrors({
  ACCOUNT_INVALID: { status: 400, zh: '账号信息有误，请按提示修改', en: 'The account has invalid fields' },
  ACCOUNT_PASSWORD_POLICY: { status: 400, zh: '密码不符合密码策略', en: 'The password does not meet the policy' },
  ACCOUNT_USERNAME_TAKEN: { status: 409, zh: '用户名已被使用', en: 'That user name is taken' },
  ACCOUNT_CADRE_TAKEN: { status: 409, zh: '该干部已关联其他账号', en: 'That cadre already has an account' },
  ACCOUNT_SELF: { status: 403, zh: '不能在账号管理中修改自己的账号', en: 'You cannot change your own account here' },
  ACCOUNT_ADMIN_ROLE_GRANT: {
    status: 403,
    zh: '三员分立：系统管理员、安全管理员、安全审计员角色只能在新建账号时授予',
    en: 'Separation of duties: administrator roles are given only when an account is created',
  },
});
