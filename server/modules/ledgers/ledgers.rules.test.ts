import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isOverdue, massSummaryOf, monthsOf, settleProblems } from './ledgers.rules.ts';

describe('ledger rules', () => {
  test('an open commitment past its due day is overdue; a settled one never', () => {
    assert.equal(isOverdue('open', '2025-05-01', '2025-05-02'), true);
    assert.equal(isOverdue('open', '2025-05-02', '2025-05-02'), false);
    assert.equal(isOverdue('not_kept', '2025-05-01', '2025-06-01'), false);
  });

  test('twelve months from the months that had any', () => {
    assert.deepEqual(monthsOf([{ month: 2, total: 3 }, { month: 12, total: 1 }]), [0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  test('settled after the promise and not in the future', () => {
    assert.deepEqual(settleProblems('2025-01-01', '2025-02-01', '2025-06-01').map((p) => p.path), ['settledOn']);
    assert.deepEqual(settleProblems('2025-07-01', '2025-02-01', '2025-06-01').map((p) => p.path), ['settledOn']);
    assert.deepEqual(settleProblems('2025-03-01', '2025-02-01', '2025-06-01'), []);
  });

  test('the mass evaluation is withheld below the minimum number of voices', () => {
    assert.deepEqual(massSummaryOf(new Map([['satisfied', 4]])), { total: 4, sufficient: false, counts: null });
    assert.deepEqual(massSummaryOf(new Map([['satisfied', 4], ['dissatisfied', 1]])), { total: 5, sufficient: true, counts: { satisfied: 4, fairly_satisfied: 0, dissatisfied: 1 } });
  });
});
