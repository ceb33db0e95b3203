import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assessmentScore, completionPercent, ranksOf, round2 } from './campaign-assessment.rules.ts';

const formula = { weights: { branch_village: 3, secretary_household: 1 }, capPercent: 120, fullScore: 100 };

describe('campaign assessment rules', () => {
  test('completion is achieved over target in percent, capped, rounded to 2 decimals', () => {
    assert.equal(completionPercent(1, 3, 120), 33.33);
    assert.equal(completionPercent(2, 3, 120), 66.67);
    assert.equal(completionPercent(5, 2, 120), 120);
    assert.equal(completionPercent(5, 0, 120), null);
  });

  test('score weighs each line and divides by the weights of the lines with a target', () => {
    // 100 × (3 × 0.5 + 1 × 1) / 4 = 62.5
    assert.equal(assessmentScore(formula, [{ line: 'branch_village', target: 4, achieved: 2 }, { line: 'secretary_household', target: 10, achieved: 10 }]), 62.5);
  });

  test('over-fulfilment counts only up to the cap', () => {
    // 100 × (3 × 1.2 + 1 × 1) / 4 = 115
    assert.equal(assessmentScore(formula, [{ line: 'branch_village', target: 1, achieved: 9 }, { line: 'secretary_household', target: 2, achieved: 2 }]), 115);
  });

  test('a line without a target is left out, not counted as zero', () => {
    assert.equal(assessmentScore(formula, [{ line: 'branch_village', target: 2, achieved: 1 }, { line: 'secretary_household', target: 0, achieved: 0 }]), 50);
  });

  test('an unweighted line does not count, and a unit with nothing weighted is not scored', () => {
    assert.equal(assessmentScore(formula, [{ line: 'branch_village', target: 3, achieved: 1 }, { line: 'leader_stay', target: 5, achieved: 0 }]), 33.33);
    assert.equal(assessmentScore(formula, [{ line: 'leader_stay', target: 5, achieved: 5 }]), null);
  });

  test('scores round to 2 decimals', () => {
    assert.equal(assessmentScore({ ...formula, fullScore: 10 }, [{ line: 'branch_village', target: 3, achieved: 2 }]), 6.67);
    assert.equal(round2(1.005), 1.01);
  });

  test('ranks share a place on equal scores and skip after it; unscored units are unranked', () => {
    assert.deepEqual(ranksOf([80, 95, 80, null, 60]), [2, 1, 2, null, 4]);
  });
});
