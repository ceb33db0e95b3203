import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { cadreBrief } from './cadres.ts';

// domain.md §2: the roles a member holds in a team [002].
export const teamRoles = [
  'leader_first_secretary',
  'leader',
  'first_secretary',
  'member',
  'instructor',
  'tech_envoy',
  'township_liaison',
  'graduate_official',
] as const;
export type TeamRoleCode = (typeof teamRoles)[number];
export const teamRoleLabels: Record<TeamRoleCode, { zh: string; en: string }> = {
  leader_first_secretary: { zh: '队长兼第一书记', en: 'Team leader and first secretary' },
  leader: { zh: '队长', en: 'Team leader' },
  first_secretary: { zh: '第一书记', en: 'First secretary' },
  member: { zh: '队员', en: 'Member' },
  instructor: { zh: '新农村建设指导员', en: 'New-countryside instructor' },
  tech_envoy: { zh: '科技特派员', en: 'Science and technology envoy' },
  township_liaison: { zh: '包村干部', en: 'Township liaison cadre' },
  graduate_official: { zh: '大学生村官', en: 'Graduate village official' },
};
/** The roles that lead a team; a team with members has exactly one of them. */
export const leaderRoles: readonly TeamRoleCode[] = ['leader_first_secretary', 'leader'];

export const teamStatuses = ['active', 'ended'] as const;
export type TeamStatusCode = (typeof teamStatuses)[number];
export const teamStatusLabels: Record<TeamStatusCode, { zh: string; en: string }> = {
  active: { zh: '在驻', en: 'Active' },
  ended: { zh: '已期满', en: 'Ended' },
};

const uuid = (message: string) => z.uuid({ message });
const teamRole = z.enum(teamRoles, { message: '请选择队内职务' });

export const teamMemberInput = z.object({
  cadreId: uuid('请选择干部'),
  role: teamRole,
  // Omitted at creation: the member joins when the term starts.
  joinedOn: isoDate.optional(),
});
export type TeamMemberInput = z.infer<typeof teamMemberInput>;

export const teamUnitInput = z.object({
  unitId: uuid('请选择派出单位'),
  isLead: z.boolean().default(false),
});

const teamFields = {
  name: z.string().trim().min(2, { message: '工作队名称至少 2 个字' }).max(100, { message: '工作队名称不超过 100 字' }),
  villageCodes: z
    .array(divisionCodeSchema, { message: '请选择驻村村庄' })
    .min(1, { message: '至少选择一个驻村村庄' })
    .max(20, { message: '驻村村庄不超过 20 个' }),
  units: z
    .array(teamUnitInput, { message: '请选择派出单位' })
    .min(1, { message: '至少选择一个派出单位' })
    .max(20, { message: '派出单位不超过 20 个' }),
  termStart: isoDate,
  termEnd: isoDate.nullish(),
  note: z.string().max(500, { message: '备注不超过 500 字' }).nullish(),
};

export const teamUpdateBody = z.object(teamFields);
export type TeamUpdateBody = z.infer<typeof teamUpdateBody>;

export const teamCreateBody = z.object({
  ...teamFields,
  members: z.array(teamMemberInput).max(50, { message: '队员不超过 50 人' }).default([]),
});
export type TeamCreateBody = z.infer<typeof teamCreateBody>;

export const teamMemberBody = z.object({
  cadreId: uuid('请选择干部'),
  role: teamRole,
  joinedOn: isoDate,
});
export type TeamMemberBody = z.infer<typeof teamMemberBody>;

export const teamMemberPatch = z.object({
  role: teamRole.optional(),
  // Set when the member leaves the team (离队).
  leftOn: isoDate.optional(),
  // When another member becomes leader, the role the present leader takes instead (a handover in one step).
  formerLeaderRole: teamRole.optional(),
});
export type TeamMemberPatch = z.infer<typeof teamMemberPatch>;

export const teamEndBody = z.object({ termEnd: isoDate });
export type TeamEndBody = z.infer<typeof teamEndBody>;

export const teamMemberParams = z.object({
  id: uuid('编号格式不正确'),
  memberId: uuid('编号格式不正确'),
});

export const teamListQuery = pageQuery.extend({
  divisionCode: divisionCodeSchema.optional(),
  q: z.string().trim().max(50).optional(),
  status: z.enum(teamStatuses).optional(),
  unitId: z.uuid({ message: '编号格式不正确' }).optional(),
  sort: z.enum(['name', 'termStart', 'createdAt']).default('createdAt'),
  order: sortOrder,
});
export type TeamListQuery = z.infer<typeof teamListQuery>;
export const teamExportQuery = teamListQuery.omit({ page: true, pageSize: true });
export type TeamExportQuery = z.infer<typeof teamExportQuery>;

export const teamVillageView = z.object({ code: z.string(), name: z.string().nullable(), path: z.string().nullable() });
export const teamUnitView = z.object({ id: z.string(), name: z.string(), isLead: z.boolean() });

export const teamListItem = z.object({
  id: z.string(),
  name: z.string(),
  divisionCode: z.string(),
  villages: z.array(teamVillageView),
  units: z.array(teamUnitView),
  leaderName: z.string().nullable(),
  memberCount: z.number().int(),
  termStart: z.string(),
  termEnd: z.string().nullable(),
  status: z.enum(teamStatuses),
  createdAt: z.string(),
});
export type TeamListItem = z.infer<typeof teamListItem>;
export const teamList = listOf(teamListItem);

export const teamMemberView = z.object({
  id: z.string(),
  cadreId: z.string(),
  role: z.enum(teamRoles),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
  unitName: z.string().nullable(),
  cadre: cadreBrief.nullable(),
});
export type TeamMemberView = z.infer<typeof teamMemberView>;

export const teamView = teamListItem.extend({
  note: z.string().nullable(),
  members: z.array(teamMemberView),
  abilities: z.object({ update: z.boolean(), manageMembers: z.boolean(), export: z.boolean() }),
});
export type TeamView = z.infer<typeof teamView>;
