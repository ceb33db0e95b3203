import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addWorkingDays, checkDueOn, defaultDueOn, dueAtOf, isOverdue, isVillageCode, SERVICE_REQUEST_WORKING_DAYS } from './service-requests.rules.ts';

describe('service request rules', () => {
  test('the station owes ten working days by default', () => {
    assert.equal(SERVICE_REQUEST_WORKING_DAYS, 10);
    // Thursday 2026-11-26: two weekends skipped.
    assert.equal(defaultDueOn('2026-11-26'), '2026-12-10');
    // Asked on a Saturday: the count starts on Monday.
    assert.equal(defaultDueOn('2026-11-28'), '2026-12-11');
  });

  test('working days skip Saturdays and Sundays, the first day not counted', () => {
    assert.equal(addWorkingDays('2026-11-06', 1), '2026-11-09');
    assert.equal(addWorkingDays('2026-11-06', 5), '2026-11-13');
    assert.equal(addWorkingDays('2026-11-09', 0), '2026-11-09');
  });

  test('a named due day may not lie in the past', () => {
    assert.deepEqual(checkDueOn(undefined, '2026-11-26'), []);
    assert.deepEqual(checkDueOn('2026-11-26', '2026-11-26'), []);
    assert.deepEqual(checkDueOn('2026-11-25', '2026-11-26').map((e) => e.path), ['dueOn']);
  });

  test('overdue: unfinished and past its due day; the due day itself is in time', () => {
    assert.equal(isOverdue({ state: 'in_progress', dueOn: '2026-11-25' }, '2026-11-26'), true);
    assert.equal(isOverdue({ state: 'returned', dueOn: '2026-11-25' }, '2026-11-26'), true);
    assert.equal(isOverdue({ state: 'submitted', dueOn: '2026-11-26' }, '2026-11-26'), false);
    assert.equal(isOverdue({ state: 'done', dueOn: '2026-11-01' }, '2026-11-26'), false);
    assert.equal(isOverdue({ state: 'withdrawn', dueOn: '2026-11-01' }, '2026-11-26'), false);
  });

  test('the due instant is the end of the due day in China', () => {
    assert.equal(dueAtOf('2026-12-10').toISOString(), '2026-12-10T16:00:00.000Z');
  });

  test('only a village code names a village', () => {
    assert.equal(isVillageCode('440981101207'), true);
    assert.equal(isVillageCode('440981101000'), false);
    assert.equal(isVillageCode('440981000000'), false);
    assert.equal(isVillageCode('4409811012'), false);
  });
});
