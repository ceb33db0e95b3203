import { defineErrors } from '../../platform/errors/app-error.ts';

export const ratingErrors = defineErrors({
  RATING_LINK_NOT_FOUND: { status: 404, zh: '评议页面不存在或已停用，请向村里索取新的二维码', en: 'This rating page does not exist or was closed' },
  RATING_LINK_REQUIRED: { status: 409, zh: '请先开启该工作队的评议链接，再打印评议码', en: 'Open the team’s rating page before printing codes' },
  RATING_CODE_USED: { status: 409, zh: '该评议码已使用，每户只能评议一次', en: 'This code has already been used; one voice per household' },
  RATING_CODE_UNKNOWN: { status: 400, zh: '评议码不正确，请核对纸条上的评议码', en: 'The code is not valid; check the slip' },
  RATING_NO_HOUSEHOLDS: { status: 400, zh: '该工作队所驻村尚无农户登记，请填写打印张数', en: 'No households are registered in the team’s villages; give a count' },
});
