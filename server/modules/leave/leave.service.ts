import type { Ctx } from '../../platform/http/context.ts';
import type { Executor, Tx } from '../../platform/db/client.ts';
import type { Principal } from '../../platform/access/permissions.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import { advanceWorkflow, startWorkflow, type Assignee } from '../../platform/workflow/workflow.ts';
import type { WorkflowActionBody } from '../../../contracts/workflow.ts';
import type { LeaveListItem, LeaveListQuery, LeaveReportBackBody, LeaveRequestBody, LeaveRulesView, LeaveUpdateBody, LeaveView } from '../../../contracts/leave.ts';
import { findActiveTeamOfCadre } from '../teams/index.ts';
import { findCadresByIds } from '../cadres/index.ts';
import * as repo from './leave.repository.ts';
import { isRegionalReader, mayActForCadre } from './leave.policy.ts';
import type { PersonalView } from './leave.repository.ts';
import { approverRoleFor, checkLeaveDates, checkReturnedOn, countLeaveDays, findOverlap, leaveToday } from './leave.rules.ts';
import { leaveErrors } from './leave.errors.ts';
import { decisionActions, leaveWorkflow } from './leave.workflow.ts';
import { presentLeave, presentLeaveList } from './leave.present.ts';

/** The demo seed writes a past month through these services; it names the day each step happened. */
export type LeaveClock = { today?: string };

function todayOf(clock: LeaveClock | undefined): string {
  return clock?.today ?? leaveToday();
}

function failOn(errors: FieldError[]): void {
  if (errors.length > 0) throw commonErrors.VALIDATION_FAILED(errors);
}

/** Regional readers see by scope; a team's own people see their own leave, a leader his team's too. */
export async function personalViewOf(executor: Executor, principal: Principal): Promise<PersonalView> {
  if (isRegionalReader(principal)) return null;
  if (!principal.cadreId) return { cadreId: null, ledTeamId: null };
  const led = principal.roles.includes('team_leader') ? await findActiveTeamOfCadre(executor, principal.cadreId) : undefined;
  return { cadreId: principal.cadreId, ledTeamId: led?.id ?? null };
}

export function leaveRules(ctx: Ctx): LeaveRulesView {
  requirePermission(ctx.principal, 'leave.read');
  const duty = ctx.deps.config.duty;
  return { tiers: duty.leaveTiers, dayCounting: duty.leaveDayCounting, pastGraceDays: duty.leavePastGraceDays, today: leaveToday() };
}

export async function listLeave(ctx: Ctx, query: LeaveListQuery): Promise<ListResult<LeaveListItem>> {
  requirePermission(ctx.principal, 'leave.read');
  const today = leaveToday();
  const personal = await personalViewOf(ctx.db, ctx.principal);
  const result = await repo.listLeave(ctx.db, { scope: ctx.principal.scope, personal, today, principal: ctx.principal }, query, {
    limit: query.pageSize,
    offset: offsetOf(query),
  });
  return { items: await presentLeaveList(ctx.db, result.items, today), total: result.total };
}

export async function getLeave(ctx: Ctx, id: string, clock?: LeaveClock): Promise<LeaveView> {
  requirePermission(ctx.principal, 'leave.read');
  const personal = await personalViewOf(ctx.db, ctx.principal);
  const row = await repo.findLeaveInScope(ctx.db, ctx.principal.scope, personal, id);
  if (!row) throw commonErrors.NOT_FOUND();
  return presentLeave(ctx, row, personal, todayOf(clock));
}

/** The days, the approving level and the date checks of a period, by the county's rules. */
function judgePeriod(ctx: Ctx, period: { startDate: string; endDate: string }, today: string) {
  const duty = ctx.deps.config.duty;
  failOn(checkLeaveDates(period, { today, pastGraceDays: duty.leavePastGraceDays, dayCounting: duty.leaveDayCounting }));
  const days = countLeaveDays(period.startDate, period.endDate, duty.leaveDayCounting);
  return { days, approverRole: approverRoleFor(days, duty.leaveTiers) };
}

async function refuseOverlap(tx: Tx, cadreId: string, period: { startDate: string; endDate: string }, exceptId?: string): Promise<void> {
  await repo.lockCadreLeave(tx, cadreId);
  const clash = findOverlap(period, await repo.leaveOfCadreBetween(tx, cadreId, period.startDate, period.endDate), exceptId);
  if (clash) {
    const params = { start: clash.startDate, end: clash.endDate };
    throw leaveErrors.LEAVE_OVERLAP([{ path: 'startDate', message: `与已有请假（${clash.startDate} 至 ${clash.endDate}）时间重叠` }], params);
  }
}

/**
 * Who asks: the cadre himself or the leader of the team he serves in. Anyone else is refused, with
 * 404 where the cadre's team lies outside the caller's region.
 */
async function teamForRequest(ctx: Ctx, cadreId: string) {
  const team = await findActiveTeamOfCadre(ctx.db, cadreId);
  const self = ctx.principal.cadreId === cadreId;
  if (!self) {
    const led = ctx.principal.roles.includes('team_leader') && ctx.principal.cadreId ? await findActiveTeamOfCadre(ctx.db, ctx.principal.cadreId) : undefined;
    if (!team || !led || led.id !== team.id) {
      if (team && codeInScope(ctx.principal.scope, team.divisionCode)) throw commonErrors.FORBIDDEN();
      throw commonErrors.NOT_FOUND();
    }
  }
  if (!team || team.status !== 'active') throw leaveErrors.LEAVE_NOT_IN_TEAM([{ path: 'cadreId', message: '该干部目前不在在驻工作队' }]);
  return team;
}

export async function requestLeave(ctx: Ctx, body: LeaveRequestBody, clock?: LeaveClock): Promise<LeaveView> {
  requirePermission(ctx.principal, 'leave.request');
  const today = todayOf(clock);
  const team = await teamForRequest(ctx, body.cadreId);
  const { days, approverRole } = judgePeriod(ctx, body, today);
  const [cadre] = await findCadresByIds(ctx.db, [body.cadreId]);
  const id = await ctx.db.transaction(async (tx) => {
    await refuseOverlap(tx, body.cadreId, body);
    const row = await repo.insertLeave(tx, {
      cadreId: body.cadreId,
      teamId: team.id,
      divisionCode: team.divisionCode,
      type: body.type,
      startDate: body.startDate,
      endDate: body.endDate,
      days,
      reason: body.reason,
      approverRole,
      state: 'pending',
      requestedBy: ctx.principal.accountId,
    });
    const instance = await startWorkflow(tx, { principal: ctx.principal, actor: ctx.actor }, leaveWorkflow, {
      subjectId: row.id,
      title: `请假审批：${cadre?.name ?? ''}（${team.name}）`,
      divisionCode: team.divisionCode,
      assignee: { role: approverRole },
      applicantCadreId: body.cadreId,
      link: `/leave/${row.id}`,
      data: { days, approverRole },
      comment: body.reason,
    });
    const saved = await repo.updateLeave(tx, row.id, { workflowId: instance.id });
    await recordAudit(tx, ctx.actor, { action: 'leave.request', entityType: 'leave', entityId: row.id, divisionCode: team.divisionCode, after: saved });
    return row.id;
  });
  return getLeave(ctx, id, clock);
}

/** Loads a request the caller sees, locked, or answers 404. */
async function leaveForUpdate(ctx: Ctx, tx: Tx, id: string) {
  const personal = await personalViewOf(tx, ctx.principal);
  const visible = await repo.findLeaveInScope(tx, ctx.principal.scope, personal, id);
  if (!visible) throw commonErrors.NOT_FOUND();
  const row = (await repo.findLeaveForUpdate(tx, id))!;
  return { row, personal: { ledTeamId: personal?.ledTeamId ?? null } };
}

/** A returned request revised by the cadre or his leader; the level is chosen again from the new days. */
export async function updateLeave(ctx: Ctx, id: string, body: LeaveUpdateBody, clock?: LeaveClock): Promise<LeaveView> {
  requirePermission(ctx.principal, 'leave.request');
  const today = todayOf(clock);
  await ctx.db.transaction(async (tx) => {
    const { row, personal } = await leaveForUpdate(ctx, tx, id);
    if (!mayActForCadre(ctx.principal, personal, row)) throw commonErrors.FORBIDDEN();
    if (row.state !== 'returned') throw leaveErrors.LEAVE_NOT_REVISABLE();
    const { days, approverRole } = judgePeriod(ctx, body, today);
    await refuseOverlap(tx, row.cadreId, body, row.id);
    const after = await repo.updateLeave(tx, id, { startDate: body.startDate, endDate: body.endDate, type: body.type, reason: body.reason, days, approverRole });
    await recordAudit(tx, ctx.actor, { action: 'leave.update', entityType: 'leave', entityId: id, divisionCode: row.divisionCode, before: row, after });
  });
  return getLeave(ctx, id, clock);
}

/** approve / reject / return by the level the tiers chose; resubmit / withdraw by the applicant. */
export async function actOnLeave(ctx: Ctx, id: string, body: WorkflowActionBody, clock?: LeaveClock): Promise<LeaveView> {
  requirePermission(ctx.principal, 'leave.read');
  if (!Object.hasOwn(leaveWorkflow.transitions, body.action)) failOn([{ path: 'action', message: '不支持的操作' }]);
  if (decisionActions.includes(body.action)) requirePermission(ctx.principal, 'leave.decide');
  await ctx.db.transaction(async (tx) => {
    const { row } = await leaveForUpdate(ctx, tx, id);
    if (!row.workflowId) throw commonErrors.CONFLICT();
    // Sent again, it goes to the level its (possibly revised) days call for.
    const assignee: Assignee | undefined = body.action === 'resubmit' ? { role: row.approverRole as 'township_party' } : undefined;
    const instance = await advanceWorkflow(tx, { principal: ctx.principal, actor: ctx.actor }, leaveWorkflow, row.workflowId, body.action, {
      comment: body.comment,
      ...(assignee ? { assignee } : {}),
    });
    await repo.updateLeave(tx, id, { state: instance.state as typeof row.state });
  });
  return getLeave(ctx, id, clock);
}

/** 销假: the member is back; the leave closes on the day he names. */
export async function reportBack(ctx: Ctx, id: string, body: LeaveReportBackBody, clock?: LeaveClock): Promise<LeaveView> {
  requirePermission(ctx.principal, 'leave.request');
  const today = todayOf(clock);
  await ctx.db.transaction(async (tx) => {
    const { row, personal } = await leaveForUpdate(ctx, tx, id);
    if (!mayActForCadre(ctx.principal, personal, row)) throw commonErrors.FORBIDDEN();
    if (row.state !== 'approved') throw leaveErrors.LEAVE_NOT_APPROVED();
    failOn(checkReturnedOn(body.returnedOn, row, today));
    const after = await repo.updateLeave(tx, id, { state: 'reported_back', reportedBackOn: body.returnedOn, reportBackNote: body.note?.trim() || null });
    await recordAudit(tx, ctx.actor, { action: 'leave.report_back', entityType: 'leave', entityId: id, divisionCode: row.divisionCode, before: row, after });
  });
  return getLeave(ctx, id, clock);
}

