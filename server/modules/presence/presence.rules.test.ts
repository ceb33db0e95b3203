import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  baseRequiredDays,
  checkRecordableDay,
  countedSpan,
  distanceKm,
  isBelowMinimum,
  isFar,
  leaveDaysWithin,
  monthBounds,
  requiredDays,
  todayInBeijing,
  workingDaysBetween,
} from './presence.rules.ts';

const rules = { presenceMinDays: 20, presenceMinShare: null };
const full = (month: string, joinedOn = '2024-01-01', leaves: { startDate: string; endDate: string }[] = [], today = '2030-01-01') => {
  const bounds = monthBounds(month);
  return requiredDays({ bounds, baseRequired: baseRequiredDays(rules, month), counted: countedSpan(bounds, today), membership: { joinedOn, leftOn: null }, leaves });
};

describe('presence rules', () => {
  test('month bounds and working days (Mon–Fri)', () => {
    assert.deepEqual(monthBounds('2024-02'), { month: '2024-02', first: '2024-02-01', last: '2024-02-29', days: 29 });
    assert.equal(monthBounds('2026-12').last, '2026-12-31');
    // November 2026 starts on a Sunday: 21 weekdays.
    assert.equal(workingDaysBetween('2026-11-01', '2026-11-30'), 21);
    assert.equal(workingDaysBetween('2026-11-07', '2026-11-08'), 0);
  });

  test('the minimum is a fixed number of days, or a share of the working days rounded up', () => {
    assert.equal(baseRequiredDays(rules, '2026-11'), 20);
    assert.equal(baseRequiredDays({ presenceMinDays: 20, presenceMinShare: 0.8 }, '2026-11'), 17); // ceil(0.8 × 21 = 16.8)
    assert.equal(baseRequiredDays({ presenceMinDays: 20, presenceMinShare: 1 }, '2026-02'), 20);
  });

  test('a whole past month requires the minimum', () => {
    assert.deepEqual(full('2026-10'), { required: 20, leaveDays: 0 });
  });

  test('approved leave reduces the requirement day for day, counted once where requests overlap', () => {
    assert.deepEqual(full('2026-10', '2024-01-01', [{ startDate: '2026-10-05', endDate: '2026-10-09' }]), { required: 15, leaveDays: 5 });
    const overlapping = [
      { startDate: '2026-09-28', endDate: '2026-10-03' },
      { startDate: '2026-10-02', endDate: '2026-10-04' },
    ];
    assert.equal(leaveDaysWithin(overlapping, { from: '2026-10-01', to: '2026-10-31' }), 4);
    // A month on leave throughout requires nothing and flags nobody.
    const allMonth = full('2026-10', '2024-01-01', [{ startDate: '2026-09-20', endDate: '2026-11-02' }]);
    assert.deepEqual(allMonth, { required: 0, leaveDays: 31 });
    assert.equal(isBelowMinimum(0, allMonth.required), false);
  });

  test('a member who joined mid-month owes his share, rounded down', () => {
    // Joined on the 16th of a 30-day month: 15 of 30 days × 20 = 10.
    assert.equal(full('2026-11', '2026-11-16').required, 10);
    assert.equal(full('2026-11', '2026-12-01').required, 0);
  });

  test('the running month counts the days already over (to yesterday); a future month counts none', () => {
    // Today the 16th: 15 days over, 15/30 × 20 = 10.
    assert.equal(full('2026-11', '2024-01-01', [], '2026-11-16').required, 10);
    assert.equal(full('2026-11', '2024-01-01', [], '2026-11-01').required, 0);
    assert.equal(full('2026-12', '2024-01-01', [], '2026-11-16').required, 0);
    // Leave later in the month does not reduce what is owed so far.
    assert.equal(full('2026-11', '2024-01-01', [{ startDate: '2026-11-20', endDate: '2026-11-25' }], '2026-11-16').required, 10);
  });

  test('below the minimum only when short of a positive requirement', () => {
    assert.equal(isBelowMinimum(19, 20), true);
    assert.equal(isBelowMinimum(20, 20), false);
    assert.equal(isBelowMinimum(0, 0), false);
  });

  test('distance by the haversine formula; far is only a flag', () => {
    const huize = { latitude: 26.4177, longitude: 103.2974 };
    assert.equal(distanceKm(huize, huize), 0);
    // One degree of latitude is about 111.2 km.
    assert.equal(distanceKm({ latitude: 26, longitude: 103 }, { latitude: 27, longitude: 103 }), 111.2);
    // 会泽县城 to 昆明 is about 180 km as the crow flies.
    const kunming = { latitude: 25.0389, longitude: 102.7183 };
    const d = distanceKm(huize, kunming);
    assert.ok(d > 160 && d < 175, String(d));
    assert.equal(isFar(d, 5), true);
    assert.equal(isFar(3.2, 5), false);
    assert.equal(isFar(null, 5), false);
  });

  test('a day may be recorded late within this and the previous month, never ahead, never before joining', () => {
    assert.deepEqual(checkRecordableDay('2026-11-20', '2026-11-25', '2024-01-01'), []);
    assert.deepEqual(checkRecordableDay('2026-10-01', '2026-11-25', '2024-01-01'), []);
    assert.equal(checkRecordableDay('2026-11-26', '2026-11-25', '2024-01-01')[0]?.path, 'day');
    assert.match(checkRecordableDay('2026-09-30', '2026-11-25', '2024-01-01')[0]!.message, /上月/);
    assert.match(checkRecordableDay('2026-11-02', '2026-11-25', '2026-11-10')[0]!.message, /入队/);
    assert.equal(checkRecordableDay('2026-02-30', '2026-11-25', '2024-01-01')[0]?.message, '日期无效');
    assert.deepEqual(checkRecordableDay('2025-12-03', '2026-01-05', '2024-01-01'), []);
  });

  test('today is the day in Beijing', () => {
    assert.equal(todayInBeijing(new Date('2026-11-30T16:30:00Z')), '2026-12-01');
  });
});
