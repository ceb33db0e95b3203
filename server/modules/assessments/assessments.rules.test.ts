import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyQuota, averageOf, capByTeam, changeProblem, excellentSlots, gradeByAverage, proposeGrade } from './assessments.rules.ts';

const basis = (average: number | null, extra: Partial<{ criticisms: number; commitmentsDue: number; commitmentsKept: number }> = {}) => ({
  average,
  criticisms: 0,
  commitmentsDue: 0,
  commitmentsKept: 0,
  ...extra,
});

describe('assessment rules', () => {
  test('thresholds: 90 优秀, 75 称职, 60 基本称职, below 不称职', () => {
    assert.equal(gradeByAverage(90), 'excellent');
    assert.equal(gradeByAverage(89.99), 'competent');
    assert.equal(gradeByAverage(75), 'competent');
    assert.equal(gradeByAverage(74.5), 'basically_competent');
    assert.equal(gradeByAverage(60), 'basically_competent');
    assert.equal(gradeByAverage(59.99), 'incompetent');
    assert.equal(gradeByAverage(null), 'basically_competent');
  });

  test('the average counts only the quarters with a published total', () => {
    assert.equal(averageOf([90, null, 80, null]), 85);
    assert.equal(averageOf([null, null, null, null]), null);
    assert.equal(averageOf([91, 92, 93, 90.333]), 91.58);
  });

  test('a criticism notice bars 优秀; fewer than half the commitments kept caps at 基本称职', () => {
    assert.equal(proposeGrade(basis(95, { criticisms: 1 })), 'competent');
    assert.equal(proposeGrade(basis(80, { criticisms: 2 })), 'competent');
    assert.equal(proposeGrade(basis(95, { commitmentsDue: 4, commitmentsKept: 1 })), 'basically_competent');
    assert.equal(proposeGrade(basis(95, { commitmentsDue: 4, commitmentsKept: 2 })), 'excellent');
    assert.equal(proposeGrade(basis(50, { commitmentsDue: 4, commitmentsKept: 0 })), 'incompetent');
  });

  test('quota slots round down, without float error', () => {
    assert.equal(excellentSlots(0.25, 7), 1);
    assert.equal(excellentSlots(0.25, 8), 2);
    assert.equal(excellentSlots(0.1, 30), 3);
    assert.equal(excellentSlots(0.3, 10), 3);
    assert.equal(excellentSlots(0.25, 3), 0);
    assert.equal(excellentSlots(1, 5), 5);
  });

  test('candidates beyond the quota, lowest averages first, drop to 称职 per category', () => {
    const subjects = [
      { key: 'a', category: 'first_secretary' as const, grade: 'excellent' as const, average: 95 },
      { key: 'b', category: 'first_secretary' as const, grade: 'excellent' as const, average: 92 },
      { key: 'c', category: 'first_secretary' as const, grade: 'competent' as const, average: 80 },
      { key: 'd', category: 'first_secretary' as const, grade: 'competent' as const, average: 80 },
      { key: 'e', category: 'member' as const, grade: 'excellent' as const, average: 91 },
    ];
    const graded = applyQuota(subjects, 0.25);
    assert.deepEqual(graded.map((s) => s.grade), ['excellent', 'competent', 'competent', 'competent', 'competent']);
    assert.equal(subjects[1]!.grade, 'excellent', 'the input is left alone');
  });

  test('a member is not graded above his team', () => {
    assert.deepEqual(capByTeam('excellent', 'competent'), { grade: 'competent', capped: true });
    assert.deepEqual(capByTeam('basically_competent', 'competent'), { grade: 'basically_competent', capped: false });
  });

  test('a change breaking the quota, the team cap or the members below is refused', () => {
    const base = { category: 'member' as const, excellentInCategory: 1, slots: 1, teamGrade: 'excellent' as const, memberGrades: [] };
    assert.deepEqual(changeProblem({ ...base, grade: 'excellent' }), { code: 'QUOTA_FULL' });
    assert.equal(changeProblem({ ...base, grade: 'excellent', excellentInCategory: 0 }), null);
    assert.deepEqual(changeProblem({ ...base, grade: 'competent', teamGrade: 'basically_competent' }), { code: 'ABOVE_TEAM' });
    assert.deepEqual(changeProblem({ ...base, category: 'team', grade: 'basically_competent', teamGrade: null, memberGrades: ['competent'] }), { code: 'BELOW_MEMBERS' });
  });
});
