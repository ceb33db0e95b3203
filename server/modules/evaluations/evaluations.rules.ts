import type { FieldError } from '../../platform/errors/app-error.ts';
import type { RubricItem, RubricMethod, ScoreSource } from '../../../contracts/evaluation-codes.ts';
import type { Ranks } from '../../../contracts/evaluations.ts';

/**
 * The rubric a county without its own (and without one set above it) evaluates by. Weights follow the
 * usual 驻村 evaluation: presence and visits weigh most; leave, inspections and criticisms only deduct.
 */
export const defaultRubric: RubricItem[] = [
  { key: 'presence_days', label: '在村天数', method: 'presence_days', maxScore: 20, target: 60 },
  { key: 'visits', label: '走访覆盖率', method: 'visits', maxScore: 15, target: 100 },
  { key: 'diaries', label: '民情日记', method: 'diaries', maxScore: 10, target: 12 },
  { key: 'reports_on_time', label: '按时报送月报', method: 'reports_on_time', maxScore: 5, target: 3 },
  { key: 'org_life', label: '参加组织生活', method: 'org_life', maxScore: 5, target: 3 },
  { key: 'leave', label: '请销假规范', method: 'leave', maxScore: 5, deductPer: 2 },
  { key: 'inspection_findings', label: '督查查岗', method: 'inspection_findings', maxScore: 10, deductPer: 2 },
  { key: 'criticisms', label: '通报批评', method: 'criticisms', maxScore: 5, deductPer: 5 },
  { key: 'mass_rating', label: '群众评议满意率', method: 'mass_rating', maxScore: 10, target: 100 },
  { key: 'township_score', label: '乡镇党委评分', method: 'township_score', maxScore: 10 },
  { key: 'county_score', label: '县委组织部评分', method: 'county_score', maxScore: 5 },
];
export const defaultRubricName = '驻村干部季度综合测评细则（默认）';

const shareMethods: readonly RubricMethod[] = ['presence_days', 'visits', 'diaries', 'reports_on_time', 'org_life', 'mass_rating'];
const deductionMethods: readonly RubricMethod[] = ['leave', 'inspection_findings', 'criticisms'];

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** maxScore × the share of the target met, the share capped at 1. */
export function shareScore(maxScore: number, value: number, target: number): number {
  if (target <= 0) return maxScore;
  return round2(maxScore * Math.min(1, Math.max(0, value) / target));
}

/** maxScore less deductPer per occurrence, never below 0. */
export function deductionScore(maxScore: number, deductPer: number, occurrences: number): number {
  return round2(Math.max(0, maxScore - deductPer * Math.max(0, occurrences)));
}

/** Who gives an item's score: the evidence, the township or the county. */
export function sourceOf(method: RubricMethod): ScoreSource {
  if (method === 'township_score') return 'township';
  if (method === 'county_score') return 'county';
  return 'computed';
}

export function rubricTotal(items: readonly RubricItem[]): number {
  return round2(items.reduce((sum, item) => sum + item.maxScore, 0));
}

/** Keys unique, share items with a target, deduction items with a per-occurrence deduction, and 100 in all. */
export function rubricProblems(items: readonly RubricItem[]): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.key)) problems.push({ path: `items.${index}.key`, message: `项目代码「${item.key}」重复` });
    seen.add(item.key);
    if (shareMethods.includes(item.method) && item.target === undefined) problems.push({ path: `items.${index}.target`, message: '按完成比例计分的项目须填写目标值' });
    if (deductionMethods.includes(item.method) && item.deductPer === undefined) problems.push({ path: `items.${index}.deductPer`, message: '扣分项目须填写每次扣分' });
  });
  const total = rubricTotal(items);
  if (total !== 100) problems.push({ path: 'items', message: `各项分值合计应为 100，现为 ${total}` });
  return problems;
}

/** What the evidence came to for one item: a share (value of target) or a count of deductions. */
export type Measure = { kind: 'share'; value: number } | { kind: 'count'; occurrences: number } | { kind: 'none' };

/** An item's computed score, or null when people score it or the evidence is too thin to count. */
export function computeItem(item: RubricItem, measure: Measure): number | null {
  if (measure.kind === 'share') return shareScore(item.maxScore, measure.value, item.target ?? 0);
  if (measure.kind === 'count') return deductionScore(item.maxScore, item.deductPer ?? item.maxScore, measure.occurrences);
  return null;
}

export function quarterSpan(year: number, quarter: number): { from: string; to: string; months: string[] } {
  const first = (quarter - 1) * 3 + 1;
  const months = [0, 1, 2].map((i) => `${year}-${String(first + i).padStart(2, '0')}`);
  const lastDay = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  return { from: `${months[0]}-01`, to: `${months[2]}-${String(lastDay).padStart(2, '0')}`, months };
}

/** The quarter a day falls in. */
export function quarterOfDay(day: string): { year: number; quarter: number } {
  return { year: Number(day.slice(0, 4)), quarter: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1 };
}

export type Ranked = { cadreId: string; teamId: string | null; divisionCode: string; total: number };

/**
 * Standard competition ranking (1, 2, 2, 4) by total, highest first, within the county, the township
 * (the code's first nine digits), the team and the village.
 */
export function rankAll<T extends Ranked>(rows: readonly T[]): Map<string, Ranks> {
  const rankWithin = (group: (row: T) => string): Map<string, number> => {
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = group(row);
      const list = groups.get(key) ?? [];
      list.push(row);
      groups.set(key, list);
    }
    const result = new Map<string, number>();
    for (const list of groups.values()) {
      const sorted = [...list].sort((a, b) => b.total - a.total);
      sorted.forEach((row, index) => {
        const previous = sorted[index - 1];
        const rank = previous && previous.total === row.total ? result.get(previous.cadreId)! : index + 1;
        result.set(row.cadreId, rank);
      });
    }
    return result;
  };
  const county = rankWithin(() => '');
  const township = rankWithin((row) => row.divisionCode.slice(0, 9));
  const team = rankWithin((row) => row.teamId ?? row.divisionCode);
  const village = rankWithin((row) => row.divisionCode);
  return new Map(rows.map((row) => [row.cadreId, { county: county.get(row.cadreId)!, township: township.get(row.cadreId)!, team: team.get(row.cadreId)!, village: village.get(row.cadreId)! }]));
}

/** What the records say about one cadre in the quarter. */
export type CadreFacts = {
  presenceDays: number;
  unreportedLeave: number;
  absences: number;
  criticisms: number;
  diaries: number;
  households: number;
  visited: number;
  reportsOnTime: number;
  meetings: number;
  ratings: { satisfied: number; fairly_satisfied: number; dissatisfied: number };
};

/** 满意 counts fully, 基本满意 half, 不满意 not at all; in percent to one decimal. */
export function satisfactionPercent(ratings: CadreFacts['ratings']): number {
  const total = ratings.satisfied + ratings.fairly_satisfied + ratings.dissatisfied;
  if (total === 0) return 0;
  return Math.round(((ratings.satisfied + ratings.fairly_satisfied / 2) / total) * 1000) / 10;
}

export type ItemOutcome = { source: ScoreSource; computedScore: number | null; figures: Record<string, number> };

/**
 * One item for one cadre. A team rated by fewer than `minRatings` villagers has no mass-rating share
 * to compute: the item is left for the county to score rather than given full or no marks.
 */
export function scoreItem(item: RubricItem, facts: CadreFacts, minRatings: number): ItemOutcome {
  const share = (value: number, figures: Record<string, number>): ItemOutcome => {
    const measure: Measure = { kind: 'share', value };
    return { source: 'computed', computedScore: computeItem(item, measure), figures: { ...figures, target: item.target ?? 0 } };
  };
  const deduct = (occurrences: number, name: string): ItemOutcome => ({
    source: 'computed',
    computedScore: computeItem(item, { kind: 'count', occurrences }),
    figures: { [name]: occurrences, deductPer: item.deductPer ?? item.maxScore },
  });
  switch (item.method) {
    case 'presence_days':
      return share(facts.presenceDays, { days: facts.presenceDays });
    case 'visits': {
      const percent = facts.households > 0 ? Math.round((facts.visited / facts.households) * 1000) / 10 : 0;
      return share(percent, { visited: facts.visited, households: facts.households, percent });
    }
    case 'diaries':
      return share(facts.diaries, { diaries: facts.diaries });
    case 'reports_on_time':
      return share(facts.reportsOnTime, { onTime: facts.reportsOnTime });
    case 'org_life':
      return share(facts.meetings, { meetings: facts.meetings });
    case 'leave':
      return deduct(facts.unreportedLeave, 'notReportedBack');
    case 'inspection_findings':
      return deduct(facts.absences, 'absences');
    case 'criticisms':
      return deduct(facts.criticisms, 'criticisms');
    case 'mass_rating': {
      const ratings = facts.ratings.satisfied + facts.ratings.fairly_satisfied + facts.ratings.dissatisfied;
      if (ratings < minRatings) return { source: 'county', computedScore: null, figures: { ratings, minimum: minRatings } };
      const percent = satisfactionPercent(facts.ratings);
      return share(percent, { ratings, satisfied: facts.ratings.satisfied, fairlySatisfied: facts.ratings.fairly_satisfied, dissatisfied: facts.ratings.dissatisfied, percent });
    }
    case 'township_score':
    case 'county_score':
      return { source: sourceOf(item.method), computedScore: null, figures: {} };
  }
}
