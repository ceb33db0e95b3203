import type { Ctx } from '../../platform/http/context.ts';
import type { Tx } from '../../platform/db/client.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { ListResult } from '../../platform/db/paging.ts';
import { findWorkflow } from '../../platform/workflow/workflow.ts';
import type {
  BranchCandidate,
  BranchCandidateQuery,
  BranchLeaveBody,
  BranchMemberBody,
  DissolveBody,
  ElectionBody,
  TemporaryBranchDetail,
} from '../../../contracts/temporary-branches.ts';
import { findCadresByIds } from '../cadres/index.ts';
import * as repo from './party-orgs.repository.ts';
import * as branches from './temporary-branches.repository.ts';
import { visibleTo } from './party-orgs.service.ts';
import { partyOrgErrors } from './party-orgs.errors.ts';
import { leftOnProblems, todayInBeijing } from './party-orgs.rules.ts';
import { mayDissolveBranch, mayKeepBranch } from './temporary-branches.policy.ts';
import { dayProblems, nonMemberProblems, officerProblems } from './temporary-branches.rules.ts';
import { temporaryBranchWorkflow } from './temporary-branches.workflow.ts';
import { getTemporaryBranch, refuseTooFew, stateError } from './temporary-branches.service.ts';

function invalid(problems: FieldError[]): void {
  if (problems.length > 0) throw partyOrgErrors.TEMPORARY_BRANCH_INVALID(problems);
}

/** The branch, locked, still proposed or active, kept by the caller; else 404 / 409 / 403. */
async function branchToKeep(ctx: Ctx, tx: Tx, id: string): Promise<branches.BranchRow> {
  const row = await branches.findBranch(tx, visibleTo(ctx), id, true);
  if (!row) throw commonErrors.NOT_FOUND();
  const instance = await findWorkflow(tx, temporaryBranchWorkflow.kind, id);
  const roll = await branches.activeRoll(tx, id);
  const facts = {
    requester: instance?.applicantAccountId === ctx.principal.accountId,
    secretary: !!ctx.principal.cadreId && roll.some((m) => m.cadreId === ctx.principal.cadreId && m.role === 'secretary'),
  };
  if (!mayKeepBranch(ctx.principal, row, facts)) throw commonErrors.FORBIDDEN();
  if (row.status !== 'proposed' && row.status !== 'active') throw stateError(row.status);
  return row;
}

export async function listBranchCandidates(ctx: Ctx, query: BranchCandidateQuery): Promise<ListResult<BranchCandidate>> {
  if (!can(ctx.principal, 'party_orgs.request_branch') && !can(ctx.principal, 'party_orgs.manage')) throw commonErrors.FORBIDDEN();
  const rows = await branches.searchBranchCandidates(ctx.db, ctx.principal.scope, query, 200);
  const formal = await branches.formalOrgsOf(ctx.db, rows.map((r) => r.cadreId));
  const items = rows.map((r) => ({
    cadreId: r.cadreId,
    name: r.name,
    partyStatus: r.partyStatus as BranchCandidate['partyStatus'],
    formalOrg: formal.get(r.cadreId) ?? null,
    teamName: r.teamName,
  }));
  return { items, total: items.length };
}

export async function addBranchMember(ctx: Ctx, id: string, body: BranchMemberBody): Promise<TemporaryBranchDetail> {
  requirePermission(ctx.principal, 'party_orgs.read');
  await ctx.db.transaction(async (tx) => {
    const row = await branchToKeep(ctx, tx, id);
    const [cadre] = await findCadresByIds(tx, [body.cadreId]);
    if (!cadre) invalid([{ path: 'cadreId', message: '干部不存在' }]);
    invalid(nonMemberProblems([cadre!]).map((p) => ({ ...p, path: 'cadreId' })));
    if (await repo.findActiveMember(tx, id, body.cadreId)) throw partyOrgErrors.PARTY_MEMBER_EXISTS([{ path: 'cadreId', message: '该干部已是本临时党支部成员' }]);
    const created = await repo.insertMembership(tx, {
      partyOrgId: id,
      cadreId: body.cadreId,
      kind: 'temporary',
      role: 'member',
      joinedOn: todayInBeijing(),
      divisionCode: row.divisionCode,
    });
    await recordAudit(tx, ctx.actor, { action: 'party_orgs.add_member', entityType: 'party_membership', entityId: created.id, divisionCode: row.divisionCode, after: created });
  });
  return getTemporaryBranch(ctx, id);
}

/**
 * Refuses a departure that would leave a proposed or active branch below three formal members;
 * shared with the general member route, which ends temporary memberships too.
 */
export async function guardFormalAfterLeaving(tx: Tx, org: { id: string; kind: string; status: string }, membershipId: string): Promise<void> {
  if (org.kind !== 'temporary_branch' || (org.status !== 'proposed' && org.status !== 'active')) return;
  const remaining = (await branches.activeRoll(tx, org.id)).filter((m) => m.membershipId !== membershipId);
  refuseTooFew(remaining.map((m) => m.partyStatus));
}

export async function leaveBranch(ctx: Ctx, id: string, membershipId: string, body: BranchLeaveBody): Promise<TemporaryBranchDetail> {
  requirePermission(ctx.principal, 'party_orgs.read');
  await ctx.db.transaction(async (tx) => {
    const row = await branchToKeep(ctx, tx, id);
    const before = await repo.findMembership(tx, id, membershipId);
    if (!before) throw commonErrors.NOT_FOUND();
    if (before.leftOn) throw partyOrgErrors.PARTY_MEMBERSHIP_ENDED();
    invalid(leftOnProblems(body.leftOn, before.joinedOn, todayInBeijing()));
    await guardFormalAfterLeaving(tx, row, membershipId);
    const after = await repo.updateMembership(tx, membershipId, { leftOn: body.leftOn });
    const { partyOrgName: _n, partyOrgKind: _k, ...beforeRow } = before;
    await recordAudit(tx, ctx.actor, { action: 'party_orgs.end_member', entityType: 'party_membership', entityId: membershipId, divisionCode: row.divisionCode, before: beforeRow, after });
  });
  return getTemporaryBranch(ctx, id);
}

/** 选举 [000]: the day and the officers, all formal members on the roll, one secretary. */
export async function recordElection(ctx: Ctx, id: string, body: ElectionBody): Promise<TemporaryBranchDetail> {
  requirePermission(ctx.principal, 'party_orgs.read');
  await ctx.db.transaction(async (tx) => {
    const row = await branchToKeep(ctx, tx, id);
    const roll = await branches.activeRoll(tx, id);
    const byCadre = new Map(roll.map((m) => [m.cadreId, m]));
    invalid([...officerProblems(body.officers, byCadre), ...dayProblems('electedOn', body.electedOn, todayInBeijing(), null, '选举日期')]);
    await branches.setOfficers(tx, id, body.officers);
    const after = await repo.updatePartyOrg(tx, id, { electedOn: body.electedOn });
    await recordAudit(tx, ctx.actor, {
      action: 'party_orgs.branch_election',
      entityType: 'party_org',
      entityId: id,
      divisionCode: row.divisionCode,
      before: { electedOn: row.electedOn, officers: roll.filter((m) => m.role !== 'member').map((m) => ({ cadreId: m.cadreId, role: m.role })) },
      after: { electedOn: after.electedOn, officers: body.officers },
    });
  });
  return getTemporaryBranch(ctx, id);
}

/** 撤销 when the teams leave: the day and why; every membership ends that day. */
export async function dissolveBranch(ctx: Ctx, id: string, body: DissolveBody): Promise<TemporaryBranchDetail> {
  requirePermission(ctx.principal, 'party_orgs.read');
  await ctx.db.transaction(async (tx) => {
    const row = await branches.findBranch(tx, visibleTo(ctx), id, true);
    if (!row) throw commonErrors.NOT_FOUND();
    if (!mayDissolveBranch(ctx.principal, row)) throw commonErrors.FORBIDDEN();
    if (row.status !== 'active') throw stateError(row.status);
    invalid(dayProblems('dissolvedOn', body.dissolvedOn, todayInBeijing(), row.establishedOn, '撤销日期'));
    const ended = await branches.endAllMemberships(tx, id, body.dissolvedOn);
    const after = await repo.updatePartyOrg(tx, id, { status: 'dissolved', dissolvedOn: body.dissolvedOn, dissolvedReason: body.reason });
    const { memberCount: _m, ...before } = row;
    await recordAudit(tx, ctx.actor, {
      action: 'party_orgs.branch_dissolve',
      entityType: 'party_org',
      entityId: id,
      divisionCode: row.divisionCode,
      reason: body.reason,
      before,
      after: { ...after, membershipsEnded: ended },
    });
  });
  return getTemporaryBranch(ctx, id);
}
