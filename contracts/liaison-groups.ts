import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { liaisonGroupKinds, liaisonPlatforms, liaisonRoles } from './evaluation-codes.ts';

export { liaisonGroupKinds, liaisonPlatforms, liaisonRoles, type LiaisonGroupKind, type LiaisonPlatform, type LiaisonRole } from './evaluation-codes.ts';

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const emptyToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

export const liaisonMember = z.object({
  teamId: z.uuid({ message: '请选择工作队' }),
  role: z.enum(liaisonRoles.codes, { message: '请选择成员分工' }).default('member'),
  /** The team's member who keeps in touch for it. */
  contactCadreId: z.preprocess(emptyToNull, z.uuid({ message: '请选择联络人' }).nullable().optional()),
});
export type LiaisonMemberInput = z.infer<typeof liaisonMember>;

/**
 * A liaison group [000][003]: a working group (联络小组), or a chat group on a messaging tool, which
 * must name its platform. At most one leading team; the teams serve villages in the group's region.
 */
export const liaisonGroupBody = z
  .object({
    kind: z.enum(liaisonGroupKinds.codes, { message: '请选择类别' }),
    name: z.string().trim().min(1, { message: '请填写名称' }).max(100, { message: '名称不超过 100 字' }),
    divisionCode: z.preprocess(emptyToUndefined, divisionCodeSchema.optional()),
    platform: z.preprocess(emptyToNull, z.enum(liaisonPlatforms.codes, { message: '请选择平台' }).nullable().optional()),
    purpose: z.preprocess(emptyToNull, z.string().trim().max(1000, { message: '职责不超过 1000 字' }).nullable().optional()),
    establishedOn: isoDate,
    dissolvedOn: z.preprocess(emptyToNull, isoDate.nullable().optional()),
    meetingId: z.preprocess(emptyToNull, z.uuid({ message: '编号格式不正确' }).nullable().optional()),
    members: z.array(liaisonMember).max(1000, { message: '成员不超过 1000 支工作队' }).default([]),
  })
  .superRefine((b, ctx) => {
    if (b.kind === 'chat_group' && !b.platform) ctx.addIssue({ code: 'custom', path: ['platform'], message: '联络交流群请选择所在平台' });
    if (b.dissolvedOn && b.dissolvedOn < b.establishedOn) ctx.addIssue({ code: 'custom', path: ['dissolvedOn'], message: '撤销日期不能早于成立日期' });
    const seen = new Set<string>();
    b.members.forEach((m, index) => {
      if (seen.has(m.teamId)) ctx.addIssue({ code: 'custom', path: ['members', index, 'teamId'], message: '同一工作队只能列入一次' });
      seen.add(m.teamId);
    });
    const leaders = b.members.map((m, index) => [m.role, index] as const).filter(([role]) => role === 'leader');
    for (const [, index] of leaders.slice(1)) ctx.addIssue({ code: 'custom', path: ['members', index, 'role'], message: '组长单位只能有一个' });
  });
export type LiaisonGroupBody = z.infer<typeof liaisonGroupBody>;

export const liaisonGroupSorts = ['establishedOn', 'name', 'createdAt'] as const;

export const liaisonGroupListQuery = pageQuery.extend({
  kind: z.enum(liaisonGroupKinds.codes, { message: '类别不存在' }).optional(),
  active: z.enum(['true', 'false'], { message: '请选择是否存续' }).optional(),
  divisionCode: divisionCodeSchema.optional(),
  teamId: z.uuid({ message: '编号格式不正确' }).optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(liaisonGroupSorts).default('establishedOn'),
  order: sortOrder.default('desc'),
});
export type LiaisonGroupListQuery = z.infer<typeof liaisonGroupListQuery>;
export const liaisonGroupExportQuery = liaisonGroupListQuery.omit({ page: true, pageSize: true });
export type LiaisonGroupExportQuery = z.infer<typeof liaisonGroupExportQuery>;

export const liaisonGroupView = z.object({
  id: z.string(),
  divisionCode: z.string(),
  regionName: z.string().nullable(),
  kind: z.enum(liaisonGroupKinds.codes),
  name: z.string(),
  platform: z.enum(liaisonPlatforms.codes).nullable(),
  establishedOn: z.string(),
  dissolvedOn: z.string().nullable(),
  memberCount: z.number().int(),
  leaderTeamName: z.string().nullable(),
  createdAt: z.string(),
});
export type LiaisonGroupView = z.infer<typeof liaisonGroupView>;
export const liaisonGroupList = listOf(liaisonGroupView);

export const liaisonMemberView = z.object({
  teamId: z.string(),
  teamName: z.string(),
  divisionCode: z.string(),
  villageName: z.string().nullable(),
  role: z.enum(liaisonRoles.codes),
  contactCadreId: z.string().nullable(),
  /** Names only: phones stay on the cadre's own page, masked. */
  contactName: z.string().nullable(),
});
export type LiaisonMemberView = z.infer<typeof liaisonMemberView>;

export const liaisonGroupDetail = liaisonGroupView.extend({
  purpose: z.string().nullable(),
  meeting: z.object({ id: z.string(), title: z.string(), heldOn: z.string() }).nullable(),
  members: z.array(liaisonMemberView),
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type LiaisonGroupDetail = z.infer<typeof liaisonGroupDetail>;
