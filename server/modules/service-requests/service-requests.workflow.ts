import { defineWorkflow } from '../../platform/workflow/workflow.definition.ts';

/**
 * 代办服务: the county's service station accepts, works on and completes a village's request, or
 * returns it with a reason to the leader who asked, who sends it again or withdraws it.
 */
export const serviceRequestWorkflow = defineWorkflow({
  kind: 'service_request',
  initial: 'submitted',
  submitLabel: { zh: '提交代办申请', en: 'Submit request' },
  states: {
    submitted: { label: { zh: '待受理', en: 'Submitted' } },
    accepted: { label: { zh: '已受理', en: 'Accepted' } },
    in_progress: { label: { zh: '办理中', en: 'In progress' } },
    done: { label: { zh: '已办结', en: 'Done' }, final: true },
    returned: { label: { zh: '已退回', en: 'Returned' } },
    withdrawn: { label: { zh: '已撤回', en: 'Withdrawn' }, final: true },
  },
  transitions: {
    accept: { from: ['submitted'], to: 'accepted', by: 'assignee', label: { zh: '受理', en: 'Accept' } },
    start: { from: ['accepted'], to: 'in_progress', by: 'assignee', label: { zh: '开始办理', en: 'Start' } },
    // The comment box carries the result the village reads.
    complete: { from: ['in_progress'], to: 'done', by: 'assignee', label: { zh: '办结', en: 'Complete' }, reasonRequired: true },
    return: {
      from: ['submitted', 'accepted', 'in_progress'],
      to: 'returned',
      by: 'assignee',
      label: { zh: '退回', en: 'Return' },
      reasonRequired: true,
      assignTo: 'applicant',
    },
    resubmit: { from: ['returned'], to: 'submitted', by: 'applicant', label: { zh: '重新提交', en: 'Resubmit' }, assignTo: 'service_station' },
    withdraw: { from: ['submitted', 'returned'], to: 'withdrawn', by: 'applicant', label: { zh: '撤回', en: 'Withdraw' } },
  },
});

export type ServiceRequestAction = keyof typeof serviceRequestWorkflow.transitions;
/** The station's steps; the requester's are resubmit and withdraw. */
export const stationActions: readonly string[] = ['accept', 'start', 'complete', 'return'];
