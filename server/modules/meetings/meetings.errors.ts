import { defineErrors } from '../../platform/errors/app-error.ts';

export const meetingErrors = defineErrors({
  MEETING_INVALID: { status: 400, zh: '会议记录有误，请按提示修改', en: 'The meeting record has invalid fields' },
  MEETING_SET_UP_GROUPS: { status: 409, zh: '该会议成立了联络小组，请先在联络小组中取消与本会议的关联', en: 'A liaison group was set up at this meeting; unlink it first' },
});
