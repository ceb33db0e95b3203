import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { letterTaskStates, type LetterTaskState } from '../../../contracts/social-codes.ts';
import type { LetterReportBody, LetterReturnBody, LetterView } from '../../../contracts/responsibility-letters.ts';
import * as repo from './responsibility-letters.repository.ts';
import type { LetterRow, TaskRow } from './responsibility-letters.repository.ts';
import { checkCompletedOn } from './responsibility-letters.rules.ts';
import { letterErrors } from './responsibility-letters.errors.ts';
import { mayReport } from './responsibility-letters.present.ts';
import { getLetter, todayOf, type LetterClock } from './responsibility-letters.service.ts';

type Step = 'report' | 'confirm' | 'return';

const fromState: Record<Step, LetterTaskState> = { report: 'open', confirm: 'reported', return: 'reported' };

/**
 * Takes one step on one task inside a transaction: the letter and the task as the caller sees them
 * (404 otherwise), the task in the state the step starts from (409 otherwise), then the change and
 * its audit event together.
 */
async function step(
  ctx: Ctx,
  ids: { letterId: string; taskId: string },
  name: Step,
  change: (letter: LetterRow, task: TaskRow) => { values: Partial<repo.NewTaskRow>; reason?: string },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const letter = await repo.findLetterForUpdate(tx, ctx.principal.scope, ids.letterId);
    if (!letter) throw commonErrors.NOT_FOUND();
    const task = (await repo.lockedTasksOf(tx, letter.id)).find((t) => t.id === ids.taskId);
    if (!task) throw commonErrors.NOT_FOUND();
    if (name === 'report' && !mayReport(ctx.principal, letter)) throw commonErrors.FORBIDDEN();
    if (task.state !== fromState[name]) throw letterErrors.LETTER_TASK_STATE(undefined, { state: letterTaskStates.labels[task.state as LetterTaskState].zh });
    const { values, reason } = change(letter, task);
    const after = await repo.updateTask(tx, task.id, values);
    await recordAudit(tx, ctx.actor, {
      action: `responsibility-letters.${name}`,
      entityType: 'responsibility_task',
      entityId: task.id,
      divisionCode: letter.divisionCode,
      reason: reason ?? null,
      before: task,
      after,
    });
  });
}

function failOn(errors: FieldError[]): void {
  if (errors.length > 0) throw commonErrors.VALIDATION_FAILED(errors);
}

/** The unit's party committee reports a task done: the day it was finished and what was done. */
export async function reportTask(ctx: Ctx, letterId: string, taskId: string, body: LetterReportBody, clock?: LetterClock): Promise<LetterView> {
  requirePermission(ctx.principal, 'responsibility-letters.report');
  const today = todayOf(clock);
  await step(ctx, { letterId, taskId }, 'report', (letter) => {
    failOn(checkCompletedOn(body.completedOn, letter.signedOn, today));
    return {
      values: {
        state: 'reported',
        completedOn: body.completedOn,
        completionNote: body.completionNote,
        reportedBy: ctx.principal.accountId,
        reportedAt: today,
      },
    };
  });
  return getLetter(ctx, letterId, clock);
}

/** The county or its service station checks the work and confirms it. */
export async function confirmTask(ctx: Ctx, letterId: string, taskId: string, clock?: LetterClock): Promise<LetterView> {
  requirePermission(ctx.principal, 'responsibility-letters.confirm');
  const today = todayOf(clock);
  await step(ctx, { letterId, taskId }, 'confirm', () => ({ values: { state: 'confirmed', confirmedBy: ctx.principal.accountId, confirmedAt: today } }));
  return getLetter(ctx, letterId, clock);
}

/** Not done as promised: back to the unit, open again, with the reason it reads. */
export async function returnTask(ctx: Ctx, letterId: string, taskId: string, body: LetterReturnBody, clock?: LetterClock): Promise<LetterView> {
  requirePermission(ctx.principal, 'responsibility-letters.confirm');
  await step(ctx, { letterId, taskId }, 'return', () => ({ values: { state: 'open', returnedReason: body.reason }, reason: body.reason }));
  return getLetter(ctx, letterId, clock);
}
