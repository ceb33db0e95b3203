import type { Ctx } from '../../platform/http/context.ts';
import type { Executor, Tx } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { ListResult } from '../../platform/db/paging.ts';
import { advanceWorkflow, findWorkflow, startWorkflow, type Assignee } from '../../platform/workflow/workflow.ts';
import { branchStatuses } from '../../../contracts/party-codes.ts';
import type {
  BranchActionBody,
  TemporaryBranchBody,
  TemporaryBranchDetail,
  TemporaryBranchListQuery,
  TemporaryBranchView,
} from '../../../contracts/temporary-branches.ts';
import { findDivision } from '../divisions/index.ts';
import { findCadresByIds } from '../cadres/index.ts';
import { findTeamInScope } from '../teams/index.ts';
import * as repo from './party-orgs.repository.ts';
import * as branches from './temporary-branches.repository.ts';
import { visibleTo } from './party-orgs.service.ts';
import { partyOrgErrors } from './party-orgs.errors.ts';
import { todayInBeijing } from './party-orgs.rules.ts';
import { mayRequestBranch } from './temporary-branches.policy.ts';
import { approvalLevelProblem, dayProblems, defaultApprovalLevel, formalMemberProblem, nonMemberProblems, officerProblems } from './temporary-branches.rules.ts';
import { branchDecisionActions, temporaryBranchWorkflow } from './temporary-branches.workflow.ts';
import { presentBranchDetail, presentBranches } from './temporary-branches.present.ts';

function invalid(problems: FieldError[]): void {
  if (problems.length > 0) throw partyOrgErrors.TEMPORARY_BRANCH_INVALID(problems);
}

export function refuseTooFew(partyStatuses: readonly string[]): void {
  const problem = formalMemberProblem(partyStatuses);
  if (problem) throw partyOrgErrors.TOO_FEW_FORMAL_MEMBERS([problem]);
}

export function stateError(status: string) {
  return partyOrgErrors.TEMPORARY_BRANCH_STATE(undefined, { state: branchStatuses.labels[status as keyof typeof branchStatuses.labels]?.zh ?? status });
}

export async function ledTeams(ctx: Ctx, executor: Executor): Promise<Set<string>> {
  return ctx.principal.cadreId ? branches.teamIdsLedBy(executor, ctx.principal.cadreId) : new Set();
}

export async function listTemporaryBranches(ctx: Ctx, query: TemporaryBranchListQuery): Promise<ListResult<TemporaryBranchView>> {
  requirePermission(ctx.principal, 'party_orgs.read');
  const result = await branches.listBranches(ctx.db, visibleTo(ctx), query);
  return { items: await presentBranches(ctx, result.items), total: result.total };
}

export async function getTemporaryBranch(ctx: Ctx, id: string): Promise<TemporaryBranchDetail> {
  requirePermission(ctx.principal, 'party_orgs.read');
  const row = await branches.findBranch(ctx.db, visibleTo(ctx), id);
  if (!row) throw commonErrors.NOT_FOUND();
  return presentBranchDetail(ctx, row);
}

/** The teams must exist; the caller must hold the place or lead (or keep, for a unit) every team. */
async function checkRequest(ctx: Ctx, tx: Tx, body: TemporaryBranchBody): Promise<void> {
  const problems: FieldError[] = [];
  if (!(await findDivision(tx, body.divisionCode))) problems.push({ path: 'divisionCode', message: '所在地行政区划不存在' });
  const levelProblem = approvalLevelProblem(body.divisionCode, body.approvalLevel);
  if (levelProblem) problems.push(levelProblem);
  const teamIds = [...new Set(body.teamIds)];
  const found = await branches.findTeams(tx, teamIds);
  teamIds.forEach((id, index) => {
    if (!found.some((t) => t.id === id)) problems.push({ path: `teamIds.${index}`, message: '工作队不存在' });
  });
  invalid(problems);
  const inScope = (await Promise.all(teamIds.map((id) => findTeamInScope(tx, ctx.principal.scope, id)))).filter(Boolean).length;
  if (!mayRequestBranch(ctx.principal, body.divisionCode, teamIds, await ledTeams(ctx, tx), inScope)) {
    throw partyOrgErrors.PARTY_ORG_OUT_OF_SCOPE([{ path: 'divisionCode', message: '只能为本辖区、本单位或本人带领的工作队申请成立临时党支部' }]);
  }
}

export async function requestTemporaryBranch(ctx: Ctx, body: TemporaryBranchBody): Promise<TemporaryBranchDetail> {
  requirePermission(ctx.principal, 'party_orgs.request_branch');
  const today = todayInBeijing();
  const id = await ctx.db.transaction(async (tx) => {
    await checkRequest(ctx, tx, body);
    const cadreIds = [...new Set(body.members.map((m) => m.cadreId))];
    const found = new Map((await findCadresByIds(tx, cadreIds)).map((c) => [c.id, c]));
    const reachable = await branches.reachableCadreIds(tx, ctx.principal.scope, body.teamIds, cadreIds);
    const missing = body.members.flatMap((m, index) =>
      found.has(m.cadreId) && reachable.has(m.cadreId) ? [] : [{ path: `members.${index}.cadreId`, message: '干部不存在，或不在管辖范围内、也不在所选工作队' }],
    );
    invalid(missing);
    const roll = cadreIds.map((cadreId) => found.get(cadreId)!);
    invalid(nonMemberProblems(roll));
    refuseTooFew(roll.map((c) => c.partyStatus));
    const officers = body.officers ?? [];
    if (officers.length > 0) {
      invalid([
        ...officerProblems(officers, new Map(roll.map((c) => [c.id, c]))),
        ...(body.electedOn ? dayProblems('electedOn', body.electedOn, today, null, '选举日期') : [{ path: 'electedOn', message: '请填写选举日期' }]),
      ]);
    }
    const approvalLevel = body.approvalLevel ?? defaultApprovalLevel(body.divisionCode);
    const created = await repo.insertPartyOrg(tx, {
      name: body.name,
      kind: 'temporary_branch',
      divisionCode: body.divisionCode,
      teamId: body.teamIds.length === 1 ? body.teamIds[0]! : null,
      status: 'proposed',
      approvalLevel,
      electedOn: officers.length > 0 ? (body.electedOn ?? null) : null,
      note: body.note ?? null,
    });
    await branches.insertBranchTeams(tx, created.id, [...new Set(body.teamIds)]);
    for (const cadre of roll) {
      await repo.insertMembership(tx, { partyOrgId: created.id, cadreId: cadre.id, kind: 'temporary', role: 'member', joinedOn: today, divisionCode: body.divisionCode });
    }
    if (officers.length > 0) await branches.setOfficers(tx, created.id, officers);
    await startWorkflow(tx, { principal: ctx.principal, actor: ctx.actor }, temporaryBranchWorkflow, {
      subjectId: created.id,
      title: `临时党支部成立审批：${body.name}`,
      divisionCode: body.divisionCode,
      assignee: { role: approvalLevel === 'city' ? 'city_org' : 'county_org' },
      applicantCadreId: ctx.principal.cadreId,
      link: `/temporary-branches/${created.id}`,
      data: { approvalLevel, teamIds: body.teamIds },
      comment: body.note ?? null,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'party_orgs.request_branch',
      entityType: 'party_org',
      entityId: created.id,
      divisionCode: created.divisionCode,
      after: { ...created, teamIds: body.teamIds, memberIds: cadreIds, officers },
    });
    return created.id;
  });
  return getTemporaryBranch(ctx, id);
}

/** approve / refuse / return by the department of the level; resubmit by the one who asked. */
export async function actOnTemporaryBranch(ctx: Ctx, id: string, body: BranchActionBody): Promise<TemporaryBranchDetail> {
  requirePermission(ctx.principal, 'party_orgs.read');
  if (!Object.hasOwn(temporaryBranchWorkflow.transitions, body.action)) invalid([{ path: 'action', message: '不支持的操作' }]);
  if (branchDecisionActions.includes(body.action)) requirePermission(ctx.principal, 'party_orgs.approve_branch');
  const today = todayInBeijing();
  await ctx.db.transaction(async (tx) => {
    const row = await branches.findBranch(tx, visibleTo(ctx), id, true);
    if (!row) throw commonErrors.NOT_FOUND();
    const instance = await findWorkflow(tx, temporaryBranchWorkflow.kind, id);
    if (!instance) throw commonErrors.CONFLICT();
    if (body.action === 'approve') {
      // The roll may have changed since the request: the rule holds on the day of approval.
      refuseTooFew((await branches.activeRoll(tx, id)).map((m) => m.partyStatus));
      if (body.establishedOn) invalid(dayProblems('establishedOn', body.establishedOn, today, null, '成立日期'));
    }
    // Sent again after a return, it goes back to the department of its level, not to the one who asked.
    const assignee: Assignee | undefined = body.action === 'resubmit' ? { role: row.approvalLevel === 'city' ? 'city_org' : 'county_org' } : undefined;
    const advanced = await advanceWorkflow(tx, { principal: ctx.principal, actor: ctx.actor }, temporaryBranchWorkflow, instance.id, body.action, {
      comment: body.comment,
      ...(assignee ? { assignee } : {}),
    });
    const status = advanced.state === 'approved' ? 'active' : advanced.state === 'refused' ? 'refused' : 'proposed';
    if (status === row.status) return;
    const after = await repo.updatePartyOrg(tx, id, {
      status,
      ...(status === 'active' ? { establishedOn: body.establishedOn ?? row.establishedOn ?? today } : {}),
    });
    const { memberCount: _m, ...before } = row;
    await recordAudit(tx, ctx.actor, { action: `party_orgs.branch_${body.action}`, entityType: 'party_org', entityId: id, divisionCode: row.divisionCode, before, after });
  });
  return getTemporaryBranch(ctx, id);
}
