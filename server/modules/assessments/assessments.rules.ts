import type { AssessmentCategory, Grade, GradeBasis } from '../../../contracts/evaluation-codes.ts';

/**
 * The thresholds of domain.md §10, kept here so a county's different rules change one place:
 * the average of the quarters' totals for each grade, and the share of commitments that must be
 * kept for a grade above 基本称职.
 */
export const gradeThresholds = { excellent: 90, competent: 75, basicallyCompetent: 60 } as const;
export const keptShareForCompetent = 0.5;

/** Best first, so a smaller index is a better grade. */
export const gradeOrder: readonly Grade[] = ['excellent', 'competent', 'basically_competent', 'incompetent'];

export function rankOf(grade: Grade): number {
  return gradeOrder.indexOf(grade);
}

export function isAbove(grade: Grade, cap: Grade): boolean {
  return rankOf(grade) < rankOf(cap);
}

/** The worse of two grades. */
export function lower(a: Grade, b: Grade): Grade {
  return rankOf(a) >= rankOf(b) ? a : b;
}

/** The mean of the quarters that have a total, rounded to two decimals; null with none. */
export function averageOf(totals: readonly (number | null)[]): number | null {
  const known = totals.filter((t): t is number => t !== null);
  if (known.length === 0) return null;
  return Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 100) / 100;
}

export function gradeByAverage(average: number | null): Grade {
  if (average === null) return 'basically_competent';
  if (average >= gradeThresholds.excellent) return 'excellent';
  if (average >= gradeThresholds.competent) return 'competent';
  if (average >= gradeThresholds.basicallyCompetent) return 'basically_competent';
  return 'incompetent';
}

/**
 * The grade the evidence supports before the quota: by the average; a criticism notice in the year
 * bars 优秀; fewer than half of the commitments due kept caps at 基本称职. With no published
 * quarter at all nothing supports a grade above 基本称职, and the county decides.
 */
export function proposeGrade(basis: Pick<GradeBasis, 'average' | 'criticisms' | 'commitmentsDue' | 'commitmentsKept'>): Grade {
  let grade = gradeByAverage(basis.average);
  if (basis.criticisms > 0 && grade === 'excellent') grade = 'competent';
  if (basis.commitmentsDue > 0 && basis.commitmentsKept / basis.commitmentsDue < keptShareForCompetent) grade = lower(grade, 'basically_competent');
  return grade;
}

/** How many of a category may be 优秀: floor(quota × count), with the quota's float error absorbed. */
export function excellentSlots(quota: number, count: number): number {
  return Math.floor(Math.round(quota * count * 1e6) / 1e6);
}

export type Candidate = { key: string; category: AssessmentCategory; grade: Grade; average: number | null };

/**
 * Per category, the 优秀 candidates with the highest averages keep it up to the quota; the rest
 * drop to 称职. Ties are broken by the key so the outcome does not depend on row order.
 */
export function applyQuota<T extends Candidate>(subjects: readonly T[], quota: number): T[] {
  const result = subjects.map((s) => ({ ...s }));
  const categories = new Set(result.map((s) => s.category));
  for (const category of categories) {
    const inCategory = result.filter((s) => s.category === category);
    const slots = excellentSlots(quota, inCategory.length);
    const candidates = inCategory
      .filter((s) => s.grade === 'excellent')
      .sort((a, b) => (b.average ?? -1) - (a.average ?? -1) || a.key.localeCompare(b.key));
    for (const dropped of candidates.slice(slots)) dropped.grade = 'competent';
  }
  return result;
}

/** A member is not graded above his team. */
export function capByTeam(grade: Grade, teamGrade: Grade): { grade: Grade; capped: boolean } {
  return isAbove(grade, teamGrade) ? { grade: teamGrade, capped: true } : { grade, capped: false };
}

/** Why a change of grade is refused, or null: the quota of the category and the team's cap. */
export function changeProblem(input: {
  grade: Grade;
  category: AssessmentCategory;
  excellentInCategory: number;
  slots: number;
  teamGrade: Grade | null;
  memberGrades: readonly Grade[];
}): { code: 'QUOTA_FULL' | 'ABOVE_TEAM' | 'BELOW_MEMBERS' } | null {
  if (input.grade === 'excellent' && input.excellentInCategory >= input.slots) return { code: 'QUOTA_FULL' };
  if (input.category !== 'team' && input.teamGrade && isAbove(input.grade, input.teamGrade)) return { code: 'ABOVE_TEAM' };
  if (input.category === 'team' && input.memberGrades.some((g) => isAbove(g, input.grade))) return { code: 'BELOW_MEMBERS' };
  return null;
}
