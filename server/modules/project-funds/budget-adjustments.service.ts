import type { Ctx } from '../../platform/http/context.ts';
import type { Tx } from '../../platform/db/client.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { advanceWorkflow, startWorkflow } from '../../platform/workflow/workflow.ts';
import type { WorkflowActionBody } from '../../../contracts/workflow.ts';
import type { AdjustmentSourceBody, BudgetAdjustmentBody, BudgetAdjustmentView } from '../../../contracts/project-funds.ts';
import * as repo from './project-funds.repository.ts';
import { fundErrors } from './project-funds.errors.ts';
import { presentAdjustments } from './project-funds.present.ts';
import { adjustableStates, checkAdjustment, fromCents, toCents } from './project-funds.rules.ts';
import { budgetAdjustmentWorkflow } from './project-funds.workflow.ts';
import { checkViolation, projectOrNotFound } from './project-funds.service.ts';

export async function listAdjustments(ctx: Ctx, projectId: string): Promise<BudgetAdjustmentView[]> {
  requirePermission(ctx.principal, 'funds.read');
  await projectOrNotFound(ctx, ctx.db, projectId);
  return presentAdjustments(ctx, await repo.adjustmentsOf(ctx.db, projectId));
}

async function adjustmentView(ctx: Ctx, id: string): Promise<BudgetAdjustmentView> {
  const row = await repo.findAdjustmentInScope(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [view] = await presentAdjustments(ctx, [row]);
  return view!;
}

export async function requestAdjustment(ctx: Ctx, projectId: string, body: BudgetAdjustmentBody): Promise<BudgetAdjustmentView> {
  requirePermission(ctx.principal, 'funds.adjust');
  const id = await ctx.db.transaction(async (tx) => {
    await projectOrNotFound(ctx, tx, projectId);
    const project = (await repo.lockProject(tx, projectId))!;
    if (!adjustableStates.includes(project.state) || project.approvedBudget === null) throw fundErrors.ADJUSTMENT_NOT_ALLOWED();
    if (await repo.openAdjustmentOf(tx, projectId)) throw fundErrors.ADJUSTMENT_OPEN();
    const existing = await repo.fundSourcesOf(tx, projectId);
    const paid = await repo.paidBySource(tx, [projectId]);
    const issues = checkAdjustment(body.newBudget, body.sources, new Map(existing.map((s) => [s.id, paid.get(s.id) ?? '0'])));
    if (issues.length > 0) throw commonErrors.VALIDATION_FAILED(issues);
    const sources: AdjustmentSourceBody[] = body.sources.map((s) => ({ ...s, amount: fromCents(toCents(s.amount)) }));
    const row = await repo.insertAdjustment(tx, {
      projectId,
      divisionCode: project.divisionCode,
      previousBudget: project.approvedBudget,
      newBudget: fromCents(toCents(body.newBudget)),
      sources,
      reason: body.reason,
      state: budgetAdjustmentWorkflow.initial,
      requestedBy: ctx.principal.accountId,
    });
    const instance = await startWorkflow(tx, { principal: ctx.principal, actor: ctx.actor }, budgetAdjustmentWorkflow, {
      subjectId: row.id,
      title: `预算调整：${project.name}`,
      divisionCode: project.divisionCode,
      assignee: { role: 'township_party' },
      applicantCadreId: ctx.principal.cadreId,
      link: `/projects/${projectId}`,
      data: { projectId, newBudget: row.newBudget },
      comment: body.reason,
    });
    const saved = await repo.updateAdjustment(tx, row.id, { workflowId: instance.id });
    await recordAudit(tx, ctx.actor, { action: 'funds.adjust.request', entityType: 'budget_adjustment', entityId: row.id, divisionCode: project.divisionCode, after: saved });
    return row.id;
  });
  return adjustmentView(ctx, id);
}

/** Approval writes the new budget and sources; a source left out goes to zero, never below what is paid. */
async function applyAdjustment(tx: Tx, adjustment: repo.AdjustmentRow): Promise<void> {
  await repo.lockProject(tx, adjustment.projectId);
  const existing = await repo.fundSourcesOf(tx, adjustment.projectId);
  const sources = adjustment.sources as AdjustmentSourceBody[];
  const named = new Set(sources.flatMap((s) => (s.fundSourceId ? [s.fundSourceId] : [])));
  // Lower sources first and raise the budget last, so each trigger sees a consistent project.
  for (const source of existing.filter((s) => !named.has(s.id))) {
    await repo.updateFundSource(tx, source.id, { kind: source.kind, funder: source.funder, amount: '0.00' });
  }
  for (const source of sources) {
    if (source.fundSourceId) await repo.updateFundSource(tx, source.fundSourceId, { kind: source.kind, funder: source.funder, amount: source.amount });
    else await repo.insertFundSource(tx, { projectId: adjustment.projectId, kind: source.kind, funder: source.funder, amount: source.amount });
  }
  await repo.setProjectBudget(tx, adjustment.projectId, adjustment.newBudget);
}

export async function actOnAdjustment(ctx: Ctx, id: string, body: WorkflowActionBody): Promise<BudgetAdjustmentView> {
  requirePermission(ctx.principal, 'funds.read');
  if (!Object.hasOwn(budgetAdjustmentWorkflow.transitions, body.action)) throw commonErrors.VALIDATION_FAILED([{ path: 'action', message: '不支持的操作' }]);
  try {
    await ctx.db.transaction(async (tx) => {
      if (!(await repo.findAdjustmentInScope(tx, ctx.principal.scope, id))) throw commonErrors.NOT_FOUND();
      const row = (await repo.lockAdjustment(tx, id))!;
      if (!row.workflowId) throw commonErrors.CONFLICT();
      const instance = await advanceWorkflow(tx, { principal: ctx.principal, actor: ctx.actor }, budgetAdjustmentWorkflow, row.workflowId, body.action, {
        comment: body.comment,
      });
      const after = await repo.updateAdjustment(tx, id, { state: instance.state });
      if (instance.state === 'approved') {
        await applyAdjustment(tx, row);
        await recordAudit(tx, ctx.actor, {
          action: 'funds.adjust.apply',
          entityType: 'project',
          entityId: row.projectId,
          divisionCode: row.divisionCode,
          before: { approvedBudget: row.previousBudget },
          after: { approvedBudget: after.newBudget, sources: after.sources },
        });
      }
    });
  } catch (error) {
    if (checkViolation(error) !== null) throw fundErrors.ADJUSTMENT_BELOW_PAID();
    throw error;
  }
  return adjustmentView(ctx, id);
}
