import { defineErrors } from '../../platform/errors/app-error.ts';

export const noticeErrors = defineErrors({
  NOTICE_INVALID: { status: 400, zh: '通知信息有误，请按提示修改', en: 'The notice has invalid fields' },
  NOTICE_ISSUED: { status: 409, zh: '该通知已下发，不能再修改、删除或重复下发', en: 'This notice is already issued' },
  NOTICE_NO_TEAMS: { status: 409, zh: '该区域内没有在驻的工作队，无法下发', en: 'No active team in this region to receive the notice' },
});
