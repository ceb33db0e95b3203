import { defineErrors } from '../../platform/errors/app-error.ts';

export const disputeErrors = defineErrors({
  DISPUTE_CLOSED: { status: 409, zh: '该纠纷已{state}，不能再修改或调解，请刷新后查看', en: 'The dispute is {state}; it can no longer change' },
});
