import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';
import { commonErrors, type FieldError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { ListResult } from '../../platform/db/paging.ts';
import type { AdjustmentBody, BreakdownView, EvaluationDetail, MineItem, ScoresBody } from '../../../contracts/evaluations.ts';
import { divisionNames } from '../divisions/index.ts';
import * as repo from './evaluations.repository.ts';
import { evaluationErrors } from './evaluations.errors.ts';
import { presentAdjustments, presentItems, rankedTotals } from './evaluations.present.ts';
import { getBreakdown, getEvaluation, visibleTo } from './evaluations.service.ts';
import { round2 } from './evaluations.rules.ts';

async function lockInReach(ctx: Ctx, tx: Executor, id: string): Promise<repo.EvaluationRow> {
  const evaluation = await repo.lockEvaluation(tx, visibleTo(ctx), id);
  if (!evaluation) throw commonErrors.NOT_FOUND();
  return evaluation;
}

function maxOf(evaluation: repo.EvaluationRow, itemKey: string): number | undefined {
  return evaluation.rubric.find((item) => item.key === itemKey)?.maxScore;
}

/**
 * The township scores the township items of its own villages' cadres; the county the county items
 * (and a mass rating too thin to compute). All entries land or none do.
 */
export async function saveScores(ctx: Ctx, id: string, body: ScoresBody): Promise<{ saved: number }> {
  const township = can(ctx.principal, 'evaluations.score_township');
  const county = can(ctx.principal, 'evaluations.manage');
  if (!township && !county) throw commonErrors.FORBIDDEN();
  return ctx.db.transaction(async (tx) => {
    const evaluation = await lockInReach(ctx, tx, id);
    if (evaluation.state !== 'open') throw evaluationErrors.EVALUATION_NOT_OPEN();
    const problems: FieldError[] = [];
    const writes: { row: repo.ScoreRow; score: number }[] = [];
    for (const [index, entry] of body.entries()) {
      const max = maxOf(evaluation, entry.itemKey);
      if (max === undefined) {
        problems.push({ path: `${index}.itemKey`, message: '测评细则中没有这一项' });
        continue;
      }
      if (entry.score > max) problems.push({ path: `${index}.score`, message: `得分应在 0 至 ${max} 之间` });
      const row = await repo.lockScore(tx, id, entry.cadreId, entry.itemKey);
      if (!row || !codeInScope(ctx.principal.scope, row.divisionCode)) throw commonErrors.NOT_FOUND();
      const allowed = (row.source === 'township' && township) || (row.source === 'county' && county);
      if (!allowed) throw commonErrors.FORBIDDEN();
      writes.push({ row, score: entry.score });
    }
    if (problems.length > 0) throw evaluationErrors.EVALUATION_INVALID(problems);
    const at = new Date();
    for (const { row, score } of writes) {
      const after = await repo.updateScore(tx, row.id, { score: score.toFixed(2), scoredBy: ctx.principal.accountId, scoredAt: at });
      await recordAudit(tx, ctx.actor, {
        action: 'evaluations.score',
        entityType: 'evaluation_score',
        entityId: row.id,
        divisionCode: row.divisionCode,
        before: { score: row.score },
        after: { evaluationId: id, cadreId: row.cadreId, itemKey: row.itemKey, score: after.score },
      });
    }
    return { saved: writes.length };
  });
}

/** The county changes any item, with a reason kept beside the score, until the results are published. */
export async function adjustScore(ctx: Ctx, id: string, body: AdjustmentBody): Promise<BreakdownView> {
  requirePermission(ctx.principal, 'evaluations.manage');
  await ctx.db.transaction(async (tx) => {
    const evaluation = await lockInReach(ctx, tx, id);
    if (!codeInScope(ctx.principal.scope, evaluation.divisionCode)) throw commonErrors.NOT_FOUND();
    if (evaluation.state === 'published') throw evaluationErrors.EVALUATION_PUBLISHED();
    const max = maxOf(evaluation, body.itemKey);
    if (max === undefined) throw evaluationErrors.EVALUATION_INVALID([{ path: 'itemKey', message: '测评细则中没有这一项' }]);
    if (body.score > max) throw evaluationErrors.EVALUATION_INVALID([{ path: 'score', message: `得分应在 0 至 ${max} 之间` }]);
    const row = await repo.lockScore(tx, id, body.cadreId, body.itemKey);
    if (!row) throw commonErrors.NOT_FOUND();
    const after = body.score.toFixed(2);
    await repo.updateScore(tx, row.id, { score: after, scoredBy: ctx.principal.accountId, scoredAt: new Date() });
    const adjustment = await repo.insertAdjustment(tx, {
      evaluationId: id,
      scoreId: row.id,
      cadreId: body.cadreId,
      itemKey: body.itemKey,
      before: row.score,
      after,
      reason: body.reason,
      adjustedBy: ctx.principal.accountId,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'evaluations.adjust',
      entityType: 'evaluation_score',
      entityId: row.id,
      divisionCode: row.divisionCode,
      reason: body.reason,
      before: { score: row.score },
      after: { evaluationId: id, cadreId: body.cadreId, itemKey: body.itemKey, score: after, adjustmentId: adjustment.id },
    });
  });
  return getBreakdown(ctx, id, body.cadreId);
}

async function moveState(ctx: Ctx, id: string, to: 'confirmed' | 'published'): Promise<EvaluationDetail> {
  requirePermission(ctx.principal, 'evaluations.manage');
  await ctx.db.transaction(async (tx) => {
    const evaluation = await lockInReach(ctx, tx, id);
    if (!codeInScope(ctx.principal.scope, evaluation.divisionCode)) throw commonErrors.NOT_FOUND();
    if (to === 'confirmed') {
      if (evaluation.state !== 'open') throw evaluationErrors.ALREADY_CONFIRMED();
      const missing = await repo.missingScores(tx, id);
      if (missing > 0) throw evaluationErrors.SCORES_MISSING(undefined, { count: missing });
    } else if (evaluation.state === 'published') {
      throw evaluationErrors.EVALUATION_PUBLISHED();
    } else if (evaluation.state !== 'confirmed') {
      throw evaluationErrors.NOT_CONFIRMED();
    }
    const at = new Date();
    const values = to === 'confirmed' ? { state: to, confirmedBy: ctx.principal.accountId, confirmedAt: at } : { state: to, publishedBy: ctx.principal.accountId, publishedAt: at };
    const after = await repo.updateEvaluation(tx, id, values);
    await recordAudit(tx, ctx.actor, { action: `evaluations.${to === 'confirmed' ? 'confirm' : 'publish'}`, entityType: 'evaluation', entityId: id, divisionCode: evaluation.divisionCode, before: { state: evaluation.state }, after: { state: after.state } });
  });
  return getEvaluation(ctx, id, { page: 1, pageSize: 20, sort: 'rank', order: 'asc' });
}

export const confirmEvaluation = (ctx: Ctx, id: string) => moveState(ctx, id, 'confirmed');
export const publishEvaluation = (ctx: Ctx, id: string) => moveState(ctx, id, 'published');

/** A cadre's own published results: his items and rank in the county, never another cadre's scores. */
export async function myEvaluations(ctx: Ctx): Promise<ListResult<MineItem>> {
  requirePermission(ctx.principal, 'evaluations.read_own');
  const cadreId = ctx.principal.cadreId;
  if (!cadreId) return { items: [], total: 0 };
  const published = await repo.publishedFor(ctx.db, cadreId);
  const names = await divisionNames(ctx.db, [...new Set(published.map((e) => e.divisionCode))]);
  const items: MineItem[] = [];
  for (const evaluation of published) {
    const { all } = await rankedTotals(ctx.db, evaluation.id, { national: true, divisionCode: null, divisionPrefix: null, unitId: null }, {});
    const own = all.find((r) => r.cadreId === cadreId)!;
    items.push({
      evaluationId: evaluation.id,
      year: evaluation.year,
      quarter: evaluation.quarter,
      divisionName: names.get(evaluation.divisionCode) ?? null,
      publishedAt: evaluation.publishedAt?.toISOString() ?? null,
      total: round2(own.total),
      rank: own.rank.county,
      rankedCount: all.length,
      items: await presentItems(ctx.db, evaluation.rubric, await repo.readScores(ctx.db, evaluation.id, [cadreId])),
      adjustments: presentAdjustments(await repo.readAdjustments(ctx.db, evaluation.id, cadreId)),
    });
  }
  return { items, total: items.length };
}
