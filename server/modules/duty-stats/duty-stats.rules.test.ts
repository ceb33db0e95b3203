import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { childPrefixLength, countedUntil, monthMinimum, monthRange, pathCodes, perMember, requiredDays, weekdaysIn } from './duty-stats.rules.ts';

describe('duty statistics rules', () => {
  test('each level drills one level down; a village has nothing below', () => {
    assert.equal(childPrefixLength(null), 2);
    assert.equal(childPrefixLength(2), 4);
    assert.equal(childPrefixLength(4), 6);
    assert.equal(childPrefixLength(6), 9);
    assert.equal(childPrefixLength(9), 12);
    assert.equal(childPrefixLength(12), null);
  });

  test('the breadcrumb runs from the caller’s region down', () => {
    assert.deepEqual(pathCodes('530326', '530326102'), ['530326000000', '530326102000']);
    assert.deepEqual(pathCodes('53', '530326'), ['530000000000', '530300000000', '530326000000']);
    assert.deepEqual(pathCodes(null, '53'), ['530000000000']);
  });

  test('month ranges and working days', () => {
    assert.deepEqual(monthRange('2024-02'), { from: '2024-02-01', to: '2024-02-29', days: 29 });
    assert.deepEqual(monthRange('2025-11'), { from: '2025-11-01', to: '2025-11-30', days: 30 });
    assert.equal(weekdaysIn('2025-09'), 22);
    assert.equal(weekdaysIn('2024-02'), 21);
  });

  test('the minimum: the fixed number, or a share of working days; a running month only for the days past', () => {
    const fixed = { presenceMinDays: 20, presenceMinShare: null };
    assert.equal(requiredDays('2025-09', fixed, '2026-01-10'), 20);
    assert.equal(requiredDays('2025-09', { presenceMinDays: 20, presenceMinShare: 2 / 3 }, '2026-01-10'), 15);
    // On 16 September, 15 of 30 days are over: half of 20.
    assert.equal(requiredDays('2025-09', fixed, '2025-09-16'), 10);
    assert.equal(requiredDays('2025-09', fixed, '2025-09-01'), 0);
    assert.equal(requiredDays('2025-10', fixed, '2025-09-16'), 0);
  });

  test('the whole month’s minimum and the days that count so far', () => {
    assert.equal(monthMinimum('2025-09', { presenceMinDays: 20, presenceMinShare: null }), 20);
    assert.equal(monthMinimum('2025-09', { presenceMinDays: 20, presenceMinShare: 0.667 }), 15);
    assert.equal(countedUntil('2025-09', '2026-01-10'), '2025-09-30');
    assert.equal(countedUntil('2025-09', '2025-09-16'), '2025-09-15');
    assert.equal(countedUntil('2025-09', '2025-09-01'), '2025-08-31');
    assert.equal(countedUntil('2025-10', '2025-09-16'), '2025-09-30');
  });

  test('days per member, one decimal, none without members', () => {
    assert.equal(perMember(43, 2), 21.5);
    assert.equal(perMember(20, 3), 6.7);
    assert.equal(perMember(5, 0), null);
  });
});
