import { defineErrors } from '../../platform/errors/app-error.ts';

export const letterErrors = defineErrors({
  LETTER_TASK_STATE: { status: 409, zh: '该任务当前状态为「{state}」，不能执行此操作', en: 'The task is {state}; this step does not apply' },
  LETTER_CONFIRMED: { status: 409, zh: '已有任务确认完成，责任状不能再修改', en: 'A task is confirmed; the letter can no longer change' },
  LETTER_NOT_OPEN: { status: 409, zh: '已有任务报完成或已确认，责任状不能删除', en: 'Some tasks are reported or confirmed; the letter cannot be deleted' },
  LETTER_REPORTED_KEPT: {
    status: 409,
    zh: '已有任务报完成，不能删除该任务或更换单位、村',
    en: 'A task has been reported done; it cannot be removed, nor the unit or village changed',
  },
});
