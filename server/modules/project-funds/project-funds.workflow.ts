import { defineWorkflow } from '../../platform/workflow/workflow.definition.ts';

/** 预算调整: the township reviews, the county's rural office approves; approval changes the budget. */
export const budgetAdjustmentWorkflow = defineWorkflow({
  kind: 'budget_adjustment',
  initial: 'township_review',
  submitLabel: { zh: '提交预算调整', en: 'Request a budget adjustment' },
  states: {
    township_review: { label: { zh: '乡镇审核', en: 'Township review' } },
    county_review: { label: { zh: '县农业农村局审批', en: 'County approval' } },
    approved: { label: { zh: '已批准', en: 'Approved' }, final: true },
    rejected: { label: { zh: '不予批准', en: 'Rejected' }, final: true },
    withdrawn: { label: { zh: '已撤回', en: 'Withdrawn' }, final: true },
  },
  transitions: {
    review: { from: ['township_review'], to: 'county_review', by: 'assignee', label: { zh: '审核通过', en: 'Pass review' }, assignTo: 'rural_office' },
    approve: { from: ['county_review'], to: 'approved', by: 'assignee', label: { zh: '批准', en: 'Approve' } },
    reject: { from: ['township_review', 'county_review'], to: 'rejected', by: 'assignee', label: { zh: '不予批准', en: 'Reject' }, reasonRequired: true },
    withdraw: { from: ['township_review', 'county_review'], to: 'withdrawn', by: 'applicant', label: { zh: '撤回', en: 'Withdraw' } },
  },
});
