import type { CampaignLine } from '../../../contracts/party-codes.ts';
import type { AssessmentFormula } from './campaigns.schema.ts';

export type LineResult = { line: CampaignLine; target: number; achieved: number };

export function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/** Completion of one line in percent, counted no further than the cap; null when there is no target to complete. */
export function completionPercent(achieved: number, target: number, capPercent: number): number | null {
  if (target <= 0) return null;
  return round2(Math.min((achieved / target) * 100, capPercent));
}

/**
 * 专项目标考核 [001]: fullScore × Σ(weight × min(achieved/target, cap)) / Σ weight, over the lines
 * the unit has a target on. A line without a target neither helps nor hurts; a unit with none is not scored.
 */
export function assessmentScore(formula: AssessmentFormula, results: readonly LineResult[]): number | null {
  let weighted = 0;
  let weights = 0;
  for (const r of results) {
    const weight = formula.weights[r.line] ?? 0;
    if (r.target <= 0 || weight <= 0) continue;
    weighted += weight * Math.min(r.achieved / r.target, formula.capPercent / 100);
    weights += weight;
  }
  if (weights === 0) return null;
  return round2((formula.fullScore * weighted) / weights);
}

/** Standard competition ranks by score, best first (1, 2, 2, 4); unscored units get no rank. */
export function ranksOf(scores: readonly (number | null)[]): (number | null)[] {
  return scores.map((score) => (score === null ? null : 1 + scores.filter((other) => other !== null && other > score).length));
}
