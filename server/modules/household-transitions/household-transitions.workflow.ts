import { defineWorkflow, type Label, type WorkflowDefinition } from '../../platform/workflow/workflow.definition.ts';
import type { TransitionKind } from '../../../contracts/household-codes.ts';

const returnStep = { to: 'returned', by: 'assignee', label: { zh: '退回修改', en: 'Return for revision' }, reasonRequired: true, assignTo: 'applicant' } as const;
const rejectLabel: Label = { zh: '不予批准', en: 'Reject' };

/**
 * 精准识别 and 脱贫退出 take the same road (domain.md §4): the village's democratic appraisal,
 * a village notice, township review, a second notice, county approval and announcement.
 *
 * The village steps have an `_own` twin taken by the applicant: a first secretary who files the
 * application also records the meeting's outcome, which the engine would otherwise refuse as
 * deciding his own request. The service lets only a team leader take it.
 */
function noticeWorkflow(kind: string, submitLabel: Label) {
  const appraise = { from: ['appraisal'], to: 'first_notice', label: { zh: '民主评议', en: 'Democratic appraisal' }, assignTo: 'township_party' } as const;
  return defineWorkflow({
    kind,
    initial: 'appraisal',
    submitLabel,
    states: {
      appraisal: { label: { zh: '待民主评议', en: 'Awaiting democratic appraisal' } },
      first_notice: { label: { zh: '村级公示/乡镇审核', en: 'Village notice / township review' } },
      second_notice: { label: { zh: '乡镇公示/县级审批', en: 'Second notice / county approval' } },
      returned: { label: { zh: '退回修改', en: 'Returned for revision' } },
      approved: { label: { zh: '已批准并公告', en: 'Approved and announced' }, final: true },
      rejected: { label: { zh: '不予批准', en: 'Rejected' }, final: true },
      withdrawn: { label: { zh: '已撤回', en: 'Withdrawn' }, final: true },
    },
    transitions: {
      appraise: { ...appraise, by: 'assignee' },
      appraise_own: { ...appraise, by: 'applicant' },
      review: { from: ['first_notice'], to: 'second_notice', by: 'assignee', label: { zh: '乡镇审核', en: 'Township review' }, assignTo: 'rural_office' },
      approve: { from: ['second_notice'], to: 'approved', by: 'assignee', label: { zh: '县级审批并公告', en: 'Approve and announce' } },
      reject: { from: ['first_notice', 'second_notice'], to: 'rejected', by: 'assignee', label: rejectLabel, reasonRequired: true },
      return: { ...returnStep, from: ['appraisal', 'first_notice', 'second_notice'] },
      resubmit: { from: ['returned'], to: 'appraisal', by: 'applicant', label: { zh: '重新提交', en: 'Resubmit' }, assignTo: 'team_leader' },
      withdraw: { from: ['appraisal', 'returned'], to: 'withdrawn', by: 'applicant', label: { zh: '撤回', en: 'Withdraw' } },
    },
  });
}

export const identificationWorkflow = noticeWorkflow('household_identification', { zh: '提出识别申请', en: 'Apply for identification' });
export const exitWorkflow = noticeWorkflow('household_exit', { zh: '提出退出申请', en: 'Apply for exit' });

const verify = { from: ['verifying'], label: { zh: '入户核实', en: 'Verify' } } as const;

/** 纳入监测: the team verifies within the working-day clock, the county decides within its own. */
export const monitoringWorkflow = defineWorkflow({
  kind: 'household_monitoring',
  initial: 'verifying',
  submitLabel: { zh: '提出纳入监测申请', en: 'Propose monitoring' },
  states: {
    verifying: { label: { zh: '待核实', en: 'Awaiting verification' } },
    deciding: { label: { zh: '待县级审定', en: 'Awaiting county decision' } },
    returned: { label: { zh: '退回修改', en: 'Returned for revision' } },
    approved: { label: { zh: '已纳入监测', en: 'Monitoring started' }, final: true },
    rejected: { label: { zh: '不予纳入', en: 'Rejected' }, final: true },
    withdrawn: { label: { zh: '已撤回', en: 'Withdrawn' }, final: true },
  },
  transitions: {
    verify: { ...verify, to: 'deciding', by: 'assignee', assignTo: 'rural_office' },
    verify_own: { ...verify, to: 'deciding', by: 'applicant', assignTo: 'rural_office' },
    approve: { from: ['deciding'], to: 'approved', by: 'assignee', label: { zh: '审定纳入', en: 'Approve' } },
    reject: { from: ['deciding'], to: 'rejected', by: 'assignee', label: { zh: '不予纳入', en: 'Reject' }, reasonRequired: true },
    return: { ...returnStep, from: ['verifying', 'deciding'] },
    resubmit: { from: ['returned'], to: 'verifying', by: 'applicant', label: { zh: '重新提交', en: 'Resubmit' }, assignTo: 'team_leader' },
    withdraw: { from: ['verifying', 'returned'], to: 'withdrawn', by: 'applicant', label: { zh: '撤回', en: 'Withdraw' } },
  },
});

/** 风险消除: never automatic; verified in the village, reviewed by the township, decided by the county. */
export const riskRemovalWorkflow = defineWorkflow({
  kind: 'household_risk_removal',
  initial: 'verifying',
  submitLabel: { zh: '提出风险消除申请', en: 'Propose risk removal' },
  states: {
    verifying: { label: { zh: '待核实', en: 'Awaiting verification' } },
    township_review: { label: { zh: '待乡镇审核', en: 'Awaiting township review' } },
    deciding: { label: { zh: '待县级审定', en: 'Awaiting county decision' } },
    returned: { label: { zh: '退回修改', en: 'Returned for revision' } },
    approved: { label: { zh: '风险已消除', en: 'Risk removed' }, final: true },
    rejected: { label: { zh: '不予消除', en: 'Rejected' }, final: true },
    withdrawn: { label: { zh: '已撤回', en: 'Withdrawn' }, final: true },
  },
  transitions: {
    verify: { ...verify, to: 'township_review', by: 'assignee', assignTo: 'township_party' },
    verify_own: { ...verify, to: 'township_review', by: 'applicant', assignTo: 'township_party' },
    review: { from: ['township_review'], to: 'deciding', by: 'assignee', label: { zh: '乡镇审核', en: 'Township review' }, assignTo: 'rural_office' },
    approve: { from: ['deciding'], to: 'approved', by: 'assignee', label: { zh: '审定消除', en: 'Approve' } },
    reject: { from: ['township_review', 'deciding'], to: 'rejected', by: 'assignee', label: rejectLabel, reasonRequired: true },
    return: { ...returnStep, from: ['verifying', 'township_review', 'deciding'] },
    resubmit: { from: ['returned'], to: 'verifying', by: 'applicant', label: { zh: '重新提交', en: 'Resubmit' }, assignTo: 'team_leader' },
    withdraw: { from: ['verifying', 'returned'], to: 'withdrawn', by: 'applicant', label: { zh: '撤回', en: 'Withdraw' } },
  },
});

export const workflowOfKind: Record<TransitionKind, WorkflowDefinition> = {
  identification: identificationWorkflow,
  exit: exitWorkflow,
  monitoring: monitoringWorkflow,
  risk_removal: riskRemovalWorkflow,
};

/** The village steps a first secretary records; their `_own` twin is for when he made the request. */
export const villageSteps: readonly string[] = ['appraise', 'verify'];

/** Steps that decide (not the applicant's own resubmit or withdraw), which need `transitions.act`. */
export const deciderActions: readonly string[] = ['appraise', 'verify', 'review', 'approve', 'reject', 'return'];

/** The actions a caller names in the API; the `_own` twins are chosen by the service. */
export const publicActions: readonly string[] = [...deciderActions, 'resubmit', 'withdraw'];
