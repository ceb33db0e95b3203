import type { Ctx } from '../../platform/http/context.ts';
import type { Tx } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { advanceWorkflow, findWorkflow, type WorkflowInstance } from '../../platform/workflow/workflow.ts';
import type { TransitionActionBody, TransitionView } from '../../../contracts/household-transitions.ts';
import { applyHouseholdStatus, findHouseholdInScope, type HouseholdStatusPatch } from '../households/index.ts';
import * as repo from './household-transitions.repository.ts';
import type { TransitionRow } from './household-transitions.repository.ts';
import { backdateProblem, exitGaps, firstDayAfter, mayStartAfterNotice, noticeWindow } from './household-transitions.rules.ts';
import { transitionErrors } from './household-transitions.errors.ts';
import { deciderActions, publicActions, villageSteps, workflowOfKind } from './household-transitions.workflow.ts';
import { dataOf } from './household-transitions.present.ts';
import { dueAtOf, failOn, getTransition, todayOf, type TransitionClock } from './household-transitions.service.ts';

/** How far ahead a notice may be recorded as planned (posted in the coming days). */
const NOTICE_AHEAD_DAYS = 7;

type Step = { patch: Partial<repo.NewTransitionRow>; dueAt?: Date | null; waitsUntil?: Date | null };

function isApplicant(ctx: Ctx, instance: WorkflowInstance): boolean {
  return (
    instance.applicantAccountId === ctx.principal.accountId ||
    (ctx.principal.cadreId !== null && instance.applicantCadreId !== null && ctx.principal.cadreId === instance.applicantCadreId)
  );
}

function refuseWhileNoticeRuns(start: string | null, end: string | null, today: string, step: string): void {
  if (!start || !end) throw commonErrors.CONFLICT();
  if (!mayStartAfterNotice(end, today)) throw transitionErrors.TRANSITION_NOTICE_RUNNING(undefined, { start, end, from: firstDayAfter(end), step });
}

/** The dates a recorded step carries: within 30 days back, never before the request. */
function checkDate(path: string, day: string, limits: { today: string; requestedOn: string; aheadDays: number }): FieldError[] {
  const problem = backdateProblem(day, limits);
  return problem ? [{ path, message: problem }] : [];
}

/** 民主评议: records the meeting and starts the first notice on the day given (today by default). */
function appraise(ctx: Ctx, row: TransitionRow, body: TransitionActionBody, today: string): Step {
  if (!body.appraisal) failOn([{ path: 'appraisal', message: '请填写民主评议的会议日期、参会人数和赞成票数' }]);
  const appraisal = body.appraisal!;
  const requestedOn = dataOf(row).requestedOn ?? row.createdAt.toISOString().slice(0, 10);
  const start = body.noticeStart ?? today;
  const errors = checkDate('appraisal.meetingOn', appraisal.meetingOn, { today, requestedOn, aheadDays: 0 });
  errors.push(...checkDate('noticeStart', start, { today, requestedOn, aheadDays: NOTICE_AHEAD_DAYS }));
  if (start < appraisal.meetingOn) errors.push({ path: 'noticeStart', message: '公示开始日期不能早于评议会议日期' });
  failOn(errors);
  const window = noticeWindow(start, ctx.deps.config.households.noticeDays);
  return {
    patch: {
      appraisalOn: appraisal.meetingOn,
      appraisalAttendees: appraisal.attendees,
      appraisalInFavour: appraisal.inFavour,
      firstNoticeStart: window.start,
      firstNoticeEnd: window.end,
    },
    waitsUntil: dueAtOf(window.end),
  };
}

/** 乡镇审核: only once the village notice has run its full length; starts the second notice. */
function reviewNotice(ctx: Ctx, row: TransitionRow, body: TransitionActionBody, today: string): Step {
  refuseWhileNoticeRuns(row.firstNoticeStart, row.firstNoticeEnd, today, '乡镇审核');
  const requestedOn = dataOf(row).requestedOn ?? row.createdAt.toISOString().slice(0, 10);
  const start = body.noticeStart ?? today;
  const errors = checkDate('noticeStart', start, { today, requestedOn, aheadDays: NOTICE_AHEAD_DAYS });
  const earliest = firstDayAfter(row.firstNoticeEnd!);
  if (start < earliest) errors.push({ path: 'noticeStart', message: `第二次公示须在村级公示期满后开始（${earliest} 起）` });
  failOn(errors);
  const window = noticeWindow(start, ctx.deps.config.households.noticeDays);
  return { patch: { secondNoticeStart: window.start, secondNoticeEnd: window.end }, waitsUntil: dueAtOf(window.end) };
}

async function approveNotice(ctx: Ctx, tx: Tx, row: TransitionRow, today: string): Promise<Step> {
  refuseWhileNoticeRuns(row.secondNoticeStart, row.secondNoticeEnd, today, '县级审批');
  if (row.kind === 'exit') {
    const gaps = exitGaps(await repo.indicatorsOf(tx, row.householdId), await repo.incomesOf(tx, row.householdId), ctx.deps.config.households.incomeLine);
    if (gaps.length > 0) throw transitionErrors.TRANSITION_EXIT_NOT_READY(gaps);
  }
  return { patch: { announcedOn: today } };
}

function verify(row: TransitionRow, body: TransitionActionBody, today: string): Step {
  const findings = body.findings?.trim() ?? '';
  if (findings.length < 2) failOn([{ path: 'findings', message: '请填写入户核实情况（至少 2 个字）' }]);
  return {
    patch: { verifiedOn: today, data: { ...dataOf(row), findings } },
    // Verified, the monitoring request waits on the county's decision clock.
    ...(row.kind === 'monitoring' ? { dueAt: dueAtOf(row.decideDueOn) } : {}),
  };
}

/** Sent again after a return: the village steps are taken anew; the monitoring clocks keep running from discovery. */
function resubmit(row: TransitionRow): Step {
  if (row.kind === 'identification' || row.kind === 'exit') {
    return {
      patch: {
        appraisalOn: null,
        appraisalAttendees: null,
        appraisalInFavour: null,
        firstNoticeStart: null,
        firstNoticeEnd: null,
        secondNoticeStart: null,
        secondNoticeEnd: null,
      },
    };
  }
  return { patch: { verifiedOn: null, data: { ...dataOf(row), findings: null } }, ...(row.kind === 'monitoring' ? { dueAt: dueAtOf(row.verifyDueOn) } : {}) };
}

async function stepFor(ctx: Ctx, tx: Tx, row: TransitionRow, body: TransitionActionBody, today: string): Promise<Step> {
  const notices = row.kind === 'identification' || row.kind === 'exit';
  switch (body.action) {
    case 'appraise':
      return notices ? appraise(ctx, row, body, today) : { patch: {} };
    case 'review':
      return notices ? reviewNotice(ctx, row, body, today) : { patch: {} };
    case 'approve':
      return notices ? approveNotice(ctx, tx, row, today) : { patch: { decidedOn: today } };
    case 'reject':
      return { patch: notices ? {} : { decidedOn: today } };
    case 'verify':
      return verify(row, body, today);
    case 'resubmit':
      return resubmit(row);
    default:
      return { patch: {} };
  }
}

/**
 * The history shows the recorded facts beside the comment: the meeting and the notice dates, the
 * findings. A body that fails its checks never reaches the history (the transaction rolls back).
 */
function historyComment(ctx: Ctx, row: TransitionRow, body: TransitionActionBody, today: string): string | undefined {
  const notes: string[] = [];
  const days = ctx.deps.config.households.noticeDays;
  const notices = row.kind === 'identification' || row.kind === 'exit';
  if (notices && body.action === 'appraise' && body.appraisal) {
    const window = noticeWindow(body.noticeStart ?? today, days);
    const a = body.appraisal;
    notes.push(`评议会议 ${a.meetingOn}，参会 ${a.attendees} 人，赞成 ${a.inFavour} 票；公示期 ${window.start} 至 ${window.end}`);
  }
  if (notices && body.action === 'review') {
    const window = noticeWindow(body.noticeStart ?? today, days);
    notes.push(`第二次公示期 ${window.start} 至 ${window.end}`);
  }
  if (body.action === 'verify' && body.findings?.trim()) notes.push(`核实情况：${body.findings.trim()}`);
  if (body.comment?.trim()) notes.push(body.comment.trim());
  return notes.length > 0 ? notes.join('。') : undefined;
}

/** What a decided request changes on the household (domain.md §4). */
function householdEffect(row: TransitionRow, state: string, today: string): HouseholdStatusPatch | null {
  const year = Number(today.slice(0, 4));
  if (state === 'approved') {
    switch (row.kind) {
      case 'identification':
        return { status: 'registered', identifiedYear: year };
      case 'exit':
        return { status: 'exited', exitedYear: year };
      case 'monitoring':
        return { monitoringType: row.monitoringType, monitoringState: 'monitoring', monitoringSince: today, riskRemovedOn: null };
      case 'risk_removal':
        return { monitoringState: 'risk_removed', riskRemovedOn: today };
    }
  }
  if (state === 'rejected' && row.kind === 'identification') return { status: 'not_identified' };
  return null;
}

/**
 * Takes one step of a household's transition. The engine checks the state, the caller and the
 * reason; this adds the dates (notices may not be cut short), the appraisal, the findings and the
 * household's change once decided, all in one transaction.
 */
export async function actOnTransition(ctx: Ctx, id: string, body: TransitionActionBody, clock?: TransitionClock): Promise<TransitionView> {
  requirePermission(ctx.principal, 'transitions.read');
  if (!publicActions.includes(body.action)) failOn([{ path: 'action', message: '不支持的操作' }]);
  if (deciderActions.includes(body.action)) requirePermission(ctx.principal, 'transitions.act');
  const today = todayOf(clock);
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.findTransitionInScope(tx, ctx.principal.scope, id))) throw commonErrors.NOT_FOUND();
    const row = (await repo.findTransitionForUpdate(tx, id))!;
    const definition = workflowOfKind[row.kind];
    const instance = row.workflowId ? await findWorkflow(tx, definition.kind, row.id) : undefined;
    if (!instance) throw commonErrors.CONFLICT();
    let action = body.action;
    if (villageSteps.includes(action) && isApplicant(ctx, instance)) {
      // Only a team leader records the village's own steps, also on a request he made himself.
      if (!ctx.principal.roles.includes('team_leader')) throw commonErrors.FORBIDDEN();
      action = `${action}_own`;
    }
    if (!(action in definition.transitions)) failOn([{ path: 'action', message: '该事项没有此操作' }]);
    // The engine refuses a wrong state or caller before the step's own dates are judged.
    const advanced = await advanceWorkflow(tx, { principal: ctx.principal, actor: ctx.actor }, definition, instance.id, action, {
      comment: historyComment(ctx, row, body, today),
    });
    const step = await stepFor(ctx, tx, row, body, today);
    if (step.dueAt !== undefined || step.waitsUntil !== undefined) await repo.setWorkflowClock(tx, instance.id, { dueAt: step.dueAt, waitsUntil: step.waitsUntil });
    const after = await repo.updateTransition(tx, id, { ...step.patch, state: advanced.state });
    await recordAudit(tx, ctx.actor, {
      action: `household_transition.${body.action}`,
      entityType: 'household_transition',
      entityId: id,
      divisionCode: row.divisionCode,
      reason: body.comment ?? null,
      before: row,
      after,
    });
    const effect = householdEffect(row, advanced.state, today);
    if (effect) {
      const before = await findHouseholdInScope(tx, ctx.principal.scope, row.householdId);
      const changed = await applyHouseholdStatus(tx, row.householdId, effect);
      await recordAudit(tx, ctx.actor, {
        action: `household.${row.kind}`,
        entityType: 'household',
        entityId: row.householdId,
        divisionCode: row.divisionCode,
        before: before ? { status: before.status, monitoringState: before.monitoringState } : null,
        after: { ...effect, status: changed.status, transitionId: id },
      });
    }
  });
  return getTransition(ctx, id, clock);
}
