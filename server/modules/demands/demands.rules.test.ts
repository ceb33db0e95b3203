import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assignProblems, averageDays, daysBetween, daysToSolve, demandActionAllowed, demandStateAfter, isOverdue, raiseProblems, solveProblems, todayInBeijing } from './demands.rules.ts';

describe('demand rules', () => {
  test('which step each state allows', () => {
    assert.equal(demandActionAllowed('open', 'assign'), true);
    assert.equal(demandActionAllowed('open', 'solve'), false);
    assert.equal(demandActionAllowed('open', 'close'), true);
    assert.equal(demandActionAllowed('assigned', 'assign'), true);
    assert.equal(demandActionAllowed('assigned', 'solve'), true);
    assert.equal(demandActionAllowed('assigned', 'close'), true);
    for (const final of ['solved', 'closed'] as const) {
      for (const action of ['assign', 'solve', 'close'] as const) assert.equal(demandActionAllowed(final, action), false, `${final} ${action}`);
    }
    assert.equal(demandStateAfter('assign'), 'assigned');
    assert.equal(demandStateAfter('solve'), 'solved');
    assert.equal(demandStateAfter('close'), 'closed');
  });

  test('days to solve count from the day raised, across months and years', () => {
    assert.equal(daysBetween('2026-02-27', '2026-03-02'), 3);
    assert.equal(daysBetween('2025-12-30', '2026-01-02'), 3);
    assert.equal(daysToSolve({ raisedOn: '2026-03-01', solvedOn: '2026-03-01' }), 0);
    assert.equal(daysToSolve({ raisedOn: '2026-03-01', solvedOn: '2026-03-15' }), 14);
    assert.equal(daysToSolve({ raisedOn: '2026-03-01', solvedOn: null }), null);
    assert.equal(averageDays([3, 4, 4]), 3.7);
    assert.equal(averageDays([]), null);
  });

  test('overdue only while being handled and past the due day', () => {
    assert.equal(isOverdue({ state: 'assigned', dueOn: '2026-03-01' }, '2026-03-02'), true);
    assert.equal(isOverdue({ state: 'assigned', dueOn: '2026-03-02' }, '2026-03-02'), false);
    assert.equal(isOverdue({ state: 'solved', dueOn: '2026-03-01' }, '2026-03-02'), false);
    assert.equal(isOverdue({ state: 'open', dueOn: null }, '2026-03-02'), false);
  });

  test('dates: raised not in the future, due not before raised or today, solved between raised and today', () => {
    assert.deepEqual(raiseProblems({ raisedOn: '2026-03-03' }, '2026-03-02').map((p) => p.path), ['raisedOn']);
    assert.deepEqual(raiseProblems({ raisedOn: '2026-03-02' }, '2026-03-02'), []);
    assert.deepEqual(assignProblems({ raisedOn: '2026-03-02' }, { dueOn: '2026-03-01' }, '2026-03-01').map((p) => p.path), ['dueOn']);
    assert.deepEqual(assignProblems({ raisedOn: '2026-02-01' }, { dueOn: '2026-03-01' }, '2026-03-02').map((p) => p.path), ['dueOn']);
    assert.deepEqual(assignProblems({ raisedOn: '2026-02-01' }, { dueOn: '2026-03-10' }, '2026-03-02'), []);
    assert.deepEqual(solveProblems({ raisedOn: '2026-03-02' }, { solvedOn: '2026-03-01' }, '2026-03-05').map((p) => p.path), ['solvedOn']);
    assert.deepEqual(solveProblems({ raisedOn: '2026-03-02' }, { solvedOn: '2026-03-06' }, '2026-03-05').map((p) => p.path), ['solvedOn']);
    assert.deepEqual(solveProblems({ raisedOn: '2026-03-02' }, { solvedOn: '2026-03-04' }, '2026-03-05'), []);
  });

  test('today is Beijing’s day', () => {
    assert.equal(todayInBeijing(new Date('2026-03-01T16:30:00Z')), '2026-03-02');
    assert.equal(todayInBeijing(new Date('2026-03-01T15:30:00Z')), '2026-03-01');
  });
});
