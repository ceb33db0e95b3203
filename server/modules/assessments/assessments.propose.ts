import type { Executor } from '../../platform/db/client.ts';
import type { AssessmentCategory, Grade, GradeBasis } from '../../../contracts/evaluation-codes.ts';
import * as repo from './assessments.repository.ts';
import { applyQuota, averageOf, capByTeam, proposeGrade } from './assessments.rules.ts';

const firstSecretaryRoles = new Set(['leader_first_secretary', 'leader', 'first_secretary']);

type Subject = { key: string; category: AssessmentCategory; teamId: string; cadreId: string | null; divisionCode: string; basis: GradeBasis; grade: Grade; average: number | null };

function sumOf<T>(rows: readonly T[], pick: (row: T) => number): number {
  return rows.reduce((a, r) => a + pick(r), 0);
}

/** Quarter totals of a team: per quarter, the mean of its members' totals that quarter. */
function teamTotals(members: readonly (number | null)[][]): (number | null)[] {
  return [0, 1, 2, 3].map((q) => averageOf(members.map((m) => m[q] ?? null)));
}

/**
 * The proposed grades of a county's year: teams first (their grade caps their members'), then
 * the cadres, each category within its 优秀 quota.
 */
export async function proposeGrades(executor: Executor, countyCode: string, year: number, quota: number): Promise<Omit<repo.NewGradeRow, 'assessmentId'>[]> {
  const serving = await repo.teamsServing(executor, countyCode, year);
  const memberships = await repo.membersServing(executor, serving.map((t) => t.id), year);
  // A cadre moved between teams in the year is graded once, in the last team he served.
  const latest = new Map(memberships.map((m) => [m.cadreId, m]));
  const cadreIds = [...latest.keys()];
  const totals = new Map<string, (number | null)[]>();
  for (const row of await repo.quarterTotals(executor, countyCode, year)) {
    const list = totals.get(row.cadreId) ?? [null, null, null, null];
    if (row.quarter >= 1 && row.quarter <= 4) list[row.quarter - 1] = Math.round(row.total * 100) / 100;
    totals.set(row.cadreId, list);
  }
  const commitments = new Map((await repo.commitmentCounts(executor, countyCode, year)).map((r) => [r.cadreId, r]));
  const notices = new Map((await repo.criticismCounts(executor, year, cadreIds)).map((r) => [r.cadreId, r.total]));
  const absences = new Map((await repo.absenceCounts(executor, year, cadreIds)).map((r) => [r.cadreId, r.total]));

  const cadreSubjects: Subject[] = [...latest.values()].map((m) => {
    const quarterTotals = totals.get(m.cadreId) ?? [null, null, null, null];
    const basis: GradeBasis = {
      quarterTotals,
      average: averageOf(quarterTotals),
      commitmentsDue: commitments.get(m.cadreId)?.due ?? 0,
      commitmentsKept: commitments.get(m.cadreId)?.kept ?? 0,
      criticisms: notices.get(m.cadreId) ?? 0,
      findings: absences.get(m.cadreId) ?? 0,
    };
    const category: AssessmentCategory = firstSecretaryRoles.has(m.role) ? 'first_secretary' : 'member';
    return { key: m.cadreId, category, teamId: m.teamId, cadreId: m.cadreId, divisionCode: m.divisionCode, basis, grade: proposeGrade(basis), average: basis.average };
  });

  const teamSubjects: Subject[] = serving.map((team) => {
    const members = cadreSubjects.filter((s) => s.teamId === team.id);
    const quarterTotals = teamTotals(members.map((s) => s.basis.quarterTotals));
    const basis: GradeBasis = {
      quarterTotals,
      average: averageOf(quarterTotals),
      commitmentsDue: sumOf(members, (s) => s.basis.commitmentsDue),
      commitmentsKept: sumOf(members, (s) => s.basis.commitmentsKept),
      criticisms: sumOf(members, (s) => s.basis.criticisms),
      findings: sumOf(members, (s) => s.basis.findings),
    };
    return { key: team.id, category: 'team', teamId: team.id, cadreId: null, divisionCode: team.divisionCode, basis, grade: proposeGrade(basis), average: basis.average };
  });
  const gradedTeams = applyQuota(teamSubjects, quota);
  const teamGrade = new Map(gradedTeams.map((t) => [t.teamId, t.grade]));

  const capped = cadreSubjects.map((s) => {
    const cap = teamGrade.get(s.teamId);
    if (!cap) return s;
    const result = capByTeam(s.grade, cap);
    return result.capped ? { ...s, grade: result.grade, basis: { ...s.basis, cappedByTeam: cap } } : s;
  });
  const gradedCadres = applyQuota(capped, quota);

  return [...gradedTeams, ...gradedCadres].map((s) => ({
    category: s.category,
    teamId: s.teamId,
    cadreId: s.cadreId,
    divisionCode: s.divisionCode,
    proposedGrade: s.grade,
    grade: s.grade,
    basis: s.basis,
  }));
}
