import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { can, requirePermission } from '../../platform/access/permissions.ts';
import { codeInScope, divisionPrefix, type Scope } from '../../platform/access/scope.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { offsetOf, type ListResult } from '../../platform/db/paging.ts';
import type {
  BreakdownView,
  EvaluationDetail,
  EvaluationListQuery,
  EvaluationView,
  OpenBody,
  RankingQuery,
  RubricBody,
  RubricQuery,
  RubricView,
} from '../../../contracts/evaluations.ts';
import type { RubricItem } from '../../../contracts/evaluation-codes.ts';
import { divisionNames, findDivision } from '../divisions/index.ts';
import { beijingDay } from '../reports/index.ts';
import * as repo from './evaluations.repository.ts';
import { evaluationErrors } from './evaluations.errors.ts';
import { computeRows } from './evaluations-compute.service.ts';
import { presentAdjustments, presentEvaluations, presentItems, presentRanking, rankedTotals } from './evaluations.present.ts';
import { defaultRubric, defaultRubricName, quarterOfDay, round2, rubricProblems } from './evaluations.rules.ts';

export function visibleTo(ctx: Ctx) {
  return repo.evaluationScopeCondition(ctx.principal.scope);
}

export function today(): string {
  return beijingDay(new Date());
}

/** The code lies in the scope, or the scope lies inside it (a township reads its county's rubric). */
function reaches(scope: Scope, code: string): boolean {
  if (codeInScope(scope, code)) return true;
  return scope.divisionPrefix !== null && scope.divisionPrefix.startsWith(divisionPrefix(code));
}

const isCounty = (code: string) => divisionPrefix(code).length === 6;

/** The county's own rubric, else the nearest ancestor's (city, then province), else the built-in default. */
export async function resolveRubric(executor: Executor, code: string): Promise<{ name: string; items: RubricItem[]; origin: RubricView['origin']; originDivisionCode: string | null }> {
  const prefix = divisionPrefix(code);
  const chain = [prefix, prefix.slice(0, 4), prefix.slice(0, 2)].filter((p, i, all) => p.length >= 2 && all.indexOf(p) === i).map((p) => p.padEnd(12, '0'));
  const rows = await repo.findRubrics(executor, chain);
  for (const candidate of chain) {
    const row = rows.find((r) => r.divisionCode === candidate);
    if (row) return { name: row.name, items: row.items, origin: candidate === chain[0] ? 'own' : 'inherited', originDivisionCode: candidate };
  }
  return { name: defaultRubricName, items: defaultRubric, origin: 'default', originDivisionCode: null };
}

export async function getRubric(ctx: Ctx, query: RubricQuery): Promise<RubricView> {
  if (!can(ctx.principal, 'evaluations.read') && !can(ctx.principal, 'evaluations.manage')) throw commonErrors.FORBIDDEN();
  const code = query.divisionCode ?? ctx.principal.scope.divisionCode;
  if (!code) throw evaluationErrors.RUBRIC_INVALID([{ path: 'divisionCode', message: '请选择县（市、区）' }]);
  if (!reaches(ctx.principal.scope, code)) throw commonErrors.NOT_FOUND();
  const rubric = await resolveRubric(ctx.db, code);
  const names = await divisionNames(ctx.db, rubric.originDivisionCode ? [rubric.originDivisionCode] : []);
  return {
    divisionCode: code,
    name: rubric.name,
    origin: rubric.origin,
    originDivisionCode: rubric.originDivisionCode,
    originDivisionName: rubric.originDivisionCode ? (names.get(rubric.originDivisionCode) ?? null) : null,
    items: rubric.items,
    editable: can(ctx.principal, 'evaluations.manage') && isCounty(code) && codeInScope(ctx.principal.scope, code),
  };
}

export async function saveRubric(ctx: Ctx, body: RubricBody): Promise<RubricView> {
  requirePermission(ctx.principal, 'evaluations.manage');
  if (!codeInScope(ctx.principal.scope, body.divisionCode)) throw commonErrors.NOT_FOUND();
  const problems = rubricProblems(body.items);
  if (!isCounty(body.divisionCode)) problems.unshift({ path: 'divisionCode', message: '测评细则按县（市、区）设置' });
  if (problems.length > 0) throw evaluationErrors.RUBRIC_INVALID(problems);
  await ctx.db.transaction(async (tx) => {
    const before = (await repo.findRubrics(tx, [body.divisionCode]))[0];
    const after = await repo.upsertRubric(tx, { divisionCode: body.divisionCode, name: body.name, items: body.items, createdBy: ctx.principal.accountId });
    await recordAudit(tx, ctx.actor, { action: 'evaluations.rubric', entityType: 'evaluation_rubric', entityId: after.id, divisionCode: body.divisionCode, before, after });
  });
  return getRubric(ctx, { divisionCode: body.divisionCode });
}

export async function listEvaluations(ctx: Ctx, query: EvaluationListQuery): Promise<ListResult<EvaluationView>> {
  requirePermission(ctx.principal, 'evaluations.read');
  const rows = await repo.readEvaluations(ctx.db, visibleTo(ctx), query, { limit: query.pageSize, offset: offsetOf(query) });
  const total = await repo.countEvaluations(ctx.db, visibleTo(ctx), query);
  return { items: await presentEvaluations(ctx.db, rows), total };
}

async function readable(ctx: Ctx, id: string): Promise<repo.EvaluationListRow> {
  requirePermission(ctx.principal, 'evaluations.read');
  const row = await repo.findEvaluation(ctx.db, visibleTo(ctx), id);
  if (!row) throw commonErrors.NOT_FOUND();
  return row;
}

export async function getEvaluation(ctx: Ctx, id: string, query: RankingQuery): Promise<EvaluationDetail> {
  const row = await readable(ctx, id);
  const [view] = await presentEvaluations(ctx.db, [row]);
  const { shown } = await rankedTotals(ctx.db, id, ctx.principal.scope, query);
  const page = shown.slice(offsetOf(query), offsetOf(query) + query.pageSize);
  const state = row.evaluation.state;
  const manages = can(ctx.principal, 'evaluations.manage');
  return {
    ...view!,
    rubric: row.evaluation.rubric,
    abilities: {
      scoreTownship: can(ctx.principal, 'evaluations.score_township') && state === 'open',
      scoreCounty: manages && state === 'open',
      adjust: manages && state !== 'published',
      recompute: manages && state === 'open',
      confirm: manages && state === 'open',
      publish: manages && state === 'confirmed',
    },
    ranking: { items: await presentRanking(ctx.db, id, page), total: shown.length },
  };
}

export async function getBreakdown(ctx: Ctx, id: string, cadreId: string): Promise<BreakdownView> {
  const row = await readable(ctx, id);
  const { all, shown } = await rankedTotals(ctx.db, id, ctx.principal.scope, {});
  const mine = shown.find((r) => r.cadreId === cadreId);
  if (!mine) throw commonErrors.NOT_FOUND();
  const [ranked] = await presentRanking(ctx.db, id, [mine]);
  const scores = await repo.readScores(ctx.db, id, [cadreId]);
  return {
    evaluationId: id,
    year: row.evaluation.year,
    quarter: row.evaluation.quarter,
    state: row.evaluation.state,
    cadreId,
    cadreName: ranked!.cadreName,
    teamName: ranked!.teamName,
    villageName: ranked!.villageName,
    total: round2(mine.total),
    rank: mine.rank,
    rankedCount: all.length,
    items: await presentItems(ctx.db, row.evaluation.rubric, scores),
    adjustments: presentAdjustments(await repo.readAdjustments(ctx.db, id, cadreId)),
  };
}

/** Opens a county's quarter with a copy of its rubric and computes every cadre's evidence-based items. */
export async function openEvaluation(ctx: Ctx, body: OpenBody): Promise<EvaluationDetail> {
  requirePermission(ctx.principal, 'evaluations.manage');
  if (!codeInScope(ctx.principal.scope, body.divisionCode)) throw commonErrors.NOT_FOUND();
  const problems = [];
  if (!isCounty(body.divisionCode) || !(await findDivision(ctx.db, body.divisionCode))) problems.push({ path: 'divisionCode', message: '请选择一个县（市、区）' });
  const now = quarterOfDay(today());
  if (body.year * 4 + body.quarter > now.year * 4 + now.quarter) problems.push({ path: 'quarter', message: '该季度尚未开始' });
  if (problems.length > 0) throw evaluationErrors.EVALUATION_INVALID(problems);
  const id = await ctx.db.transaction(async (tx) => {
    if (await repo.findQuarter(tx, body.divisionCode, body.year, body.quarter)) throw evaluationErrors.EVALUATION_EXISTS(undefined, body);
    const rubric = await resolveRubric(tx, body.divisionCode);
    const evaluation = await insertOnce(tx, { ...body, rubric: rubric.items, createdBy: ctx.principal.accountId, computedAt: new Date() }, body);
    const rows = await computeRows(tx, evaluation, today());
    await repo.insertScores(tx, rows);
    await recordAudit(tx, ctx.actor, {
      action: 'evaluations.open',
      entityType: 'evaluation',
      entityId: evaluation.id,
      divisionCode: evaluation.divisionCode,
      after: { ...body, rubric: rubric.origin, cadres: new Set(rows.map((r) => r.cadreId)).size },
    });
    return evaluation.id;
  });
  return getEvaluation(ctx, id, { page: 1, pageSize: 20, sort: 'rank', order: 'asc' });
}

/** Two requests for the same quarter may both pass the check; the unique index stops the second. */
async function insertOnce(tx: Executor, values: Parameters<typeof repo.insertEvaluation>[1], body: OpenBody): Promise<repo.EvaluationRow> {
  try {
    return await repo.insertEvaluation(tx, values);
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    if (code === '23505') throw evaluationErrors.EVALUATION_EXISTS(undefined, body);
    throw error;
  }
}

/** Refreshes the computed items nobody adjusted; scores people gave and adjusted items stay. */
export async function recompute(ctx: Ctx, id: string): Promise<EvaluationDetail> {
  requirePermission(ctx.principal, 'evaluations.manage');
  await ctx.db.transaction(async (tx) => {
    const evaluation = await repo.lockEvaluation(tx, visibleTo(ctx), id);
    if (!evaluation || !codeInScope(ctx.principal.scope, evaluation.divisionCode)) throw commonErrors.NOT_FOUND();
    if (evaluation.state !== 'open') throw evaluationErrors.EVALUATION_NOT_OPEN();
    const fresh = await computeRows(tx, evaluation, today());
    const existing = new Map((await repo.readScores(tx, id)).map((s) => [`${s.cadreId}:${s.itemKey}`, s]));
    const adjusted = await repo.adjustedScoreIds(tx, id);
    const added = [];
    let refreshed = 0;
    for (const row of fresh) {
      const old = existing.get(`${row.cadreId}:${row.itemKey}`);
      if (!old) {
        added.push(row);
        continue;
      }
      if (adjusted.has(old.id) || row.source !== 'computed') continue;
      if (old.computedScore === row.computedScore && old.source === 'computed' && JSON.stringify(old.evidence) === JSON.stringify(row.evidence)) continue;
      await repo.updateScore(tx, old.id, { source: 'computed', computedScore: row.computedScore, score: row.computedScore, evidence: row.evidence, scoredBy: null, scoredAt: null });
      refreshed += 1;
    }
    await repo.insertScores(tx, added);
    await repo.updateEvaluation(tx, id, { computedAt: new Date() });
    await recordAudit(tx, ctx.actor, { action: 'evaluations.recompute', entityType: 'evaluation', entityId: id, divisionCode: evaluation.divisionCode, after: { refreshed, added: added.length } });
  });
  return getEvaluation(ctx, id, { page: 1, pageSize: 20, sort: 'rank', order: 'asc' });
}
