import type { Ctx } from '../../platform/http/context.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import { advanceWorkflow, findWorkflow, presentWorkflow, type Assignee } from '../../platform/workflow/workflow.ts';
import type { WorkflowActionBody } from '../../../contracts/workflow.ts';
import type {
  CriticismList,
  CriticismListQuery,
  RectificationAnswerBody,
  RectificationListItem,
  RectificationListQuery,
  RectificationView,
} from '../../../contracts/inspections.ts';
import * as orders from './rectifications.repository.ts';
import { inspectionErrors } from './inspections.errors.ts';
import { todayInBeijing } from './inspections.rules.ts';
import { presentCriticisms, presentRectifications } from './inspections.present.ts';
import { panelActions, rectificationWorkflow } from './rectification.workflow.ts';
import { sweepBeforeReading } from './sweep.service.ts';

export async function listRectifications(ctx: Ctx, query: RectificationListQuery): Promise<ListResult<RectificationListItem>> {
  requirePermission(ctx.principal, 'inspections.read');
  await sweepBeforeReading(ctx);
  const today = todayInBeijing();
  const result = await orders.listRectifications(ctx.db, ctx.principal.scope, query, today, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentRectifications(ctx.db, result.items, today), total: result.total };
}

export async function getRectification(ctx: Ctx, id: string): Promise<RectificationView> {
  requirePermission(ctx.principal, 'inspections.read');
  await sweepBeforeReading(ctx);
  const row = await orders.findRectificationInScope(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [item] = await presentRectifications(ctx.db, [row], todayInBeijing());
  const instance = await findWorkflow(ctx.db, rectificationWorkflow.kind, id);
  const workflow = instance ? await presentWorkflow(ctx.db, ctx.principal, ctx.locale, rectificationWorkflow, instance) : null;
  const answerable = workflow?.actions.some((a) => a.action === 'answer') ?? false;
  return {
    ...item!,
    criticismId: await orders.criticismIdOf(ctx.db, id),
    // Answering carries the team's account of what it did, so it has its own form rather than a panel button.
    workflow: workflow && { ...workflow, actions: workflow.actions.filter((a) => (panelActions as readonly string[]).includes(a.action)) },
    abilities: { answer: answerable && can(ctx.principal, 'rectifications.answer') },
  };
}

/** 反馈整改情况: the team leader reports what was done; the order goes to the inspector who recorded it. */
export async function answerRectification(ctx: Ctx, id: string, body: RectificationAnswerBody): Promise<RectificationView> {
  requirePermission(ctx.principal, 'rectifications.answer');
  await sweepBeforeReading(ctx);
  await ctx.db.transaction(async (tx) => {
    const before = await orders.lockRectification(tx, id);
    const row = before && (await orders.findRectificationInScope(tx, ctx.principal.scope, id));
    if (!before || !row) throw commonErrors.NOT_FOUND();
    if (before.state !== 'open' || !before.workflowId) throw inspectionErrors.RECTIFICATION_NOT_OPEN();
    const next: Assignee = row.createdBy ? { accountId: row.createdBy } : { role: 'discipline' };
    await advanceWorkflow(tx, { principal: ctx.principal, actor: ctx.actor }, rectificationWorkflow, before.workflowId, 'answer', {
      comment: body.response,
      assignee: next,
    });
    const respondedAt = new Date();
    await orders.updateRectification(tx, id, { state: 'answered', response: body.response, respondedAt });
    await recordAudit(tx, ctx.actor, {
      action: 'rectifications.answer',
      entityType: 'rectification',
      entityId: id,
      divisionCode: before.divisionCode,
      before: { state: before.state, response: before.response },
      after: { state: 'answered', response: body.response },
    });
  });
  return getRectification(ctx, id);
}

/** 验收 or 退回: an inspector of the region decides on the team's answer. */
export async function actOnRectification(ctx: Ctx, id: string, body: WorkflowActionBody): Promise<RectificationView> {
  requirePermission(ctx.principal, 'inspections.record');
  if (!(panelActions as readonly string[]).includes(body.action)) {
    throw commonErrors.VALIDATION_FAILED([{ path: 'action', message: '只能验收通过或退回重新整改' }]);
  }
  await sweepBeforeReading(ctx);
  await ctx.db.transaction(async (tx) => {
    const before = await orders.lockRectification(tx, id);
    const row = before && (await orders.findRectificationInScope(tx, ctx.principal.scope, id));
    if (!before || !row) throw commonErrors.NOT_FOUND();
    if (before.state !== 'answered' || !before.workflowId) throw inspectionErrors.RECTIFICATION_NOT_OPEN();
    const instance = await advanceWorkflow(tx, { principal: ctx.principal, actor: ctx.actor }, rectificationWorkflow, before.workflowId, body.action, {
      comment: body.comment,
    });
    const state = instance.state as 'open' | 'accepted';
    await orders.updateRectification(tx, id, { state });
    await recordAudit(tx, ctx.actor, {
      action: `rectifications.${body.action}`,
      entityType: 'rectification',
      entityId: id,
      divisionCode: before.divisionCode,
      reason: body.comment ?? null,
      before: { state: before.state },
      after: { state },
    });
  });
  return getRectification(ctx, id);
}

export async function listCriticisms(ctx: Ctx, query: CriticismListQuery): Promise<CriticismList> {
  requirePermission(ctx.principal, 'inspections.read');
  await sweepBeforeReading(ctx);
  const rows = await orders.readCriticisms(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  const counts = await orders.countCriticisms(ctx.db, ctx.principal.scope, query);
  return { items: await presentCriticisms(ctx.db, rows), total: counts.total, perCadre: counts.perCadre };
}
