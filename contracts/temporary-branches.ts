import { z } from 'zod';
import { divisionCodeSchema, isoDate, listOf, pageQuery, sortOrder } from './common.ts';
import { workflowView } from './workflow.ts';
import { approvalLevels, branchStatuses } from './party-codes.ts';
import { partyRoles } from './party-orgs.ts';

/** The posts a branch elects [000]; everybody else on the roll is a plain member. */
export const officerRoles = ['secretary', 'deputy_secretary', 'organization_member', 'propaganda_member', 'discipline_member'] as const;
export type OfficerRole = (typeof officerRoles)[number];

export const partyStatuses = ['formal', 'probationary', 'none'] as const;

const uuidOf = (label: string) => z.uuid({ message: `请选择${label}` });

export const officerBody = z.object({
  cadreId: uuidOf('当选党员'),
  role: z.enum(officerRoles, { message: '请选择职务' }),
});
export type OfficerBody = z.infer<typeof officerBody>;

export const temporaryBranchBody = z.object({
  name: z.string().trim().min(2, { message: '临时党支部名称至少 2 个字' }).max(100, { message: '临时党支部名称不超过 100 字' }),
  divisionCode: divisionCodeSchema,
  approvalLevel: z.enum(approvalLevels.codes, { message: '请选择审批的组织部门' }).optional(),
  teamIds: z.array(uuidOf('工作队')).min(1, { message: '请至少选择一个工作队' }).max(100, { message: '工作队不超过 100 个' }),
  members: z.array(z.object({ cadreId: uuidOf('党员') })).max(500, { message: '党员不超过 500 名' }),
  officers: z.array(officerBody).max(10).optional(),
  electedOn: isoDate.optional(),
  note: z.string().max(500, { message: '备注不超过 500 字' }).nullish(),
});
export type TemporaryBranchBody = z.infer<typeof temporaryBranchBody>;

export const temporaryBranchListQuery = pageQuery.extend({
  status: z.enum(branchStatuses.codes, { message: '状态不存在' }).optional(),
  divisionCode: divisionCodeSchema.optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(['createdAt', 'name', 'establishedOn']).default('createdAt'),
  order: sortOrder.default('desc'),
});
export type TemporaryBranchListQuery = z.infer<typeof temporaryBranchListQuery>;
export const temporaryBranchExportQuery = temporaryBranchListQuery.omit({ page: true, pageSize: true });
export type TemporaryBranchExportQuery = z.infer<typeof temporaryBranchExportQuery>;

export const temporaryBranchView = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(branchStatuses.codes),
  approvalLevel: z.enum(approvalLevels.codes).nullable(),
  divisionCode: z.string(),
  divisionName: z.string().nullable(),
  establishedOn: z.string().nullable(),
  electedOn: z.string().nullable(),
  dissolvedOn: z.string().nullable(),
  dissolvedReason: z.string().nullable(),
  note: z.string().nullable(),
  memberCount: z.number().int(),
  createdAt: z.string(),
});
export type TemporaryBranchView = z.infer<typeof temporaryBranchView>;
export const temporaryBranchList = listOf(temporaryBranchView);

export const branchMemberView = z.object({
  membershipId: z.string(),
  cadreId: z.string(),
  name: z.string(),
  partyStatus: z.enum(partyStatuses),
  role: z.enum(partyRoles),
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  /** Where the member's organization relation stays while he serves here [004]. */
  formalOrg: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type BranchMemberView = z.infer<typeof branchMemberView>;

export const temporaryBranchDetail = temporaryBranchView.extend({
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
  members: z.array(branchMemberView),
  formalCount: z.number().int(),
  election: z.object({
    electedOn: z.string().nullable(),
    officers: z.array(z.object({ cadreId: z.string(), name: z.string(), role: z.enum(officerRoles) })),
  }),
  workflow: workflowView.nullable(),
  abilities: z.object({ manageMembers: z.boolean(), elect: z.boolean(), dissolve: z.boolean() }),
});
export type TemporaryBranchDetail = z.infer<typeof temporaryBranchDetail>;

export const branchMemberBody = z.object({ cadreId: uuidOf('党员') });
export type BranchMemberBody = z.infer<typeof branchMemberBody>;

export const branchLeaveBody = z.object({ leftOn: isoDate });
export type BranchLeaveBody = z.infer<typeof branchLeaveBody>;

export const electionBody = z.object({
  electedOn: isoDate,
  officers: z.array(officerBody).min(1, { message: '请至少填写书记' }).max(10),
});
export type ElectionBody = z.infer<typeof electionBody>;

export const dissolveBody = z.object({
  dissolvedOn: isoDate,
  reason: z.string().trim().min(2, { message: '请填写撤销原因' }).max(500, { message: '撤销原因不超过 500 字' }),
});
export type DissolveBody = z.infer<typeof dissolveBody>;

export const branchMemberParams = z.object({
  id: z.uuid({ message: '编号格式不正确' }),
  membershipId: z.uuid({ message: '编号格式不正确' }),
});

export const branchCandidateQuery = z.object({
  divisionCode: divisionCodeSchema.optional(),
  // Several teams travel as one comma-separated parameter, as the picker sends them.
  teamIds: z
    .string()
    .max(4000)
    .optional()
    .transform((v) => (v ? v.split(',').filter(Boolean) : []))
    .pipe(z.array(z.uuid({ message: '工作队编号格式不正确' }))),
  q: z.string().trim().max(50).optional(),
});
export type BranchCandidateQuery = z.infer<typeof branchCandidateQuery>;

export const branchCandidate = z.object({
  cadreId: z.string(),
  name: z.string(),
  partyStatus: z.enum(partyStatuses),
  formalOrg: z.object({ id: z.string(), name: z.string() }).nullable(),
  teamName: z.string().nullable(),
});
export type BranchCandidate = z.infer<typeof branchCandidate>;
export const branchCandidateList = listOf(branchCandidate);

/** approve / refuse / return / resubmit; an approval may name the founding day (else the day of approval). */
export const branchActionBody = z.object({
  action: z.string().min(1),
  comment: z.string().trim().max(1000, { message: '意见不超过 1000 字' }).optional(),
  establishedOn: isoDate.optional(),
});
export type BranchActionBody = z.infer<typeof branchActionBody>;

/**
 * 属地管理 [000]: a branch placed at a city (its code's significant part is four digits or fewer) is
 * approved by the city's organization department; at a county or below, by the county's.
 */
export function defaultApprovalLevelOf(divisionCode: string): 'county' | 'city' {
  return /^\d{4}0{8}$/.test(divisionCode) ? 'city' : 'county';
}
