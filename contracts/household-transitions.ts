import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { workflowView } from './workflow.ts';
import { discoveryChannels, monitoringTypes, transitionKinds } from './household-codes.ts';

/** Every state any of the four workflows can be in, with its label for lists and filters. */
export const transitionStates = {
  appraisal: { zh: '待民主评议', en: 'Awaiting democratic appraisal' },
  first_notice: { zh: '村级公示/乡镇审核', en: 'Village notice / township review' },
  second_notice: { zh: '乡镇公示/县级审批', en: 'Second notice / county approval' },
  verifying: { zh: '待核实', en: 'Awaiting verification' },
  township_review: { zh: '待乡镇审核', en: 'Awaiting township review' },
  deciding: { zh: '待县级审定', en: 'Awaiting county decision' },
  returned: { zh: '退回修改', en: 'Returned for revision' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '不予批准', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
} as const;
export type TransitionState = keyof typeof transitionStates;
export const transitionStateCodes = Object.keys(transitionStates) as [TransitionState, ...TransitionState[]];
export const finalTransitionStates: readonly TransitionState[] = ['approved', 'rejected', 'withdrawn'];

const reason = z.string().trim().min(2, { message: '申请理由至少 2 个字' }).max(1000, { message: '申请理由不超过 1000 字' });

/**
 * The date on the household's written application when it is entered later (at most 30 days
 * back); the appraisal and the notices may not be dated before it. Today when omitted.
 */
const appliedOn = isoDate.optional();

export const identificationRequest = z.object({ kind: z.literal('identification'), reason, appliedOn });
export const exitRequest = z.object({ kind: z.literal('exit'), reason, appliedOn });
export const monitoringRequest = z.object({
  kind: z.literal('monitoring'),
  reason,
  monitoringType: z.enum(monitoringTypes.codes, { message: '请选择监测类型' }),
  discoveryChannel: z.enum(discoveryChannels.codes, { message: '请选择发现途径' }),
  discoveredOn: isoDate,
});
export const riskRemovalRequest = z.object({
  kind: z.literal('risk_removal'),
  reason,
  /** For a household without labour: the lasting support (兜底保障) that removes its risk. */
  supportNote: z.string().trim().max(500, { message: '兜底保障说明不超过 500 字' }).optional(),
});

export const transitionRequestBody = z.discriminatedUnion('kind', [identificationRequest, exitRequest, monitoringRequest, riskRemovalRequest]);
export type TransitionRequestBody = z.infer<typeof transitionRequestBody>;

/** 民主评议: the meeting, who came and how many voted in favour. */
export const appraisalInput = z
  .object({
    meetingOn: isoDate,
    attendees: z.number().int().min(1, { message: '参会人数至少 1 人' }).max(10000, { message: '参会人数不超过 10000' }),
    inFavour: z.number().int().min(0, { message: '赞成票不能为负数' }).max(10000, { message: '赞成票不超过 10000' }),
  })
  .superRefine((value, ctx) => {
    if (value.inFavour > value.attendees) ctx.addIssue({ code: 'custom', path: ['inFavour'], message: '赞成票不能多于参会人数' });
  });
export type AppraisalInput = z.infer<typeof appraisalInput>;

export const transitionActionBody = z.object({
  action: z.string().min(1),
  comment: z.string().trim().max(1000, { message: '意见不超过 1000 字' }).optional(),
  appraisal: appraisalInput.optional(),
  /** The day the notice this step starts was (or will be) posted; today when omitted. */
  noticeStart: isoDate.optional(),
  /** What the verification found (核实情况), required for `verify`. */
  findings: z.string().trim().max(2000, { message: '核实情况不超过 2000 字' }).optional(),
});
export type TransitionActionBody = z.infer<typeof transitionActionBody>;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const transitionListQuery = pageQuery.extend({
  kind: z.enum(transitionKinds.codes).optional(),
  state: z.enum(transitionStateCodes).optional(),
  /** Monitoring clocks past their due day (verification or decision not done in time). */
  overdue: flag.optional(),
  divisionCode: divisionCodeSchema.optional(),
  householdId: z.uuid({ message: '编号格式不正确' }).optional(),
  sort: z.enum(['createdAt', 'updatedAt']).default('createdAt'),
  order: sortOrder.default('desc'),
});
export type TransitionListQuery = z.infer<typeof transitionListQuery>;
export const transitionExportQuery = transitionListQuery.omit({ page: true, pageSize: true });
export type TransitionExportQuery = z.infer<typeof transitionExportQuery>;

const notice = z.object({
  start: z.string(),
  /** The last day of the notice, inclusive; the next step may be taken from the day after. */
  end: z.string(),
  running: z.boolean(),
});

export const transitionListItem = z.object({
  id: z.string(),
  householdId: z.string(),
  householderName: z.string().nullable(),
  householdCode: z.string().nullable(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  kind: z.enum(transitionKinds.codes),
  state: z.enum(transitionStateCodes),
  reason: z.string(),
  appraisal: z.object({ meetingOn: z.string(), attendees: z.number().int(), inFavour: z.number().int() }).nullable(),
  firstNotice: notice.nullable(),
  secondNotice: notice.nullable(),
  /** The first day the waiting step may be taken, while a notice still runs. */
  nextStepFrom: z.string().nullable(),
  announcedOn: z.string().nullable(),
  monitoringType: z.enum(monitoringTypes.codes).nullable(),
  discoveryChannel: z.enum(discoveryChannels.codes).nullable(),
  discoveredOn: z.string().nullable(),
  verifyDueOn: z.string().nullable(),
  decideDueOn: z.string().nullable(),
  verifiedOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  verifyOverdue: z.boolean(),
  decideOverdue: z.boolean(),
  findings: z.string().nullable(),
  supportNote: z.string().nullable(),
  createdAt: z.string(),
});
export type TransitionListItem = z.infer<typeof transitionListItem>;
export const transitionList = listOf(transitionListItem);
export type TransitionList = z.infer<typeof transitionList>;

export const transitionView = transitionListItem.extend({
  workflow: workflowView.nullable(),
  noticeDays: z.number().int(),
});
export type TransitionView = z.infer<typeof transitionView>;

/** What the household tab shows: the history, and which requests the caller may start now. */
export const householdTransitionsView = z.object({
  items: z.array(transitionView),
  canRequest: z.boolean(),
  /** The requests the caller may start now, by the household's status and what is already open. */
  requestable: z.array(z.enum(transitionKinds.codes)),
  /** The earliest day a risk removal may be asked for, when the household is monitored. */
  riskRemovalFrom: z.string().nullable(),
  hasLabour: z.boolean(),
  today: z.string(),
});
export type HouseholdTransitionsView = z.infer<typeof householdTransitionsView>;
