import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { cadreBrief } from './cadres.ts';

type Label = { zh: string; en: string };

// domain.md §2 and [003]: 县委组织部、县扶贫办、乡(镇、街道)、村(社区)分级培训、分阶段培训、专题培训.
export const trainingLevels = ['county_org', 'rural_office', 'township', 'village'] as const;
export type TrainingLevelCode = (typeof trainingLevels)[number];
export const trainingLevelLabels: Record<TrainingLevelCode, Label> = {
  county_org: { zh: '县委组织部', en: 'County organization department' },
  rural_office: { zh: '县扶贫办', en: 'County poverty alleviation office' },
  township: { zh: '乡（镇、街道）', en: 'Township' },
  village: { zh: '村（社区）', en: 'Village' },
};

/** The region that organizes a session at each level: the county's departments, a township, a village. */
export const trainingOrganizerLevel: Record<TrainingLevelCode, 'county' | 'township' | 'village'> = {
  county_org: 'county',
  rural_office: 'county',
  township: 'township',
  village: 'village',
};

export const trainingStages = ['pre_dispatch', 'in_post', 'special'] as const;
export type TrainingStageCode = (typeof trainingStages)[number];
export const trainingStageLabels: Record<TrainingStageCode, Label> = {
  pre_dispatch: { zh: '岗前培训', en: 'Pre-dispatch' },
  in_post: { zh: '在岗培训', en: 'In post' },
  special: { zh: '专题培训', en: 'Special topic' },
};

export const materialKinds = ['plate', 'card', 'diary', 'handbook'] as const;
export type MaterialKindCode = (typeof materialKinds)[number];
export const materialKindLabels: Record<MaterialKindCode, Label> = {
  plate: { zh: '纪律提醒牌', en: 'Discipline reminder plate' },
  card: { zh: '提醒卡', en: 'Reminder card' },
  diary: { zh: '民情日记', en: 'Village diary' },
  handbook: { zh: '工作手册', en: 'Handbook' },
};
/** Plates hang in the team's office; the other kinds go to each member. */
export const teamLevelKinds: readonly MaterialKindCode[] = ['plate'];

const uuid = (message: string) => z.uuid({ message });

export const trainingSessionBody = z.object({
  divisionCode: divisionCodeSchema,
  level: z.enum(trainingLevels, { message: '请选择培训层级' }),
  stage: z.enum(trainingStages, { message: '请选择培训阶段' }),
  topic: z.string().trim().min(2, { message: '培训主题至少 2 个字' }).max(200, { message: '培训主题不超过 200 字' }),
  hours: z.coerce
    .number({ message: '请填写学时' })
    .positive({ message: '学时须大于 0' })
    .max(500, { message: '学时不超过 500' })
    .refine((h) => Number.isInteger(h * 10), { message: '学时最多保留 1 位小数' }),
  heldOn: isoDate,
  place: z.string().trim().max(200, { message: '培训地点不超过 200 字' }).nullish(),
  note: z.string().max(500, { message: '备注不超过 500 字' }).nullish(),
});
export type TrainingSessionBody = z.infer<typeof trainingSessionBody>;

export const attendanceAddBody = z.object({
  cadreIds: z.array(uuid('请选择干部'), { message: '请选择参训干部' }).min(1, { message: '至少选择一名干部' }).max(500, { message: '一次最多添加 500 人' }),
  attended: z.boolean().default(true),
});
export type AttendanceAddBody = z.infer<typeof attendanceAddBody>;

export const attendancePatch = z.object({
  attended: z.boolean({ message: '请选择是否到课' }),
  note: z.string().max(200, { message: '备注不超过 200 字' }).nullish(),
});
export type AttendancePatch = z.infer<typeof attendancePatch>;

export const attendanceParams = z.object({ id: uuid('编号格式不正确'), cadreId: uuid('编号格式不正确') });
export const cadreParam = z.object({ cadreId: uuid('编号格式不正确') });

export const trainingListQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  level: z.enum(trainingLevels).optional(),
  stage: z.enum(trainingStages).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(['heldOn', 'hours', 'topic', 'createdAt']).default('heldOn'),
  order: sortOrder,
});
export type TrainingListQuery = z.infer<typeof trainingListQuery>;
export const trainingExportQuery = trainingListQuery.omit({ page: true, pageSize: true });
export type TrainingExportQuery = z.infer<typeof trainingExportQuery>;

export const trainingListItem = z.object({
  id: z.string(),
  divisionCode: z.string(),
  divisionName: z.string().nullable(),
  level: z.enum(trainingLevels),
  stage: z.enum(trainingStages),
  topic: z.string(),
  hours: z.number(),
  heldOn: z.string(),
  place: z.string().nullable(),
  note: z.string().nullable(),
  attendeeCount: z.number().int(),
  attendedCount: z.number().int(),
  createdAt: z.string(),
});
export type TrainingListItem = z.infer<typeof trainingListItem>;
export const trainingList = listOf(trainingListItem);

export const attendeeView = z.object({
  cadreId: z.string(),
  attended: z.boolean(),
  note: z.string().nullable(),
  unitName: z.string().nullable(),
  cadre: cadreBrief.nullable(),
});
export type AttendeeView = z.infer<typeof attendeeView>;

export const trainingView = trainingListItem.extend({
  attendees: z.array(attendeeView),
  /** Attendees outside the caller's region are not listed, only counted (a township sees its own at a county session). */
  hiddenAttendees: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});
export type TrainingView = z.infer<typeof trainingView>;

export const cadreTrainingSession = z.object({
  id: z.string(),
  level: z.enum(trainingLevels),
  stage: z.enum(trainingStages),
  topic: z.string(),
  hours: z.number(),
  heldOn: z.string(),
  place: z.string().nullable(),
  attended: z.boolean(),
});
export const cadreTrainingView = z.object({
  cadreId: z.string(),
  year: z.number().int(),
  /** Hours of sessions attended (attended = true) in `year` and in all. */
  yearHours: z.number(),
  totalHours: z.number(),
  sessions: z.array(cadreTrainingSession),
});
export type CadreTrainingView = z.infer<typeof cadreTrainingView>;

export const materialIssueBody = z.object({
  teamId: uuid('请选择工作队'),
  kind: z.enum(materialKinds, { message: '请选择物资种类' }),
  // Omitted: every member in post receives one (plates: the team receives one).
  cadreId: uuid('请选择队员').nullish(),
  quantity: z.coerce.number().int({ message: '数量须为整数' }).min(1, { message: '数量至少为 1' }).max(100, { message: '数量不超过 100' }).default(1),
  issuedOn: isoDate,
  note: z.string().max(200, { message: '备注不超过 200 字' }).nullish(),
});
export type MaterialIssueBody = z.infer<typeof materialIssueBody>;
export const materialIssueResult = z.object({
  issued: z.number().int(),
  /** Members who already held this kind and were skipped when issuing to the whole team. */
  skipped: z.number().int(),
});
export type MaterialIssueResult = z.infer<typeof materialIssueResult>;

export const materialListQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  teamId: z.uuid({ message: '编号格式不正确' }).optional(),
  cadreId: z.uuid({ message: '编号格式不正确' }).optional(),
  kind: z.enum(materialKinds).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  sort: z.enum(['issuedOn', 'createdAt']).default('issuedOn'),
  order: sortOrder,
});
export type MaterialListQuery = z.infer<typeof materialListQuery>;
export const materialExportQuery = materialListQuery.omit({ page: true, pageSize: true });
export type MaterialExportQuery = z.infer<typeof materialExportQuery>;

export const materialTotals = z.object({ plate: z.number().int(), card: z.number().int(), diary: z.number().int(), handbook: z.number().int() });
export type MaterialTotals = z.infer<typeof materialTotals>;

export const materialItem = z.object({
  id: z.string(),
  kind: z.enum(materialKinds),
  teamId: z.string(),
  teamName: z.string().nullable(),
  cadreId: z.string().nullable(),
  cadreName: z.string().nullable(),
  divisionCode: z.string(),
  quantity: z.number().int(),
  issuedOn: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type MaterialItem = z.infer<typeof materialItem>;
export const materialList = listOf(materialItem).extend({ totals: materialTotals });
export type MaterialList = z.infer<typeof materialList>;

export const materialSummaryQuery = z.object({ divisionCode: divisionCodeSchema.optional() });
export const materialSummary = z.object({
  divisionCode: z.string().nullable(),
  totals: materialTotals,
  /** Teams and members in post in the region: what full issue would be. */
  activeTeams: z.number().int(),
  activeMembers: z.number().int(),
});
export type MaterialSummary = z.infer<typeof materialSummary>;
