import { defineWorkflow } from '../../platform/workflow/workflow.definition.ts';

/**
 * 项目立项与实施: the township reviews, the county approves (and the approval is announced at once),
 * the proposer's side carries the project out, the county accepts it (验收, announced again) and the
 * asset is handed over. Nobody decides his own proposal, so starting and completing are the
 * applicant's steps: the team or office that proposed the project is the one that builds it.
 */
export const projectWorkflow = defineWorkflow({
  kind: 'project',
  initial: 'proposed',
  submitLabel: { zh: '申报项目', en: 'Propose' },
  states: {
    proposed: { label: { zh: '待乡镇审核', en: 'Proposed' } },
    returned: { label: { zh: '退回修改', en: 'Returned for revision' } },
    reviewed: { label: { zh: '待县级审批', en: 'Reviewed' } },
    approved: { label: { zh: '已批准（公示）', en: 'Approved' } },
    in_progress: { label: { zh: '实施中', en: 'In progress' } },
    completed: { label: { zh: '已完工', en: 'Completed' } },
    accepted: { label: { zh: '已验收', en: 'Accepted' } },
    handed_over: { label: { zh: '已移交', en: 'Handed over' }, final: true },
    rejected: { label: { zh: '不予立项', en: 'Rejected' }, final: true },
    withdrawn: { label: { zh: '已撤回', en: 'Withdrawn' }, final: true },
  },
  transitions: {
    review: { from: ['proposed'], to: 'reviewed', by: 'assignee', label: { zh: '乡镇审核通过', en: 'Review' }, assignTo: 'rural_office' },
    approve: { from: ['reviewed'], to: 'approved', by: 'assignee', label: { zh: '批准立项', en: 'Approve' }, assignTo: 'applicant' },
    return: { from: ['proposed', 'reviewed'], to: 'returned', by: 'assignee', label: { zh: '退回修改', en: 'Return for revision' }, reasonRequired: true, assignTo: 'applicant' },
    reject: { from: ['proposed', 'reviewed'], to: 'rejected', by: 'assignee', label: { zh: '不予立项', en: 'Reject' }, reasonRequired: true },
    resubmit: { from: ['returned'], to: 'proposed', by: 'applicant', label: { zh: '重新提交', en: 'Resubmit' }, assignTo: 'township_party' },
    withdraw: { from: ['proposed', 'returned'], to: 'withdrawn', by: 'applicant', label: { zh: '撤回', en: 'Withdraw' } },
    start: { from: ['approved'], to: 'in_progress', by: 'applicant', label: { zh: '开工', en: 'Start' } },
    complete: { from: ['in_progress'], to: 'completed', by: 'applicant', label: { zh: '完工', en: 'Complete' }, assignTo: 'rural_office' },
    accept: { from: ['completed'], to: 'accepted', by: ['rural_office'], label: { zh: '验收', en: 'Accept' } },
    hand_over: { from: ['accepted'], to: 'handed_over', by: ['rural_office', 'township_party'], label: { zh: '资产移交', en: 'Hand over' } },
  },
});
