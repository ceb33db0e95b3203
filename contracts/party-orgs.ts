import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery } from './common.ts';
import { cadreBrief } from './cadres.ts';

export const partyOrgKinds = ['committee', 'general_branch', 'branch', 'temporary_branch'] as const;
export type PartyOrgKindCode = (typeof partyOrgKinds)[number];
export const partyOrgKindLabels: Record<PartyOrgKindCode, { zh: string; en: string }> = {
  committee: { zh: '党委', en: 'Party committee' },
  general_branch: { zh: '党总支', en: 'General branch' },
  branch: { zh: '党支部', en: 'Branch' },
  temporary_branch: { zh: '临时党支部', en: 'Temporary branch' },
};

export const membershipKinds = ['formal', 'temporary'] as const;
export const membershipKindLabels: Record<(typeof membershipKinds)[number], { zh: string; en: string }> = {
  formal: { zh: '组织关系', en: 'Formal relation' },
  temporary: { zh: '临时党员', en: 'Temporary member' },
};

export const partyRoles = ['secretary', 'deputy_secretary', 'organization_member', 'propaganda_member', 'discipline_member', 'member'] as const;
export type PartyRoleCode = (typeof partyRoles)[number];
export const partyRoleLabels: Record<PartyRoleCode, { zh: string; en: string }> = {
  secretary: { zh: '书记', en: 'Secretary' },
  deputy_secretary: { zh: '副书记', en: 'Deputy secretary' },
  organization_member: { zh: '组织委员', en: 'Organization member' },
  propaganda_member: { zh: '宣传委员', en: 'Propaganda member' },
  discipline_member: { zh: '纪检委员', en: 'Discipline member' },
  member: { zh: '党员', en: 'Member' },
};

const optionalId = (label: string) => z.uuid({ message: `${label}编号格式不正确` }).nullish();

export const partyOrgBody = z.object({
  name: z.string().trim().min(2, { message: '党组织名称至少 2 个字' }).max(100, { message: '党组织名称不超过 100 字' }),
  kind: z.enum(partyOrgKinds, { message: '请选择党组织类别' }),
  parentId: optionalId('上级党组织'),
  divisionCode: divisionCodeSchema,
  unitId: optionalId('所属单位'),
  teamId: optionalId('工作队'),
  establishedOn: isoDate.nullish(),
  note: z.string().max(500, { message: '备注不超过 500 字' }).nullish(),
});
export type PartyOrgBody = z.infer<typeof partyOrgBody>;

export const partyOrgListQuery = pageQuery.extend({
  // "root": organizations with no parent; a uuid: the children of that organization.
  parent: z.union([z.literal('root'), z.uuid({ message: '上级党组织编号格式不正确' })]).optional(),
  kind: z.enum(partyOrgKinds, { message: '党组织类别不存在' }).optional(),
  q: z.string().trim().max(50).optional(),
  divisionCode: divisionCodeSchema.optional(),
});
export type PartyOrgListQuery = z.infer<typeof partyOrgListQuery>;
export const partyOrgExportQuery = partyOrgListQuery.omit({ page: true, pageSize: true });
export type PartyOrgExportQuery = z.infer<typeof partyOrgExportQuery>;

export const partyOrgView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(partyOrgKinds),
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  divisionCode: z.string(),
  divisionName: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  teamId: z.string().nullable(),
  establishedOn: z.string().nullable(),
  note: z.string().nullable(),
  childCount: z.number().int(),
  memberCount: z.number().int(),
  createdAt: z.string(),
  abilities: z.object({ update: z.boolean(), manageMembers: z.boolean() }),
});
export type PartyOrgView = z.infer<typeof partyOrgView>;
export const partyOrgList = listOf(partyOrgView);

export const membershipView = z.object({
  id: z.string(),
  partyOrgId: z.string(),
  partyOrgName: z.string(),
  partyOrgKind: z.enum(partyOrgKinds),
  cadreId: z.string(),
  cadre: cadreBrief.nullable(),
  kind: z.enum(membershipKinds),
  role: z.enum(partyRoles),
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
});
export type MembershipView = z.infer<typeof membershipView>;

export const partyOrgDetail = partyOrgView.extend({ members: z.array(membershipView) });
export type PartyOrgDetail = z.infer<typeof partyOrgDetail>;

export const membershipBody = z.object({
  cadreId: z.uuid({ message: '请选择干部' }),
  // Left out, it follows the organization: a temporary branch holds no organization relations.
  kind: z.enum(membershipKinds, { message: '请选择组织关系或临时党员' }).optional(),
  role: z.enum(partyRoles, { message: '请选择党内职务' }).default('member'),
  joinedOn: isoDate.nullish(),
});
export type MembershipBody = z.infer<typeof membershipBody>;

export const membershipPatchBody = z
  .object({
    role: z.enum(partyRoles, { message: '请选择党内职务' }).optional(),
    leftOn: isoDate.optional(),
  })
  .refine((b) => b.role !== undefined || b.leftOn !== undefined, { message: '请修改职务或填写离开日期', path: ['role'] });
export type MembershipPatchBody = z.infer<typeof membershipPatchBody>;

export const membershipParams = z.object({
  id: z.uuid({ message: '编号格式不正确' }),
  membershipId: z.uuid({ message: '编号格式不正确' }),
});

export const cadreMembershipsQuery = z.object({ cadreId: z.uuid({ message: '干部编号格式不正确' }) });

/** A party member's one formal organization relation and the temporary branches he also belongs to [004]. */
export const cadreMemberships = z.object({
  cadreId: z.string(),
  cadre: cadreBrief,
  formal: membershipView.nullable(),
  temporary: z.array(membershipView),
  ended: z.array(membershipView),
});
export type CadreMemberships = z.infer<typeof cadreMemberships>;

/** Party members in the caller's scope who may join this organization (not in it already). */
export const candidateQuery = z.object({ q: z.string().trim().max(50).optional() });
export type CandidateQuery = z.infer<typeof candidateQuery>;
export const candidateList = listOf(cadreBrief);
