import { defineErrors } from '../../platform/errors/app-error.ts';

export const diaryErrors = defineErrors({
  DIARY_DUPLICATE: { status: 409, zh: '{day} 已写过民情日记，请在原日记上修改', en: 'There is already an entry for {day}; edit that one' },
  DIARY_NOT_POSTED: { status: 409, zh: '您当前没有驻村岗位，无法写民情日记', en: 'You are not posted to a village' },
  DIARY_NO_CADRE: { status: 403, zh: '账号未关联驻村干部，不能写民情日记', en: 'This account is linked to no cadre' },
});
