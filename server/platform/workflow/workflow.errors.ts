import { defineErrors } from '../errors/app-error.ts';

export const workflowErrors = defineErrors({
  WORKFLOW_CLOSED: { status: 409, zh: '该事项已办结，不能再操作', en: 'This item is already closed' },
  WORKFLOW_ACTION_NOT_ALLOWED: {
    status: 409,
    zh: '当前状态「{state}」下不能「{action}」，请刷新后重试',
    en: 'Cannot "{action}" while the item is "{state}"; reload and try again',
  },
  WORKFLOW_NOT_ASSIGNEE: { status: 403, zh: '该事项不由您办理', en: 'This item is not yours to decide' },
  WORKFLOW_SELF_DECISION: { status: 403, zh: '不能审批本人提出的申请', en: 'You cannot decide on your own request' },
  WORKFLOW_REASON_REQUIRED: { status: 400, zh: '请填写理由', en: 'A reason is required' },
});
