import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCompletedOn, checkLetterDates, completionRate, countyOf, isConfirmedOnTime, isTaskOverdue, isVillageCode } from './responsibility-letters.rules.ts';

const task = (dueOn: string) => ({ title: '村道硬化', target: '硬化 1.8 公里', dueOn });

describe('responsibility letter rules', () => {
  test('on time: confirmed and finished no later than the due day', () => {
    assert.equal(isConfirmedOnTime({ state: 'confirmed', dueOn: '2026-06-30', completedOn: '2026-06-30' }), true);
    assert.equal(isConfirmedOnTime({ state: 'confirmed', dueOn: '2026-06-30', completedOn: '2026-07-01' }), false);
    assert.equal(isConfirmedOnTime({ state: 'reported', dueOn: '2026-06-30', completedOn: '2026-06-01' }), false);
    assert.equal(isConfirmedOnTime({ state: 'confirmed', dueOn: '2026-06-30', completedOn: null }), false);
  });

  test('overdue: open after its due day; reported or confirmed never', () => {
    assert.equal(isTaskOverdue({ state: 'open', dueOn: '2026-11-30' }, '2026-12-01'), true);
    assert.equal(isTaskOverdue({ state: 'open', dueOn: '2026-12-01' }, '2026-12-01'), false);
    assert.equal(isTaskOverdue({ state: 'reported', dueOn: '2026-01-01' }, '2026-12-01'), false);
    assert.equal(isTaskOverdue({ state: 'confirmed', dueOn: '2026-01-01' }, '2026-12-01'), false);
  });

  test('completion rate: confirmed over all, one decimal; no tasks, no rate', () => {
    assert.equal(completionRate(2, 3), 66.7);
    assert.equal(completionRate(1, 3), 33.3);
    assert.equal(completionRate(4, 4), 100);
    assert.equal(completionRate(0, 5), 0);
    assert.equal(completionRate(0, 0), null);
  });

  test('signed in the letter\'s year or the year before; tasks due on or after the signing', () => {
    assert.deepEqual(checkLetterDates({ year: 2026, signedOn: '2026-02-10', tasks: [task('2026-02-10'), task('2026-12-31')] }), []);
    assert.deepEqual(checkLetterDates({ year: 2026, signedOn: '2025-12-20', tasks: [task('2026-06-30')] }), []);
    assert.deepEqual(
      checkLetterDates({ year: 2026, signedOn: '2024-12-20', tasks: [task('2026-06-30')] }).map((e) => e.path),
      ['signedOn'],
    );
    assert.deepEqual(
      checkLetterDates({ year: 2026, signedOn: '2026-03-01', tasks: [task('2026-06-30'), task('2026-02-28')] }).map((e) => e.path),
      ['tasks.1.dueOn'],
    );
  });

  test('a completion day lies between the signing and today', () => {
    assert.deepEqual(checkCompletedOn('2026-05-01', '2026-03-01', '2026-12-01'), []);
    assert.deepEqual(checkCompletedOn('2026-12-01', '2026-03-01', '2026-12-01'), []);
    assert.deepEqual(checkCompletedOn('2026-12-02', '2026-03-01', '2026-12-01').map((e) => e.path), ['completedOn']);
    assert.deepEqual(checkCompletedOn('2026-02-28', '2026-03-01', '2026-12-01').map((e) => e.path), ['completedOn']);
  });

  test('village codes and counties', () => {
    assert.equal(isVillageCode('440981101207'), true);
    assert.equal(isVillageCode('440981101000'), false);
    assert.equal(countyOf('440981101207'), '440981');
  });
});
