import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { average, childPrefixLength, pathCodes, percent, quarterOf, quarterRange, todayInBeijing } from './household-stats.rules.ts';

describe('household statistics rules', () => {
  test('quarters and their days', () => {
    assert.equal(quarterOf('2026-01-01'), '2026-Q1');
    assert.equal(quarterOf('2026-06-30'), '2026-Q2');
    assert.equal(quarterOf('2026-07-01'), '2026-Q3');
    assert.equal(quarterOf('2026-12-31'), '2026-Q4');
    assert.deepEqual(quarterRange('2024-Q1'), { from: '2024-01-01', to: '2024-03-31' });
    assert.deepEqual(quarterRange('2026-Q2'), { from: '2026-04-01', to: '2026-06-30' });
    assert.deepEqual(quarterRange('2026-Q4'), { from: '2026-10-01', to: '2026-12-31' });
  });

  test('shares and averages to one decimal, null over nothing', () => {
    assert.equal(percent(2, 3), 66.7);
    assert.equal(percent(0, 5), 0);
    assert.equal(percent(1, 0), null);
    assert.equal(average(7, 2), 3.5);
    assert.equal(average(10, 3), 3.3);
    assert.equal(average(0, 0), null);
  });

  test('the quarter turns on the Beijing date', () => {
    assert.equal(quarterOf(todayInBeijing(new Date('2026-03-31T16:30:00Z'))), '2026-Q2');
  });

  test('one level down and the breadcrumb', () => {
    assert.equal(childPrefixLength(6), 9);
    assert.equal(childPrefixLength(12), null);
    assert.deepEqual(pathCodes('530326', '530326102204'), ['530326000000', '530326102000', '530326102204']);
  });
});
