import { defineErrors } from '../errors/app-error.ts';

export const authErrors = defineErrors({
  AUTH_INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong user name or password' },
  AUTH_LOCKED: { status: 423, zh: '账号因多次登录失败已锁定，请 {minutes} 分钟后再试', en: 'Account locked after failed attempts; try again in {minutes} minutes' },
  AUTH_DISABLED: { status: 403, zh: '账号已停用', en: 'Account disabled' },
  AUTH_SESSION_EXPIRED: { status: 401, zh: '长时间未操作，请重新登录', en: 'Session expired; sign in again' },
  AUTH_PASSWORD_CHANGE_REQUIRED: { status: 403, zh: '请先修改初始密码或已过期的密码', en: 'Change your initial or expired password first' },
  AUTH_PASSWORD_POLICY: { status: 400, zh: '新密码不符合密码策略', en: 'The new password does not meet the policy' },
  AUTH_WRONG_CURRENT_PASSWORD: { status: 400, zh: '当前密码不正确', en: 'The current password is wrong' },
});
