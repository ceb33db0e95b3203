import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { cadreBrief, specialities } from './cadres.ts';
import { teamRoles } from './teams.ts';
import { workflowView } from './workflow.ts';

type Label = { zh: string; en: string };

export const slotStatuses = ['open', 'nominated', 'filled', 'closed'] as const;
export type SlotStatusCode = (typeof slotStatuses)[number];
export const slotStatusLabels: Record<SlotStatusCode, Label> = {
  open: { zh: '待推荐', en: 'Open' },
  nominated: { zh: '已推荐', en: 'Nominated' },
  filled: { zh: '已派驻', en: 'Filled' },
  closed: { zh: '已关闭', en: 'Closed' },
};

export const nominationStates = ['nominated', 'approved', 'rejected', 'training', 'dispatched', 'in_post', 'recalled', 'ended', 'withdrawn'] as const;
export type NominationStateCode = (typeof nominationStates)[number];
export const nominationStateLabels: Record<NominationStateCode, Label> = {
  nominated: { zh: '待审核', en: 'Awaiting vetting' },
  approved: { zh: '审核通过', en: 'Approved' },
  rejected: { zh: '不符退回', en: 'Rejected' },
  training: { zh: '岗前培训', en: 'In training' },
  dispatched: { zh: '已派驻', en: 'Dispatched' },
  in_post: { zh: '在岗', en: 'In post' },
  recalled: { zh: '已召回', en: 'Recalled' },
  ended: { zh: '任期届满', en: 'Term ended' },
  withdrawn: { zh: '单位撤回', en: 'Withdrawn' },
};
/** A nomination still holding its slot: the unit cannot nominate another for it meanwhile. */
export const activeNominationStates: readonly NominationStateCode[] = ['nominated', 'approved', 'training', 'dispatched', 'in_post'];

const uuid = (message: string) => z.uuid({ message });
const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, { message: `${label}不超过 ${max} 字` }).nullish().transform((v) => (v ? v : null));

export const slotCreateBody = z.object({
  villageCode: divisionCodeSchema,
  unitId: uuid('请选择派出单位'),
  // The team the dispatched cadre joins; without one the county places him by hand.
  teamId: uuid('请选择工作队').nullish(),
  role: z.enum(teamRoles, { message: '请选择队内职务' }),
  needs: optionalText(1000, '需求说明'),
  nominateBy: isoDate.nullish(),
  termStart: isoDate.nullish(),
  termEnd: isoDate.nullish(),
});
export type SlotCreateBody = z.infer<typeof slotCreateBody>;

export const slotListQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  unitId: uuid('编号格式不正确').optional(),
  status: z.enum(slotStatuses).optional(),
  sort: z.enum(['createdAt', 'nominateBy']).default('createdAt'),
  order: sortOrder,
});
export type SlotListQuery = z.infer<typeof slotListQuery>;
export const slotExportQuery = slotListQuery.omit({ page: true, pageSize: true });
export type SlotExportQuery = z.infer<typeof slotExportQuery>;

export const slotListItem = z.object({
  id: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  villagePath: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  role: z.enum(teamRoles),
  needs: z.string().nullable(),
  status: z.enum(slotStatuses),
  nominateBy: z.string().nullable(),
  termStart: z.string().nullable(),
  termEnd: z.string().nullable(),
  createdAt: z.string(),
});
export type SlotListItem = z.infer<typeof slotListItem>;
export const slotList = listOf(slotListItem);

export const nominationListItem = z.object({
  id: z.string(),
  slotId: z.string(),
  cadreId: z.string(),
  cadreName: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  role: z.enum(teamRoles),
  state: z.enum(nominationStates),
  effectiveDate: z.string().nullable(),
  endDate: z.string().nullable(),
  // Why it was rejected, withdrawn or recalled: the unit reads it before nominating again.
  reason: z.string().nullable(),
  replacesId: z.string().nullable(),
  createdAt: z.string(),
});
export type NominationListItem = z.infer<typeof nominationListItem>;
export const nominationList = listOf(nominationListItem);

export const slotView = slotListItem.extend({
  nominations: z.array(nominationListItem),
  abilities: z.object({ nominate: z.boolean(), manage: z.boolean() }),
});
export type SlotView = z.infer<typeof slotView>;

export const nominationCreateBody = z.object({
  cadreId: uuid('请选择干部'),
  comment: optionalText(1000, '推荐理由'),
});
export type NominationCreateBody = z.infer<typeof nominationCreateBody>;

export const nominationListQuery = pageQuery.extend({
  slotId: uuid('编号格式不正确').optional(),
  divisionCode: divisionCodeSchema.optional(),
  unitId: uuid('编号格式不正确').optional(),
  cadreId: uuid('编号格式不正确').optional(),
  state: z.enum(nominationStates).optional(),
  sort: z.enum(['createdAt', 'effectiveDate']).default('createdAt'),
  order: sortOrder,
});
export type NominationListQuery = z.infer<typeof nominationListQuery>;
export const nominationExportQuery = nominationListQuery.omit({ page: true, pageSize: true });
export type NominationExportQuery = z.infer<typeof nominationExportQuery>;

// 入口关: the four things the county checks before it accepts a candidate.
export const vettingAspects = ['politics', 'workStyle', 'ability', 'health'] as const;
export type VettingAspect = (typeof vettingAspects)[number];
export const vettingLabels: Record<VettingAspect, Label> = {
  politics: { zh: '政治素质', en: 'Political quality' },
  workStyle: { zh: '工作作风', en: 'Work style' },
  ability: { zh: '能力水平', en: 'Ability' },
  health: { zh: '身体状况', en: 'Health' },
};
export const vetting = z.object({
  politics: optionalText(500, '政治素质意见'),
  workStyle: optionalText(500, '工作作风意见'),
  ability: optionalText(500, '能力水平意见'),
  health: optionalText(500, '身体状况意见'),
});
export type Vetting = z.infer<typeof vetting>;
// What a view carries back: the same four remarks, without the input's trimming.
export const vettingView = z.object({
  politics: z.string().nullable(),
  workStyle: z.string().nullable(),
  ability: z.string().nullable(),
  health: z.string().nullable(),
});

export const nominationActions = ['approve', 'reject', 'withdraw', 'start_training', 'dispatch', 'recall', 'end_term'] as const;
export type NominationAction = (typeof nominationActions)[number];

export const nominationActionBody = z.object({
  action: z.enum(nominationActions, { message: '不支持的操作' }),
  comment: z.string().trim().max(1000, { message: '意见不超过 1000 字' }).optional(),
  // Dispatch: the day he takes up the post; recall and term end: the day he leaves (today if omitted).
  effectiveDate: isoDate.optional(),
  vetting: vetting.optional(),
});
export type NominationActionBody = z.infer<typeof nominationActionBody>;

export const replaceBody = z.object({
  cadreId: uuid('请选择干部'),
  comment: optionalText(1000, '重派说明'),
});
export type ReplaceBody = z.infer<typeof replaceBody>;

export const nominationView = nominationListItem.extend({
  cadre: cadreBrief.nullable(),
  cadreSpecialities: z.array(z.enum(specialities)),
  vetting: vettingView.nullable(),
  needs: z.string().nullable(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  replacedById: z.string().nullable(),
  workflow: workflowView.nullable(),
  abilities: z.object({ replace: z.boolean() }),
});
export type NominationView = z.infer<typeof nominationView>;

export const timelineEntry = z.object({
  nominationId: z.string(),
  slotId: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  unitName: z.string().nullable(),
  role: z.enum(teamRoles),
  action: z.string(),
  actionLabel: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  comment: z.string().nullable(),
  at: z.string(),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;
export const cadreTimeline = z.object({ cadreId: z.string(), items: z.array(timelineEntry) });
export type CadreTimeline = z.infer<typeof cadreTimeline>;

export const cadreIdParam = z.object({ cadreId: uuid('编号格式不正确') });
export const villageCodeParam = z.object({ code: divisionCodeSchema });

export const matchQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });

export const cadreMatch = z.object({
  cadreId: z.string(),
  name: z.string(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  specialities: z.array(z.enum(specialities)),
  score: z.number(),
  reasons: z.array(z.string()),
});
export type CadreMatch = z.infer<typeof cadreMatch>;
export const cadreMatchList = z.object({ villageCode: z.string(), villageName: z.string().nullable(), items: z.array(cadreMatch) });
export type CadreMatchList = z.infer<typeof cadreMatchList>;

export const villageMatch = z.object({
  code: z.string(),
  name: z.string().nullable(),
  path: z.string().nullable(),
  score: z.number(),
  reasons: z.array(z.string()),
});
export type VillageMatch = z.infer<typeof villageMatch>;
export const villageMatchList = z.object({ cadreId: z.string(), cadreName: z.string(), items: z.array(villageMatch) });
export type VillageMatchList = z.infer<typeof villageMatchList>;
