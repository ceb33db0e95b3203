import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { beijingDay, checkFollowUpDone, checkVisitedOn, countsForCoverage, coverageShare, parseQuarter, quarterOf, quarterRange, visitSpan } from './visits.rules.ts';

describe('visits rules', () => {
  test('quarterOf puts each month in its quarter', () => {
    assert.equal(quarterOf('2026-01-01'), '2026Q1');
    assert.equal(quarterOf('2026-03-31'), '2026Q1');
    assert.equal(quarterOf('2026-04-01'), '2026Q2');
    assert.equal(quarterOf('2026-09-30'), '2026Q3');
    assert.equal(quarterOf('2026-10-01'), '2026Q4');
    assert.equal(quarterOf('2026-12-31'), '2026Q4');
  });

  test('quarterRange gives the first and last day, leap years included', () => {
    assert.deepEqual(quarterRange('2026Q4'), { from: '2026-10-01', to: '2026-12-31' });
    assert.deepEqual(quarterRange('2026Q2'), { from: '2026-04-01', to: '2026-06-30' });
    assert.deepEqual(quarterRange('2028Q1'), { from: '2028-01-01', to: '2028-03-31' });
    assert.deepEqual(quarterRange('2026Q3'), { from: '2026-07-01', to: '2026-09-30' });
    assert.throws(() => quarterRange('2026Q5'), RangeError);
  });

  test('parseQuarter refuses what is not a quarter', () => {
    assert.deepEqual(parseQuarter('2026Q1'), { year: 2026, quarter: 1 });
    assert.equal(parseQuarter('2026Q0'), null);
    assert.equal(parseQuarter('2026-Q1'), null);
    assert.equal(parseQuarter('26Q1'), null);
  });

  test('beijingDay is eight hours ahead of UTC', () => {
    assert.equal(beijingDay(new Date('2026-11-25T15:59:00Z')), '2026-11-25');
    assert.equal(beijingDay(new Date('2026-11-25T16:00:00Z')), '2026-11-26');
  });

  test('a visit may be today or earlier, never later, and must be a real day', () => {
    assert.deepEqual(checkVisitedOn('2026-11-26', '2026-11-26'), []);
    assert.deepEqual(checkVisitedOn('2025-01-02', '2026-11-26'), []);
    assert.deepEqual(checkVisitedOn('2026-11-27', '2026-11-26'), [{ path: 'visitedOn', message: '走访日期不能晚于今天' }]);
    assert.deepEqual(checkVisitedOn('2026-02-30', '2026-11-26'), [{ path: 'visitedOn', message: '日期无效' }]);
  });

  test('a follow-up is done between the visit and today', () => {
    assert.deepEqual(checkFollowUpDone(null, '2026-11-01', '2026-11-26'), []);
    assert.deepEqual(checkFollowUpDone('2026-11-10', '2026-11-01', '2026-11-26'), []);
    assert.equal(checkFollowUpDone('2026-10-31', '2026-11-01', '2026-11-26')[0]?.path, 'followUpDone');
    assert.equal(checkFollowUpDone('2026-11-27', '2026-11-01', '2026-11-26').length, 1);
  });

  test('coverage counts poor and exited households, a non-poor one only while monitored, never a refused one', () => {
    assert.equal(countsForCoverage({ status: 'registered', monitoringState: null }), true);
    assert.equal(countsForCoverage({ status: 'new', monitoringState: null }), true);
    assert.equal(countsForCoverage({ status: 'exited', monitoringState: null }), true);
    assert.equal(countsForCoverage({ status: 'exited', monitoringState: 'risk_removed' }), true);
    assert.equal(countsForCoverage({ status: 'not_identified', monitoringState: null }), false);
    assert.equal(countsForCoverage({ status: 'not_identified', monitoringState: 'monitoring' }), false);
    assert.equal(countsForCoverage({ status: 'non_poor', monitoringState: null }), false);
    assert.equal(countsForCoverage({ status: 'non_poor', monitoringState: 'risk_removed' }), false);
    assert.equal(countsForCoverage({ status: 'non_poor', monitoringState: 'monitoring' }), true);
  });

  test('coverageShare rounds to three decimals and is 0 for an empty village', () => {
    assert.equal(coverageShare(2, 3), 0.667);
    assert.equal(coverageShare(3, 3), 1);
    assert.equal(coverageShare(0, 0), 0);
  });

  test('visitSpan narrows from/to to the quarter', () => {
    assert.deepEqual(visitSpan({ quarter: '2026Q4' }), { from: '2026-10-01', to: '2026-12-31' });
    assert.deepEqual(visitSpan({ quarter: '2026Q4', from: '2026-11-01' }), { from: '2026-11-01', to: '2026-12-31' });
    assert.deepEqual(visitSpan({ from: '2026-01-01', to: '2026-02-01' }), { from: '2026-01-01', to: '2026-02-01' });
    assert.deepEqual(visitSpan({}), {});
  });
});
