import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addWorkingDays,
  backdateProblem,
  exitGaps,
  firstDayAfter,
  hasLabour,
  isNoticeRunning,
  isOverdue,
  mayStartAfterNotice,
  noticeSentence,
  noticeWindow,
  perHeadIncome,
  stablePeriodEnd,
} from './household-transitions.rules.ts';
import type { IndicatorCode } from '../../../contracts/household-codes.ts';

describe('notice window', () => {
  test('a 7-day notice from 11-01 ends 11-07 inclusive; the next step may start 11-08', () => {
    const window = noticeWindow('2026-11-01', 7);
    assert.deepEqual(window, { start: '2026-11-01', end: '2026-11-07' });
    assert.equal(firstDayAfter(window.end), '2026-11-08');
    assert.equal(mayStartAfterNotice(window.end, '2026-11-07'), false);
    assert.equal(mayStartAfterNotice(window.end, '2026-11-08'), true);
    assert.equal(mayStartAfterNotice(window.end, '2026-10-31'), false);
  });

  test('crosses month and year ends', () => {
    assert.equal(noticeWindow('2026-12-28', 7).end, '2027-01-03');
    assert.equal(noticeWindow('2028-02-25', 5).end, '2028-02-29');
  });

  test('running covers first and last day only', () => {
    const window = noticeWindow('2026-11-01', 7);
    assert.equal(isNoticeRunning(window, '2026-10-31'), false);
    assert.equal(isNoticeRunning(window, '2026-11-01'), true);
    assert.equal(isNoticeRunning(window, '2026-11-07'), true);
    assert.equal(isNoticeRunning(window, '2026-11-08'), false);
  });

  test('the sentence names both ends', () => {
    assert.equal(noticeSentence(noticeWindow('2026-11-01', 7), '审核'), '公示期 2026-11-01 至 2026-11-07，期满后方可审核');
  });
});

describe('working-day clocks', () => {
  test('5 working days from a Friday skip the weekend', () => {
    assert.equal(addWorkingDays('2026-11-06', 5), '2026-11-13');
  });
  test('from a Saturday the count starts on Monday', () => {
    assert.equal(addWorkingDays('2026-11-07', 1), '2026-11-09');
    assert.equal(addWorkingDays('2026-11-07', 15), '2026-11-27');
  });
  test('15 working days from a Monday are three weeks', () => {
    assert.equal(addWorkingDays('2026-11-02', 15), '2026-11-23');
  });
  test('overdue only after the due day and only while not done', () => {
    assert.equal(isOverdue('2026-11-13', null, '2026-11-13'), false);
    assert.equal(isOverdue('2026-11-13', null, '2026-11-14'), true);
    assert.equal(isOverdue('2026-11-13', '2026-11-12', '2026-11-20'), false);
    assert.equal(isOverdue(null, null, '2026-11-20'), false);
  });
});

describe('stable period', () => {
  test('six months on the same day of the month', () => {
    assert.equal(stablePeriodEnd('2026-03-15', 6), '2026-09-15');
    assert.equal(stablePeriodEnd('2026-09-15', 6), '2027-03-15');
  });
  test('a shorter month ends on its last day', () => {
    assert.equal(stablePeriodEnd('2026-08-31', 6), '2027-02-28');
  });
});

describe('labour', () => {
  test('a weak labourer counts; lost or none do not', () => {
    assert.equal(hasLabour([{ labourAbility: 'lost' }, { labourAbility: 'weak' }]), true);
    assert.equal(hasLabour([{ labourAbility: 'lost' }, { labourAbility: 'none' }]), false);
    assert.equal(hasLabour([]), false);
  });
});

describe('exit gaps', () => {
  const all = (status: 'met' | 'unmet' | 'pending') =>
    (['food', 'clothing', 'education', 'medical', 'housing', 'water'] as IndicatorCode[]).map((indicator) => ({ indicator, status }));
  const income = { year: 2026, wage: 20000, business: 4000, property: 0, transfer: 1000, members: 4 };

  test('per head income', () => {
    assert.equal(perHeadIncome(income), 6250);
    assert.equal(perHeadIncome({ ...income, members: 0 }), null);
  });
  test('all met and income above the line: none', () => {
    assert.deepEqual(exitGaps(all('met'), [income], 6000), []);
  });
  test('one unmet indicator and low income both named', () => {
    const rows = all('met').map((r) => (r.indicator === 'housing' ? { ...r, status: 'unmet' as const } : r));
    const gaps = exitGaps(rows, [income], 7000);
    assert.deepEqual(gaps.map((g) => g.path), ['indicators.housing', 'income']);
    assert.match(gaps[0]!.message, /住房安全有保障.*不达标/);
  });
  test('a missing indicator and no income are gaps', () => {
    const gaps = exitGaps(all('met').slice(1), [], 6000);
    assert.deepEqual(gaps.map((g) => g.path), ['indicators.food', 'income']);
  });
  test('the latest year counts, not the best', () => {
    const gaps = exitGaps(all('met'), [{ ...income, year: 2025 }, { ...income, year: 2026, wage: 0 }], 6000);
    assert.deepEqual(gaps.map((g) => g.path), ['income']);
  });
});

describe('back-dating', () => {
  const limits = { today: '2026-11-26', requestedOn: '2026-11-10', aheadDays: 0 };
  test('within 30 days and after the request: allowed', () => {
    assert.equal(backdateProblem('2026-11-10', limits), null);
    assert.equal(backdateProblem('2026-11-26', limits), null);
  });
  test('before the request, too far back, or in the future: refused', () => {
    assert.match(backdateProblem('2026-11-09', limits)!, /申请日期/);
    assert.match(backdateProblem('2026-10-26', { ...limits, requestedOn: '2026-10-01' })!, /30 天/);
    assert.equal(backdateProblem('2026-10-27', { ...limits, requestedOn: '2026-10-01' }), null);
    assert.match(backdateProblem('2026-11-27', limits)!, /今天/);
  });
  test('a notice may be planned a few days ahead', () => {
    assert.equal(backdateProblem('2026-11-29', { ...limits, aheadDays: 7 }), null);
    assert.match(backdateProblem('2026-12-04', { ...limits, aheadDays: 7 })!, /2026-12-03/);
  });
});
