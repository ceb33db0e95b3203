import { makeScope } from '../../platform/access/scope.ts';
import type { Principal } from '../../platform/access/permissions.ts';
import type { AuditActor } from '../../platform/audit/audit.ts';
import { defineWorkflow } from '../../platform/workflow/workflow.definition.ts';
import { inspectorRoles } from './inspections.policy.ts';

/**
 * 限期整改: the team answers, the inspectors of the region accept or send it back with a reason;
 * a deadline passed without acceptance ends it as overdue, which issues a notice of criticism.
 */
export const rectificationWorkflow = defineWorkflow({
  kind: 'rectification',
  initial: 'open',
  submitLabel: { zh: '下达整改通知', en: 'Order rectification' },
  states: {
    open: { label: { zh: '待整改', en: 'Awaiting rectification' } },
    answered: { label: { zh: '已反馈待验收', en: 'Answered, awaiting acceptance' } },
    accepted: { label: { zh: '已验收', en: 'Accepted' }, final: true },
    overdue: { label: { zh: '逾期未整改（通报批评）', en: 'Overdue (criticised)' }, final: true },
  },
  transitions: {
    answer: { from: ['open'], to: 'answered', by: 'assignee', label: { zh: '反馈整改情况', en: 'Report rectification' } },
    accept: { from: ['answered'], to: 'accepted', by: inspectorRoles, label: { zh: '验收通过', en: 'Accept' } },
    return: {
      from: ['answered'],
      to: 'open',
      by: inspectorRoles,
      label: { zh: '退回重新整改', en: 'Return for more work' },
      reasonRequired: true,
      assignTo: 'team_leader',
    },
    // Only the system principal that opened the order can take it: nobody marks a deadline passed by hand.
    expire: { from: ['open', 'answered'], to: 'overdue', by: 'applicant', label: { zh: '逾期未整改', en: 'Deadline passed' } },
  },
});

/** The actions a person takes from the detail page's panel; answering has its own form. */
export const panelActions = ['accept', 'return'] as const;

/**
 * The order is opened by the finding, not requested by the inspector, so the workflow's applicant
 * is this system principal: every inspector of the region may then decide (the engine never lets an
 * applicant decide), and only the sweep — acting as it — can expire an order.
 */
export const SYSTEM_ACCOUNT_ID = '00000000-0000-4000-8000-000000000001';

export function systemPrincipal(displayName = '督查整改（系统）'): Principal {
  return {
    accountId: SYSTEM_ACCOUNT_ID,
    username: 'system',
    displayName,
    roles: ['discipline'],
    permissions: new Set(),
    scope: makeScope(null, null),
    cadreId: null,
  };
}

export const systemActor: AuditActor = { accountId: null, username: 'system', requestId: 'rectification-sweep', ip: null };
