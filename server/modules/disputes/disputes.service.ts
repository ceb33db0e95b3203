import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import {
  disputeStates,
  type DisputeCreateBody,
  type DisputeListItem,
  type DisputeListQuery,
  type DisputeReferBody,
  type DisputeResolveBody,
  type DisputeUpdateBody,
  type DisputeView,
  type MediationBody,
} from '../../../contracts/disputes.ts';
import * as repo from './disputes.repository.ts';
import { disputeErrors } from './disputes.errors.ts';
import { presentDisputes, presentMediations } from './disputes.present.ts';
import {
  datesProblems,
  disputeStateAfter,
  disputeStepAllowed,
  mediationProblems,
  resolveProblems,
  todayInBeijing,
  type DisputeStep,
  type FieldError,
} from './disputes.rules.ts';

function failOn(problems: FieldError[]): void {
  if (problems.length > 0) throw commonErrors.VALIDATION_FAILED(problems);
}

function isVillage(code: string | null | undefined): code is string {
  return typeof code === 'string' && /^\d{12}$/.test(code) && !code.endsWith('000');
}

export async function listDisputes(ctx: Ctx, query: DisputeListQuery): Promise<ListResult<DisputeListItem>> {
  requirePermission(ctx.principal, 'disputes.read');
  const result = await repo.listDisputes(ctx.db, ctx.principal.scope, query, { limit: query.pageSize, offset: offsetOf(query) });
  return { items: await presentDisputes(ctx.db, result.items, todayInBeijing()), total: result.total };
}

export async function getDispute(ctx: Ctx, id: string): Promise<DisputeView> {
  requirePermission(ctx.principal, 'disputes.read');
  const row = await repo.findDisputeInScope(ctx.db, ctx.principal.scope, id);
  if (!row) throw commonErrors.NOT_FOUND();
  const [item] = await presentDisputes(ctx.db, [row], todayInBeijing());
  const open = disputeStepAllowed(row.state, 'update') && can(ctx.principal, 'disputes.write');
  return { ...item!, mediations: presentMediations(await repo.mediationsOf(ctx.db, id)), abilities: { update: open, mediate: open, resolve: open, refer: open } };
}

export async function createDispute(ctx: Ctx, body: DisputeCreateBody): Promise<DisputeView> {
  requirePermission(ctx.principal, 'disputes.write');
  failOn(datesProblems(body, todayInBeijing()));
  const code = body.divisionCode ?? ctx.principal.scope.divisionCode;
  if (!isVillage(code)) failOn([{ path: 'divisionCode', message: '请选择纠纷所在的村' }]);
  if (!codeInScope(ctx.principal.scope, code)) failOn([{ path: 'divisionCode', message: '只能登记本辖区内的村' }]);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertDispute(tx, {
      divisionCode: code!,
      title: body.title,
      category: body.category,
      parties: body.parties,
      description: body.description,
      startedOn: body.startedOn ?? null,
      reportedOn: body.reportedOn,
      state: 'open',
      createdBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, { action: 'disputes.create', entityType: 'dispute', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return row.id;
  });
  return getDispute(ctx, id);
}

/** A change on a locked row: 404 out of scope, 409 once the dispute is resolved or referred. */
async function change(ctx: Ctx, id: string, step: DisputeStep, apply: (dispute: repo.DisputeRow, tx: Executor) => Promise<Partial<repo.DisputeRow>>): Promise<DisputeView> {
  requirePermission(ctx.principal, 'disputes.write');
  await ctx.db.transaction(async (tx) => {
    const dispute = await repo.lockDispute(tx, ctx.principal.scope, id);
    if (!dispute) throw commonErrors.NOT_FOUND();
    if (!disputeStepAllowed(dispute.state, step)) {
      throw disputeErrors.DISPUTE_CLOSED(undefined, { state: disputeStates.labels[dispute.state][ctx.locale === 'en' ? 'en' : 'zh'] });
    }
    const values = await apply(dispute, tx);
    const after = await repo.updateDispute(tx, id, { ...values, state: disputeStateAfter(dispute.state, step) });
    await recordAudit(tx, ctx.actor, { action: `disputes.${step}`, entityType: 'dispute', entityId: id, divisionCode: after.divisionCode, before: dispute, after });
  });
  return getDispute(ctx, id);
}

export function updateDispute(ctx: Ctx, id: string, body: DisputeUpdateBody): Promise<DisputeView> {
  failOn(datesProblems(body, todayInBeijing()));
  return change(ctx, id, 'update', async () => ({
    title: body.title,
    category: body.category,
    parties: body.parties,
    description: body.description,
    startedOn: body.startedOn ?? null,
    reportedOn: body.reportedOn,
  }));
}

export function addMediation(ctx: Ctx, id: string, body: MediationBody): Promise<DisputeView> {
  return change(ctx, id, 'mediate', async (dispute, tx) => {
    failOn(mediationProblems(dispute, body.mediatedOn, todayInBeijing()));
    const mediation = await repo.insertMediation(tx, {
      disputeId: id,
      mediatedOn: body.mediatedOn,
      mediators: body.mediators,
      content: body.content,
      result: body.result || null,
      createdBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, { action: 'disputes.mediation', entityType: 'dispute_mediation', entityId: mediation.id, divisionCode: dispute.divisionCode, after: mediation });
    return {};
  });
}

export function resolveDispute(ctx: Ctx, id: string, body: DisputeResolveBody): Promise<DisputeView> {
  return change(ctx, id, 'resolve', async (dispute) => {
    failOn(resolveProblems(dispute, body.resolvedOn, todayInBeijing()));
    return { resolvedOn: body.resolvedOn, outcome: body.outcome };
  });
}

/** Handed to the township's mediation committee or the courts; the reason is kept as its outcome. */
export function referDispute(ctx: Ctx, id: string, body: DisputeReferBody): Promise<DisputeView> {
  return change(ctx, id, 'refer', async () => ({ outcome: body.reason }));
}
