import type { Executor } from '../../platform/db/client.ts';
import { divisionPrefix, type Scope } from '../../platform/access/scope.ts';
import type { AdjustmentView, EvaluationView, ItemScore, RankingExportQuery, RankingRow, Ranks } from '../../../contracts/evaluations.ts';
import type { RubricItem } from '../../../contracts/evaluation-codes.ts';
import { divisionNames } from '../divisions/index.ts';
import * as repo from './evaluations.repository.ts';
import { rankAll } from './evaluations.rules.ts';

const num = (value: string | null): number | null => (value === null ? null : Number(value));

export async function presentEvaluations(executor: Executor, rows: repo.EvaluationListRow[]): Promise<EvaluationView[]> {
  const names = await divisionNames(executor, [...new Set(rows.map((r) => r.evaluation.divisionCode))]);
  return rows.map(({ evaluation: e, cadreCount, missingCount }) => ({
    id: e.id,
    divisionCode: e.divisionCode,
    divisionName: names.get(e.divisionCode) ?? null,
    year: e.year,
    quarter: e.quarter,
    state: e.state,
    cadreCount,
    missingCount,
    computedAt: e.computedAt?.toISOString() ?? null,
    confirmedAt: e.confirmedAt?.toISOString() ?? null,
    publishedAt: e.publishedAt?.toISOString() ?? null,
  }));
}

export type RankedTotal = repo.TotalRow & { rank: Ranks };

/** Every cadre's total and ranks across the whole county, then only the rows the caller may see and asked for. */
export async function rankedTotals(executor: Executor, evaluationId: string, scope: Scope, query: Partial<RankingExportQuery>): Promise<{ all: RankedTotal[]; shown: RankedTotal[] }> {
  const totals = await repo.readTotals(executor, evaluationId);
  const ranks = rankAll(totals);
  const all = totals.map((row) => ({ ...row, rank: ranks.get(row.cadreId)! }));
  const prefixes = [scope.national ? null : scope.divisionPrefix, query.divisionCode ? divisionPrefix(query.divisionCode) : null].filter((p): p is string => p !== null && p.length > 6);
  const shown = all.filter((row) => prefixes.every((p) => row.divisionCode.startsWith(p)));
  const direction = query.order === 'desc' ? -1 : 1;
  const byTotal = query.sort === 'total';
  shown.sort((a, b) => direction * (byTotal ? a.total - b.total : a.rank.county - b.rank.county) || a.cadreId.localeCompare(b.cadreId));
  return { all, shown };
}

/** The ranking rows with names and each item's score. */
export async function presentRanking(executor: Executor, evaluationId: string, rows: RankedTotal[]): Promise<RankingRow[]> {
  const cadreIds = rows.map((r) => r.cadreId);
  const [scores, cadres, teams] = await Promise.all([
    repo.readScores(executor, evaluationId, cadreIds),
    repo.cadreNames(executor, cadreIds),
    repo.teamNames(executor, [...new Set(rows.map((r) => r.teamId).filter((t): t is string => t !== null))]),
  ]);
  const places = await divisionNames(executor, [...new Set(rows.flatMap((r) => [r.divisionCode, r.divisionCode.slice(0, 9).padEnd(12, '0')]))]);
  const byCadre = new Map<string, Record<string, number | null>>();
  for (const score of scores) {
    const items = byCadre.get(score.cadreId) ?? {};
    items[score.itemKey] = num(score.score);
    byCadre.set(score.cadreId, items);
  }
  return rows.map((row) => ({
    cadreId: row.cadreId,
    cadreName: cadres.get(row.cadreId) ?? '',
    teamId: row.teamId,
    teamName: row.teamId ? (teams.get(row.teamId) ?? null) : null,
    divisionCode: row.divisionCode,
    villageName: places.get(row.divisionCode) ?? null,
    townshipName: places.get(row.divisionCode.slice(0, 9).padEnd(12, '0')) ?? null,
    total: row.total,
    missing: row.missing,
    rank: row.rank,
    scores: byCadre.get(row.cadreId) ?? {},
  }));
}

export async function presentItems(executor: Executor, rubric: RubricItem[], scores: repo.ScoreRow[]): Promise<ItemScore[]> {
  const byKey = new Map(scores.map((s) => [s.itemKey, s]));
  const scorers = await repo.accountNames(executor, [...new Set(scores.map((s) => s.scoredBy).filter((id): id is string => id !== null))]);
  return rubric.flatMap((item) => {
    const score = byKey.get(item.key);
    if (!score) return [];
    return [
      {
        key: item.key,
        label: item.label,
        method: item.method,
        maxScore: item.maxScore,
        source: score.source,
        score: num(score.score),
        computedScore: num(score.computedScore),
        evidence: score.evidence,
        scoredByName: score.scoredBy ? (scorers.get(score.scoredBy) ?? null) : null,
        scoredAt: score.scoredAt?.toISOString() ?? null,
      },
    ];
  });
}

export function presentAdjustments(rows: Awaited<ReturnType<typeof repo.readAdjustments>>): AdjustmentView[] {
  return rows.map((a) => ({
    id: a.id,
    itemKey: a.itemKey,
    before: num(a.before),
    after: Number(a.after),
    reason: a.reason,
    adjustedByName: a.adjustedByName,
    adjustedAt: a.adjustedAt.toISOString(),
  }));
}
