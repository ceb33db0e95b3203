import { defineErrors } from '../../platform/errors/app-error.ts';

export const pairingErrors = defineErrors({
  PAIRING_INVALID: { status: 400, zh: '结对信息有误，请按提示修改', en: 'The pairing has invalid fields' },
  PAIRING_EXISTS: { status: 409, zh: '这两个党支部已在结对共建中，请勿重复结对', en: 'These two branches are already paired' },
  PAIRING_ENDED: { status: 409, zh: '该结对已于 {endedOn} 结束', en: 'This pairing ended on {endedOn}' },
  RED_FLAG_STEP_DONE: { status: 409, zh: '「{step}」环节已登记过', en: 'The step “{step}” is already recorded' },
  RED_FLAG_OUT_OF_ORDER: { status: 409, zh: '请按顺序登记，下一环节是「{expected}」', en: 'Record the steps in order; next is “{expected}”' },
  RED_FLAG_COMPLETE: { status: 409, zh: '红旗党支部创建已完成全部环节', en: 'All red-flag steps are recorded' },
});
