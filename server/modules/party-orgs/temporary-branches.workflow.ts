import { defineWorkflow } from '../../platform/workflow/workflow.definition.ts';

/**
 * 临时党支部成立审批 [000]: the organization department of the place decides; a request sent back
 * for revision returns to whoever asked, who sends it again once the roll is right.
 */
export const temporaryBranchWorkflow = defineWorkflow({
  kind: 'temporary_branch',
  initial: 'submitted',
  submitLabel: { zh: '申请成立临时党支部', en: 'Request a temporary branch' },
  states: {
    submitted: { label: { zh: '待审批', en: 'Awaiting approval' } },
    returned: { label: { zh: '退回修改', en: 'Returned for revision' } },
    approved: { label: { zh: '已批准', en: 'Approved' }, final: true },
    refused: { label: { zh: '未批准', en: 'Refused' }, final: true },
  },
  transitions: {
    approve: { from: ['submitted'], to: 'approved', by: 'assignee', label: { zh: '批准成立', en: 'Approve' } },
    refuse: { from: ['submitted'], to: 'refused', by: 'assignee', label: { zh: '不予批准', en: 'Refuse' }, reasonRequired: true },
    return: {
      from: ['submitted'],
      to: 'returned',
      by: 'assignee',
      label: { zh: '退回修改', en: 'Return for revision' },
      reasonRequired: true,
      assignTo: 'applicant',
    },
    resubmit: { from: ['returned'], to: 'submitted', by: 'applicant', label: { zh: '重新提交', en: 'Resubmit' } },
  },
});

export const branchDecisionActions: readonly string[] = ['approve', 'refuse', 'return'];
