import { defineWorkflow } from '../../platform/workflow/workflow.definition.ts';

const county = ['county_org', 'city_org'] as const;

/**
 * 选派 (domain.md §2): the unit nominates, the county vets (入口关), trains and dispatches; a
 * rejection sends the slot back to the unit (不符重报), a recall reopens it for a replacement (重派).
 * The county's steps are open to any clerk of the place, not only the one the item waits for, so a
 * dispatched cadre (whom nobody's to-do list holds) can still be recalled or see his term end.
 */
export const selectionWorkflow = defineWorkflow({
  kind: 'selection',
  initial: 'nominated',
  submitLabel: { zh: '单位推荐', en: 'Nominated by the unit' },
  states: {
    nominated: { label: { zh: '待审核', en: 'Awaiting vetting' } },
    approved: { label: { zh: '审核通过', en: 'Approved' } },
    rejected: { label: { zh: '不符退回', en: 'Rejected' }, final: true },
    training: { label: { zh: '岗前培训', en: 'In training' } },
    dispatched: { label: { zh: '已派驻', en: 'Dispatched' } },
    recalled: { label: { zh: '已召回', en: 'Recalled' }, final: true },
    ended: { label: { zh: '任期届满', en: 'Term ended' }, final: true },
    withdrawn: { label: { zh: '单位撤回', en: 'Withdrawn' }, final: true },
  },
  transitions: {
    approve: { from: ['nominated'], to: 'approved', by: county, label: { zh: '审核通过', en: 'Approve' }, assignTo: 'county_org' },
    reject: { from: ['nominated', 'approved'], to: 'rejected', by: county, label: { zh: '不符退回', en: 'Reject' }, reasonRequired: true },
    withdraw: { from: ['nominated'], to: 'withdrawn', by: 'applicant', label: { zh: '撤回推荐', en: 'Withdraw' }, reasonRequired: true },
    start_training: { from: ['approved'], to: 'training', by: county, label: { zh: '参加岗前培训', en: 'Start training' }, assignTo: 'county_org' },
    dispatch: { from: ['approved', 'training'], to: 'dispatched', by: county, label: { zh: '派驻到村', en: 'Dispatch' } },
    recall: { from: ['dispatched'], to: 'recalled', by: county, label: { zh: '召回', en: 'Recall' }, reasonRequired: true },
    end_term: { from: ['dispatched'], to: 'ended', by: county, label: { zh: '任期届满', en: 'End term' } },
  },
});

export type SelectionState = keyof typeof selectionWorkflow.states;
export type SelectionAction = keyof typeof selectionWorkflow.transitions;
