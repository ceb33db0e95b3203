import type { Ctx } from '../../platform/http/context.ts';
import { requirePermission } from '../../platform/access/permissions.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { ListResult } from '../../platform/db/paging.ts';
import { centsToMoney, toCents } from '../../../contracts/money.ts';
import {
  pairingActivityKinds,
  redFlagSteps,
  type ActivityBody,
  type ActivityView,
  type PairingDetail,
  type PairingSummary,
  type PairingSummaryQuery,
  type RedFlagBody,
} from '../../../contracts/branch-pairings.ts';
import * as repo from './branch-pairings.repository.ts';
import { pairingErrors } from './branch-pairings.errors.ts';
import { mayKeepPairing, mayRecordRedFlag } from './branch-pairings.policy.ts';
import { presentActivity } from './branch-pairings.present.ts';
import { activityProblems, checkRedFlagOrder, pairingToday, redFlagDateProblems } from './branch-pairings.rules.ts';
import { getPairing, pairingInReach, visibleTo } from './branch-pairings.service.ts';

export async function listActivities(ctx: Ctx, pairingId: string): Promise<ListResult<ActivityView>> {
  requirePermission(ctx.principal, 'branch_pairings.read');
  if (!(await repo.findPairing(ctx.db, visibleTo(ctx), pairingId))) throw commonErrors.NOT_FOUND();
  const rows = await repo.listActivities(ctx.db, pairingId);
  return { items: rows.map(presentActivity), total: rows.length };
}

export async function addActivity(ctx: Ctx, pairingId: string, body: ActivityBody): Promise<ActivityView> {
  requirePermission(ctx.principal, 'branch_pairings.write');
  return ctx.db.transaction(async (tx) => {
    const { pairing, led } = await pairingInReach(ctx, tx, pairingId);
    if (!mayKeepPairing(ctx.principal, pairing, led)) throw commonErrors.FORBIDDEN();
    const problems = activityProblems(body, pairing, pairingToday());
    if (problems.length > 0) throw pairingErrors.PAIRING_INVALID(problems);
    const row = await repo.insertActivity(tx, {
      pairingId,
      divisionCode: pairing.divisionCode,
      kind: body.kind,
      happenedOn: body.happenedOn,
      description: body.description,
      quantity: body.quantity ?? null,
      measure: body.measure ?? null,
      amount: body.amount ?? null,
      recordedBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, { action: 'branch_pairings.activity_add', entityType: 'branch_pairing_activity', entityId: row.id, divisionCode: row.divisionCode, after: row });
    return presentActivity(row);
  });
}

export async function deleteActivity(ctx: Ctx, pairingId: string, activityId: string): Promise<void> {
  requirePermission(ctx.principal, 'branch_pairings.write');
  await ctx.db.transaction(async (tx) => {
    const { pairing, led } = await pairingInReach(ctx, tx, pairingId);
    const activity = await repo.findActivity(tx, pairingId, activityId);
    if (!activity) throw commonErrors.NOT_FOUND();
    if (!mayKeepPairing(ctx.principal, pairing, led)) throw commonErrors.FORBIDDEN();
    await repo.deleteActivity(tx, activityId);
    await recordAudit(tx, ctx.actor, { action: 'branch_pairings.activity_delete', entityType: 'branch_pairing_activity', entityId: activityId, divisionCode: activity.divisionCode, before: activity });
  });
}

/** 红旗党支部: the next step only, each by whom it belongs to, dated in order. */
export async function recordRedFlag(ctx: Ctx, pairingId: string, body: RedFlagBody): Promise<PairingDetail> {
  await ctx.db.transaction(async (tx) => {
    const { pairing, led } = await pairingInReach(ctx, tx, pairingId);
    if (!mayRecordRedFlag(ctx.principal, body.step, pairing, led)) throw commonErrors.FORBIDDEN();
    const reached = await repo.listRedFlag(tx, pairingId);
    const order = checkRedFlagOrder(
      body.step,
      reached.map((r) => r.step),
    );
    if (!order.ok) {
      const label = redFlagSteps.labels[body.step].zh;
      if (order.reason === 'done') throw pairingErrors.RED_FLAG_STEP_DONE([{ path: 'step', message: `「${label}」已登记` }], { step: label });
      if (!order.expected) throw pairingErrors.RED_FLAG_COMPLETE([{ path: 'step', message: '已完成全部环节' }]);
      const expected = redFlagSteps.labels[order.expected].zh;
      throw pairingErrors.RED_FLAG_OUT_OF_ORDER([{ path: 'step', message: `下一环节是「${expected}」` }], { expected });
    }
    const previous = reached.at(-1)?.reachedOn ?? null;
    const problems = redFlagDateProblems(body.reachedOn, pairing.startedOn, previous, pairingToday());
    if (problems.length > 0) throw pairingErrors.PAIRING_INVALID(problems);
    const row = await repo.insertRedFlag(tx, { pairingId, step: body.step, reachedOn: body.reachedOn, note: body.note ?? null, recordedBy: ctx.principal.accountId });
    await recordAudit(tx, ctx.actor, { action: 'branch_pairings.red_flag', entityType: 'branch_pairing', entityId: pairingId, divisionCode: pairing.divisionCode, after: row });
  });
  return getPairing(ctx, pairingId);
}

/** The list header's figures over what the caller sees, narrowed to a region if asked. */
export async function pairingSummary(ctx: Ctx, query: PairingSummaryQuery): Promise<PairingSummary> {
  requirePermission(ctx.principal, 'branch_pairings.read');
  const figures = await repo.summaryFigures(ctx.db, visibleTo(ctx), query.divisionCode);
  const kinds = new Map(figures.kinds.map((k) => [k.kind, k]));
  const steps = new Map(figures.steps.map((s) => [s.step, s.count]));
  return {
    divisionCode: query.divisionCode ?? null,
    pairs: figures.pairs,
    active: figures.active,
    activities: pairingActivityKinds.codes.map((kind) => ({ kind, count: kinds.get(kind)?.count ?? 0 })),
    amount: centsToMoney(figures.kinds.reduce((sum, k) => sum + toCents(k.amount), 0)),
    redFlag: redFlagSteps.codes.map((step) => ({ step, count: steps.get(step) ?? 0 })),
  };
}
