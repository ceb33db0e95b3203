import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { meetingKinds, meetingOutcomeKinds } from './evaluation-codes.ts';

export { meetingKinds, meetingOutcomeKinds, type MeetingKind, type MeetingOutcomeKind } from './evaluation-codes.ts';

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalText = (max: number, label: string) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), z.string().trim().max(max, { message: `${label}不超过 ${max} 字` }).nullable().optional());

export const meetingOutcome = z.object({
  kind: z.enum(meetingOutcomeKinds.codes, { message: '请选择成果类别' }),
  text: z.string().trim().min(1, { message: '请填写内容' }).max(500, { message: '内容不超过 500 字' }),
});
export type MeetingOutcomeInput = z.infer<typeof meetingOutcome>;

/**
 * A meeting's record (座谈会, 交流会, 推进会) [000]. The region is the recorder's own when omitted;
 * the teams that attended must serve villages in that region.
 */
export const meetingBody = z.object({
  kind: z.enum(meetingKinds.codes, { message: '请选择会议类别' }),
  title: z.string().trim().min(1, { message: '请填写会议名称' }).max(100, { message: '会议名称不超过 100 字' }),
  heldOn: isoDate,
  divisionCode: z.preprocess(emptyToUndefined, divisionCodeSchema.optional()),
  place: optionalText(100, '地点'),
  organizer: optionalText(200, '筹备组织'),
  host: optionalText(50, '主持人'),
  attendeeCount: z.number({ message: '参会人数应为整数' }).int({ message: '参会人数应为整数' }).min(1, { message: '参会人数至少 1 人' }).max(10000, { message: '参会人数不超过 10000' }).nullable().optional(),
  agenda: z.array(z.string().trim().min(1, { message: '请填写议题' }).max(300, { message: '议题不超过 300 字' })).max(30, { message: '议题不超过 30 项' }).default([]),
  summary: optionalText(20000, '会议纪要'),
  outcomes: z.array(meetingOutcome).max(50, { message: '成果不超过 50 项' }).default([]),
  teamIds: z.array(z.uuid({ message: '请选择工作队' })).max(500, { message: '参会工作队不超过 500 支' }).default([]),
});
export type MeetingBody = z.infer<typeof meetingBody>;

export const meetingSorts = ['heldOn', 'title', 'createdAt'] as const;

export const meetingListQuery = pageQuery.extend({
  kind: z.enum(meetingKinds.codes, { message: '会议类别不存在' }).optional(),
  divisionCode: divisionCodeSchema.optional(),
  teamId: z.uuid({ message: '编号格式不正确' }).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(meetingSorts).default('heldOn'),
  order: sortOrder.default('desc'),
});
export type MeetingListQuery = z.infer<typeof meetingListQuery>;
export const meetingExportQuery = meetingListQuery.omit({ page: true, pageSize: true });
export type MeetingExportQuery = z.infer<typeof meetingExportQuery>;

export const meetingView = z.object({
  id: z.string(),
  divisionCode: z.string(),
  regionName: z.string().nullable(),
  kind: z.enum(meetingKinds.codes),
  title: z.string(),
  heldOn: z.string(),
  place: z.string().nullable(),
  host: z.string().nullable(),
  teamCount: z.number().int(),
  attendeeCount: z.number().int().nullable(),
  outcomeCount: z.number().int(),
  createdAt: z.string(),
});
export type MeetingView = z.infer<typeof meetingView>;
export const meetingList = listOf(meetingView);

export const meetingTeamView = z.object({ teamId: z.string(), teamName: z.string(), divisionCode: z.string(), villageName: z.string().nullable() });
export type MeetingTeamView = z.infer<typeof meetingTeamView>;

export const meetingDetail = meetingView.extend({
  organizer: z.string().nullable(),
  agenda: z.array(z.string()),
  summary: z.string().nullable(),
  outcomes: z.array(meetingOutcome),
  teams: z.array(meetingTeamView),
  /** The liaison groups this meeting set up. */
  groups: z.array(z.object({ id: z.string(), name: z.string() })),
  createdByName: z.string().nullable(),
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type MeetingDetail = z.infer<typeof meetingDetail>;
