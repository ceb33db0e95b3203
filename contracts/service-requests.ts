import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { workflowView } from './workflow.ts';
import { serviceRequestKinds } from './project-codes.ts';

export { serviceRequestKinds, type ServiceRequestKind } from './project-codes.ts';

export const serviceRequestStates = ['submitted', 'accepted', 'in_progress', 'done', 'returned', 'withdrawn'] as const;
export type ServiceRequestState = (typeof serviceRequestStates)[number];
export const serviceRequestStateLabels: Record<ServiceRequestState, { zh: string; en: string }> = {
  submitted: { zh: '待受理', en: 'Submitted' },
  accepted: { zh: '已受理', en: 'Accepted' },
  in_progress: { zh: '办理中', en: 'In progress' },
  done: { zh: '已办结', en: 'Done' },
  returned: { zh: '已退回', en: 'Returned' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

/** Still waiting on someone: the ones a due date can run past. */
export const openServiceRequestStates: readonly ServiceRequestState[] = ['submitted', 'accepted', 'in_progress', 'returned'];

const kind = z.enum(serviceRequestKinds.codes, { message: '请选择代办事项类型' });

/** The fields a form checks one by one (zodRules). */
export const serviceRequestBody = z.object({
  kind,
  title: z.string().trim().min(2, { message: '标题至少 2 个字' }).max(100, { message: '标题不超过 100 字' }),
  detail: z.string().trim().min(2, { message: '请说明需要代办的内容' }).max(2000, { message: '说明不超过 2000 字' }),
  dueOn: isoDate.optional(),
  /** Only a leader whose scope is wider than one village names it. */
  divisionCode: divisionCodeSchema.optional(),
});
export type ServiceRequestBody = z.infer<typeof serviceRequestBody>;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const serviceRequestListQuery = pageQuery.extend({
  state: z.enum(serviceRequestStates).optional(),
  kind: kind.optional(),
  divisionCode: divisionCodeSchema.optional(),
  overdue: flag.optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(['createdAt', 'dueOn']).default('createdAt'),
  order: sortOrder.default('desc'),
});
export type ServiceRequestListQuery = z.infer<typeof serviceRequestListQuery>;
export const serviceRequestExportQuery = serviceRequestListQuery.omit({ page: true, pageSize: true });
export type ServiceRequestExportQuery = z.infer<typeof serviceRequestExportQuery>;

export const serviceRequestListItem = z.object({
  id: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  kind,
  title: z.string(),
  detail: z.string(),
  state: z.enum(serviceRequestStates),
  requesterName: z.string().nullable(),
  dueOn: z.string(),
  acceptedOn: z.string().nullable(),
  doneOn: z.string().nullable(),
  result: z.string().nullable(),
  /** Not finished and its due day has passed. */
  overdue: z.boolean(),
  createdAt: z.string(),
});
export type ServiceRequestListItem = z.infer<typeof serviceRequestListItem>;
export const serviceRequestList = listOf(serviceRequestListItem);
export type ServiceRequestList = z.infer<typeof serviceRequestList>;

export const serviceRequestView = serviceRequestListItem.extend({ workflow: workflowView.nullable() });
export type ServiceRequestView = z.infer<typeof serviceRequestView>;
