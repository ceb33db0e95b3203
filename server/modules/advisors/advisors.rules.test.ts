import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isStalled, isVillageCode, lastFullQuarter, newBriefingToken, parsePeriod, periodIssue, periodOf } from './advisors.rules.ts';

describe('advisor briefing rules', () => {
  test('a period names a quarter and its first and last day', () => {
    assert.deepEqual(parsePeriod('2026-Q1'), { period: '2026-Q1', year: 2026, quarter: 1, from: '2026-01-01', to: '2026-03-31' });
    assert.deepEqual(parsePeriod('2026-Q2'), { period: '2026-Q2', year: 2026, quarter: 2, from: '2026-04-01', to: '2026-06-30' });
    assert.equal(parsePeriod('2026-Q3')?.to, '2026-09-30');
    assert.equal(parsePeriod('2024-Q4')?.from, '2024-10-01');
    assert.equal(parsePeriod('2024-Q4')?.to, '2024-12-31');
    for (const bad of ['2026-Q0', '2026-Q5', '2026Q1', '26-Q1', '2026-q1', '', '1999-Q4']) assert.equal(parsePeriod(bad), null, bad);
  });

  test('the quarter of a day, and the last one ended', () => {
    assert.equal(periodOf('2026-03-31'), '2026-Q1');
    assert.equal(periodOf('2026-04-01'), '2026-Q2');
    assert.equal(periodOf('2026-12-06'), '2026-Q4');
    assert.equal(lastFullQuarter('2026-12-06'), '2026-Q3');
    assert.equal(lastFullQuarter('2026-01-01'), '2025-Q4');
    assert.equal(lastFullQuarter('2026-04-01'), '2026-Q1');
  });

  test('a quarter is briefed once it has begun', () => {
    assert.equal(periodIssue('2026-Q4', '2026-12-06'), null);
    assert.equal(periodIssue('2026-Q3', '2026-12-06'), null);
    assert.match(periodIssue('2027-Q1', '2026-12-06') ?? '', /尚未开始/);
    assert.match(periodIssue('2026-Q9', '2026-12-06') ?? '', /YYYY-Qn/);
  });

  test('a project is stalled when unfinished past its planned end', () => {
    assert.equal(isStalled({ state: 'in_progress', plannedEnd: '2026-08-31' }, '2026-09-30'), true);
    assert.equal(isStalled({ state: 'approved', plannedEnd: '2026-08-31' }, '2026-09-30'), true);
    assert.equal(isStalled({ state: 'in_progress', plannedEnd: '2026-09-30' }, '2026-09-30'), false);
    assert.equal(isStalled({ state: 'completed', plannedEnd: '2026-08-31' }, '2026-09-30'), false);
    assert.equal(isStalled({ state: 'in_progress', plannedEnd: null }, '2026-09-30'), false);
  });

  test('villages, not townships; tokens unguessable', () => {
    assert.equal(isVillageCode('450481115206'), true);
    assert.equal(isVillageCode('450481115000'), false);
    assert.equal(isVillageCode('45048111520'), false);
    const token = newBriefingToken();
    assert.match(token, /^[A-Za-z0-9_-]{32}$/);
    assert.notEqual(token, newBriefingToken());
  });
});
