import { defineErrors } from '../../platform/errors/app-error.ts';

export const ledgerErrors = defineErrors({
  COMMITMENT_INVALID: { status: 400, zh: '承诺事项有误，请按提示修改', en: 'The commitment has invalid fields' },
  COMMITMENT_SETTLED: { status: 409, zh: '该承诺事项已认定为「{state}」，不能再修改或删除', en: 'This commitment is already settled ({state})' },
});
