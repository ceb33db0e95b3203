import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { Principal } from '../../platform/access/permissions.ts';
import { can } from '../../platform/access/permissions.ts';
import { findWorkflow, presentWorkflow } from '../../platform/workflow/workflow.ts';
import type { WorkflowView } from '../../../contracts/workflow.ts';
import { finalTransitionStates, type TransitionListItem, type TransitionState, type TransitionView } from '../../../contracts/household-transitions.ts';
import { divisionNames } from '../divisions/index.ts';
import type { TransitionListRow, TransitionRow } from './household-transitions.repository.ts';
import { firstDayAfter, isNoticeRunning, isOverdue } from './household-transitions.rules.ts';
import { villageSteps, workflowOfKind } from './household-transitions.workflow.ts';

/** What the row's `data` column holds besides its own columns. */
export type TransitionData = { requestedOn?: string; supportNote?: string | null; findings?: string | null };

export function dataOf(row: Pick<TransitionRow, 'data'>): TransitionData {
  return (row.data ?? {}) as TransitionData;
}

function notice(start: string | null, end: string | null, today: string) {
  return start && end ? { start, end, running: isNoticeRunning({ start, end }, today) } : null;
}

/** The first day the waiting step may be taken, while the notice before it has not yet run out. */
export function nextStepFrom(row: TransitionRow, today: string): string | null {
  const end = row.state === 'first_notice' ? row.firstNoticeEnd : row.state === 'second_notice' ? row.secondNoticeEnd : null;
  return end && today <= end ? firstDayAfter(end) : null;
}

export async function presentTransitionList(executor: Executor, rows: TransitionListRow[], today: string): Promise<TransitionListItem[]> {
  const names = await divisionNames(executor, [...new Set(rows.map((r) => r.divisionCode))]);
  return rows.map((row) => {
    const open = !finalTransitionStates.includes(row.state as TransitionState);
    const data = dataOf(row);
    return {
      id: row.id,
      householdId: row.householdId,
      householderName: row.householderName,
      householdCode: row.householdCode,
      divisionCode: row.divisionCode,
      villageName: names.get(row.divisionCode) ?? null,
      kind: row.kind,
      state: row.state as TransitionState,
      reason: row.reason,
      appraisal:
        row.appraisalOn && row.appraisalAttendees !== null && row.appraisalInFavour !== null
          ? { meetingOn: row.appraisalOn, attendees: row.appraisalAttendees, inFavour: row.appraisalInFavour }
          : null,
      firstNotice: notice(row.firstNoticeStart, row.firstNoticeEnd, today),
      secondNotice: notice(row.secondNoticeStart, row.secondNoticeEnd, today),
      nextStepFrom: nextStepFrom(row, today),
      announcedOn: row.announcedOn,
      monitoringType: row.monitoringType,
      discoveryChannel: row.discoveryChannel,
      discoveredOn: row.discoveredOn,
      verifyDueOn: row.verifyDueOn,
      decideDueOn: row.decideDueOn,
      verifiedOn: row.verifiedOn,
      decidedOn: row.decidedOn,
      verifyOverdue: open && isOverdue(row.verifyDueOn, row.verifiedOn, today),
      decideOverdue: open && isOverdue(row.decideDueOn, row.decidedOn, today),
      findings: data.findings ?? null,
      supportNote: data.supportNote ?? null,
      createdAt: row.createdAt.toISOString(),
    };
  });
}

/**
 * The `_own` twins appear to the caller as the village step itself, and only to a team leader
 * who may act: an applicant who is a team member sees no appraisal button.
 */
function publicWorkflow(principal: Principal, view: WorkflowView): WorkflowView {
  const leader = principal.roles.includes('team_leader') && can(principal, 'transitions.act');
  const actions: WorkflowView['actions'] = [];
  for (const a of view.actions) {
    const base = a.action.endsWith('_own') ? a.action.slice(0, -'_own'.length) : a.action;
    if (base !== a.action && (!leader || !villageSteps.includes(base))) continue;
    if (!actions.some((x) => x.action === base)) actions.push({ ...a, action: base });
  }
  return { ...view, actions };
}

export async function presentTransition(ctx: Ctx, row: TransitionListRow, today: string): Promise<TransitionView> {
  const [item] = await presentTransitionList(ctx.db, [row], today);
  const definition = workflowOfKind[row.kind];
  const instance = await findWorkflow(ctx.db, definition.kind, row.id);
  const workflow = instance ? publicWorkflow(ctx.principal, await presentWorkflow(ctx.db, ctx.principal, ctx.locale, definition, instance)) : null;
  return { ...item!, workflow, noticeDays: ctx.deps.config.households.noticeDays };
}
