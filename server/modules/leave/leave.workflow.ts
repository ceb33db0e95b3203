import { defineWorkflow } from '../../platform/workflow/workflow.definition.ts';

/**
 * 请假审批: the level the tier table chose decides; a return sends the request back to whoever made it,
 * who revises it (PUT) and submits it again. Reporting back (销假) happens after approval, outside it.
 */
export const leaveWorkflow = defineWorkflow({
  kind: 'leave',
  initial: 'pending',
  submitLabel: { zh: '提交请假申请', en: 'Request leave' },
  states: {
    pending: { label: { zh: '待审批', en: 'Pending' } },
    returned: { label: { zh: '退回修改', en: 'Returned for revision' } },
    approved: { label: { zh: '已批准', en: 'Approved' }, final: true },
    rejected: { label: { zh: '不予批准', en: 'Rejected' }, final: true },
    withdrawn: { label: { zh: '已撤回', en: 'Withdrawn' }, final: true },
  },
  transitions: {
    approve: { from: ['pending'], to: 'approved', by: 'assignee', label: { zh: '批准', en: 'Approve' } },
    reject: { from: ['pending'], to: 'rejected', by: 'assignee', label: { zh: '不予批准', en: 'Reject' }, reasonRequired: true },
    return: {
      from: ['pending'],
      to: 'returned',
      by: 'assignee',
      label: { zh: '退回修改', en: 'Return for revision' },
      reasonRequired: true,
      assignTo: 'applicant',
    },
    resubmit: { from: ['returned'], to: 'pending', by: 'applicant', label: { zh: '重新提交', en: 'Resubmit' } },
    withdraw: { from: ['pending', 'returned'], to: 'withdrawn', by: 'applicant', label: { zh: '撤回', en: 'Withdraw' } },
  },
});

export type LeaveAction = keyof typeof leaveWorkflow.transitions;
export const decisionActions: readonly string[] = ['approve', 'reject', 'return'];
