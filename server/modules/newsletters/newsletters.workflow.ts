import { defineWorkflow } from '../../platform/workflow/workflow.definition.ts';

/**
 * 简报刊物 [000]: the author submits, the organization department of the county (or city) publishes
 * or returns it with a reason; a returned newsletter is corrected and submitted again.
 */
export const newsletterWorkflow = defineWorkflow({
  kind: 'newsletter',
  initial: 'in_review',
  submitLabel: { zh: '提交审核', en: 'Submit for review' },
  states: {
    in_review: { label: { zh: '待审核', en: 'In review' } },
    returned: { label: { zh: '已退回', en: 'Returned' } },
    published: { label: { zh: '已发布', en: 'Published' }, final: true },
  },
  transitions: {
    publish: { from: ['in_review'], to: 'published', by: ['county_org', 'city_org'], label: { zh: '审核发布', en: 'Publish' } },
    return: {
      from: ['in_review'],
      to: 'returned',
      by: ['county_org', 'city_org'],
      label: { zh: '退回修改', en: 'Return for revision' },
      reasonRequired: true,
      assignTo: 'applicant',
    },
    resubmit: { from: ['returned'], to: 'in_review', by: 'applicant', label: { zh: '重新提交', en: 'Resubmit' } },
  },
});
