import type { Ctx } from '../../platform/http/context.ts';
import type { Tx } from '../../platform/db/client.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import { startWorkflow } from '../../platform/workflow/workflow.ts';
import { householdStatuses, labelOf, transitionKinds, type TransitionKind } from '../../../contracts/household-codes.ts';
import {
  finalTransitionStates,
  type HouseholdTransitionsView,
  type TransitionListItem,
  type TransitionListQuery,
  type TransitionRequestBody,
  type TransitionView,
} from '../../../contracts/household-transitions.ts';
import { findHouseholdInScope, type HouseholdRow } from '../households/index.ts';
import * as repo from './household-transitions.repository.ts';
import { addIsoDays, addWorkingDays, backdateProblem, exitGaps, hasLabour, MAX_BACKDATE_DAYS, stablePeriodEnd, transitionToday } from './household-transitions.rules.ts';
import { transitionErrors } from './household-transitions.errors.ts';
import { workflowOfKind } from './household-transitions.workflow.ts';
import { presentTransition, presentTransitionList, type TransitionData } from './household-transitions.present.ts';

/** The demo seed writes past weeks through these services; it names the day each step happened. */
export type TransitionClock = { today?: string };

export function todayOf(clock: TransitionClock | undefined): string {
  return clock?.today ?? transitionToday();
}

export function failOn(errors: FieldError[]): void {
  if (errors.length > 0) throw commonErrors.VALIDATION_FAILED(errors);
}

/** The end of a due day in Beijing: the item is overdue from the next midnight on. */
export function dueAtOf(day: string | null): Date | null {
  if (!day) return null;
  const next = new Date(`${day}T00:00:00+08:00`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

export async function listTransitions(ctx: Ctx, query: TransitionListQuery): Promise<ListResult<TransitionListItem>> {
  requirePermission(ctx.principal, 'transitions.read');
  const today = transitionToday();
  const result = await repo.listTransitions(ctx.db, ctx.principal.scope, query, today, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentTransitionList(ctx.db, result.items, today), total: result.total };
}

export async function getTransition(ctx: Ctx, id: string, clock?: TransitionClock): Promise<TransitionView> {
  requirePermission(ctx.principal, 'transitions.read');
  const row = await repo.findTransitionInScope(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  return presentTransition(ctx, row, todayOf(clock));
}

async function householdInScope(ctx: Ctx, householdId: string): Promise<HouseholdRow> {
  const household = await findHouseholdInScope(ctx.db, ctx.principal.scope, householdId);
  if (!household) throw commonErrors.NOT_FOUND();
  return household;
}

/** A household's transitions, newest first, each with its approval, and what may be asked for now. */
export async function householdTransitions(ctx: Ctx, householdId: string): Promise<HouseholdTransitionsView> {
  requirePermission(ctx.principal, 'transitions.read');
  const household = await householdInScope(ctx, householdId);
  const today = transitionToday();
  const rows = await repo.transitionsOfHousehold(ctx.db, household.id);
  const items: TransitionView[] = [];
  for (const row of rows) items.push(await presentTransition(ctx, row, today));
  const members = await repo.labourOf(ctx.db, household.id);
  const monitored = household.monitoringState === 'monitoring' && household.monitoringSince;
  const canRequest = can(ctx.principal, 'transitions.request');
  return {
    items,
    canRequest,
    requestable: canRequest ? requestableKinds(ctx, household, items) : [],
    riskRemovalFrom: monitored ? stablePeriodEnd(household.monitoringSince!, ctx.deps.config.households.stableMonths) : null,
    hasLabour: hasLabour(members),
    today,
  };
}

const noticeRequesters = ['team_leader', 'team_member', 'rural_office'] as const;

function mayRequestNotices(ctx: Ctx): boolean {
  return ctx.principal.roles.some((r) => (noticeRequesters as readonly string[]).includes(r));
}

/** What the request buttons offer; the request itself checks again, with the exit standard and the stable period. */
function requestableKinds(ctx: Ctx, household: HouseholdRow, items: readonly TransitionView[]): TransitionKind[] {
  const open = new Set(items.filter((i) => !finalTransitionStates.includes(i.state)).map((i) => i.kind));
  const kinds: TransitionKind[] = [];
  const notices = mayRequestNotices(ctx);
  if (notices && (household.status === 'new' || household.status === 'not_identified')) kinds.push('identification');
  if (notices && household.status === 'registered') kinds.push('exit');
  if (household.monitoringState !== 'monitoring') kinds.push('monitoring');
  if (household.monitoringState === 'monitoring') kinds.push('risk_removal');
  return kinds.filter((kind) => !open.has(kind));
}

type Prepared = { values: Partial<repo.NewTransitionRow>; dueOn: string | null };

/** The kind's own conditions, checked under the household's lock; what the new row carries besides. */
async function prepare(ctx: Ctx, tx: Tx, household: HouseholdRow, body: TransitionRequestBody, today: string): Promise<Prepared> {
  const rules = ctx.deps.config.households;
  const wrongStatus = () =>
    transitionErrors.TRANSITION_WRONG_STATUS(undefined, { status: labelOf(householdStatuses, household.status), kind: transitionKinds.labels[body.kind].zh });
  switch (body.kind) {
    case 'identification':
      if (household.status !== 'new' && household.status !== 'not_identified') throw wrongStatus();
      return { values: {}, dueOn: null };
    case 'exit': {
      if (household.status !== 'registered') throw wrongStatus();
      const gaps = exitGaps(await repo.indicatorsOf(tx, household.id), await repo.incomesOf(tx, household.id), rules.incomeLine);
      if (gaps.length > 0) throw transitionErrors.TRANSITION_EXIT_NOT_READY(gaps);
      return { values: {}, dueOn: null };
    }
    case 'monitoring': {
      if (household.monitoringState === 'monitoring') throw transitionErrors.TRANSITION_ALREADY_MONITORED();
      failOn(body.discoveredOn > today ? [{ path: 'discoveredOn', message: '发现日期不能晚于今天' }] : []);
      const verifyDueOn = addWorkingDays(body.discoveredOn, rules.verifyWorkingDays);
      const values = {
        monitoringType: body.monitoringType,
        discoveryChannel: body.discoveryChannel,
        discoveredOn: body.discoveredOn,
        verifyDueOn,
        decideDueOn: addWorkingDays(body.discoveredOn, rules.decideWorkingDays),
      };
      return { values, dueOn: verifyDueOn };
    }
    case 'risk_removal': {
      if (household.monitoringState !== 'monitoring' || !household.monitoringSince) throw transitionErrors.TRANSITION_NOT_MONITORED();
      const from = stablePeriodEnd(household.monitoringSince, rules.stableMonths);
      if (today < from) throw transitionErrors.TRANSITION_NOT_STABLE(undefined, { months: rules.stableMonths, from });
      const labour = hasLabour(await repo.labourOf(tx, household.id));
      if (!labour && !body.supportNote) {
        failOn([{ path: 'supportNote', message: '该户无劳动力，须写明兜底保障措施（如低保、特困供养）方可申请风险消除' }]);
      }
      return { values: { monitoringType: household.monitoringType }, dueOn: null };
    }
  }
}

/**
 * Starts an identification, exit, entry into monitoring or risk removal of a household the caller
 * holds; one open request of a kind per household. The village's team leader takes the first step.
 */
export async function requestTransition(ctx: Ctx, householdId: string, body: TransitionRequestBody, clock?: TransitionClock): Promise<TransitionView> {
  requirePermission(ctx.principal, 'transitions.request');
  const today = todayOf(clock);
  const household = await householdInScope(ctx, householdId);
  if ((body.kind === 'identification' || body.kind === 'exit') && !mayRequestNotices(ctx)) {
    throw commonErrors.FORBIDDEN();
  }
  const kindLabel = transitionKinds.labels[body.kind].zh;
  const requestedOn = 'appliedOn' in body && body.appliedOn ? body.appliedOn : today;
  if (requestedOn !== today) {
    const problem = backdateProblem(requestedOn, { today, requestedOn: addIsoDays(today, -MAX_BACKDATE_DAYS), aheadDays: 0 });
    failOn(problem ? [{ path: 'appliedOn', message: problem }] : []);
  }
  const id = await ctx.db.transaction(async (tx) => {
    await repo.lockHousehold(tx, household.id);
    if (await repo.findOpenTransition(tx, household.id, body.kind)) throw transitionErrors.TRANSITION_ALREADY_OPEN(undefined, { kind: kindLabel });
    const { values, dueOn } = await prepare(ctx, tx, household, body, today);
    const data: TransitionData = { requestedOn, supportNote: body.kind === 'risk_removal' ? (body.supportNote ?? null) : null };
    const row = await repo.insertTransition(tx, {
      householdId: household.id,
      divisionCode: household.divisionCode,
      kind: body.kind,
      state: workflowOfKind[body.kind].initial,
      reason: body.reason,
      requestedBy: ctx.principal.accountId,
      data,
      ...values,
    });
    const instance = await startWorkflow(tx, { principal: ctx.principal, actor: ctx.actor }, workflowOfKind[body.kind], {
      subjectId: row.id,
      title: `${kindLabel}：${household.householderName}户`,
      divisionCode: household.divisionCode,
      assignee: { role: 'team_leader' },
      applicantCadreId: ctx.principal.cadreId,
      dueAt: dueAtOf(dueOn),
      link: `/household-transitions/${row.id}`,
      comment: body.reason,
    });
    const saved = await repo.updateTransition(tx, row.id, { workflowId: instance.id });
    await recordAudit(tx, ctx.actor, {
      action: `household_transition.request`,
      entityType: 'household_transition',
      entityId: row.id,
      divisionCode: household.divisionCode,
      after: saved,
    });
    return row.id;
  });
  return getTransition(ctx, id, clock);
}
