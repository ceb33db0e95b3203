import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLeaveTiers } from '../../config.ts';
import { approverRoleFor, checkLeaveDates, checkReturnedOn, countLeaveDays, effectiveEnd, findOverlap, isOverdueReportBack, leaveToday } from './leave.rules.ts';
import type { LeaveState } from './leave.schema.ts';

const paths = (errors: { path: string }[]) => errors.map((e) => e.path);

describe('leave tier table', () => {
  const standard = parseLeaveTiers('3:township_party,*:county_org');

  test('up to 3 days the township, over 3 days the county (domain.md §3)', () => {
    assert.equal(approverRoleFor(1, standard), 'township_party');
    assert.equal(approverRoleFor(3, standard), 'township_party');
    assert.equal(approverRoleFor(4, standard), 'county_org');
    assert.equal(approverRoleFor(30, standard), 'county_org');
  });

  test('a county may set its own tiers, up to the city', () => {
    const custom = parseLeaveTiers('2:township_party,7:county_org,*:city_org');
    assert.equal(approverRoleFor(2, custom), 'township_party');
    assert.equal(approverRoleFor(3, custom), 'county_org');
    assert.equal(approverRoleFor(7, custom), 'county_org');
    assert.equal(approverRoleFor(8, custom), 'city_org');
    assert.equal(approverRoleFor(5, parseLeaveTiers('*:county_org')), 'county_org');
  });

  test('a table without an open last tier or with falling limits is refused at start', () => {
    assert.throws(() => parseLeaveTiers('3:township_party'), /last tier/);
    assert.throws(() => parseLeaveTiers('5:township_party,3:county_org,*:city_org'), /rise/);
    assert.throws(() => parseLeaveTiers('3:team_leader,*:county_org'), /unknown role/);
  });
});

describe('leave day counting', () => {
  test('calendar days count both ends', () => {
    assert.equal(countLeaveDays('2026-03-02', '2026-03-02', 'calendar'), 1);
    assert.equal(countLeaveDays('2026-02-27', '2026-03-02', 'calendar'), 4);
    assert.equal(countLeaveDays('2026-12-31', '2027-01-01', 'calendar'), 2);
    assert.equal(countLeaveDays('2026-03-02', '2026-03-01', 'calendar'), 0);
  });

  test('working days skip Saturday and Sunday', () => {
    // 2026-03-06 is a Friday, 03-09 the Monday after.
    assert.equal(countLeaveDays('2026-03-06', '2026-03-09', 'working'), 2);
    assert.equal(countLeaveDays('2026-03-02', '2026-03-13', 'working'), 10);
    assert.equal(countLeaveDays('2026-03-07', '2026-03-08', 'working'), 0);
  });
});

describe('leave dates', () => {
  const rules = { today: '2026-03-10', pastGraceDays: 3, dayCounting: 'calendar' as const };

  test('a leave may start up to the grace days back, not earlier', () => {
    assert.deepEqual(checkLeaveDates({ startDate: '2026-03-07', endDate: '2026-03-08' }, rules), []);
    assert.deepEqual(paths(checkLeaveDates({ startDate: '2026-03-06', endDate: '2026-03-08' }, rules)), ['startDate']);
    assert.deepEqual(paths(checkLeaveDates({ startDate: '2026-03-09', endDate: '2026-03-10' }, { ...rules, pastGraceDays: 0 })), ['startDate']);
    assert.deepEqual(checkLeaveDates({ startDate: '2026-03-10', endDate: '2026-03-10' }, { ...rules, pastGraceDays: 0 }), []);
  });

  test('a weekend alone is no leave when only working days count', () => {
    assert.deepEqual(paths(checkLeaveDates({ startDate: '2026-03-14', endDate: '2026-03-15' }, { ...rules, dayCounting: 'working' })), ['endDate']);
  });

  test('a report back falls between the start and today', () => {
    const leave = { startDate: '2026-03-05', endDate: '2026-03-07' };
    assert.deepEqual(checkReturnedOn('2026-03-08', leave, '2026-03-10'), []);
    assert.deepEqual(paths(checkReturnedOn('2026-03-04', leave, '2026-03-10')), ['returnedOn']);
    assert.deepEqual(paths(checkReturnedOn('2026-03-11', leave, '2026-03-10')), ['returnedOn']);
    // Back before the leave began: only today, and the leave then holds no day.
    assert.deepEqual(checkReturnedOn('2026-03-04', leave, '2026-03-04'), []);
    assert.deepEqual(paths(checkReturnedOn('2026-03-03', leave, '2026-03-04')), ['returnedOn']);
    assert.equal(effectiveEnd({ ...leave, reportedBackOn: '2026-03-04' }) < leave.startDate, true);
  });

  test('today is the day in Beijing', () => {
    assert.equal(leaveToday(new Date('2026-04-30T17:30:00Z')), '2026-05-01');
  });
});

describe('overlapping leave', () => {
  const row = (id: string, startDate: string, endDate: string, state: LeaveState, reportedBackOn: string | null = null) => ({ id, startDate, endDate, state, reportedBackOn });
  const existing = [
    row('a', '2026-03-02', '2026-03-04', 'approved'),
    row('b', '2026-03-10', '2026-03-12', 'rejected'),
    row('c', '2026-03-16', '2026-03-18', 'withdrawn'),
    row('d', '2026-03-20', '2026-03-25', 'reported_back', '2026-03-22'),
    row('e', '2026-03-27', '2026-03-28', 'pending'),
    row('f', '2026-03-30', '2026-03-31', 'returned'),
  ];

  test('standing leave (pending, returned, approved, taken) is refused on any shared day', () => {
    assert.equal(findOverlap({ startDate: '2026-03-04', endDate: '2026-03-05' }, existing)?.id, 'a');
    assert.equal(findOverlap({ startDate: '2026-03-01', endDate: '2026-03-02' }, existing)?.id, 'a');
    assert.equal(findOverlap({ startDate: '2026-03-28', endDate: '2026-03-29' }, existing)?.id, 'e');
    assert.equal(findOverlap({ startDate: '2026-03-31', endDate: '2026-04-01' }, existing)?.id, 'f');
    assert.equal(findOverlap({ startDate: '2026-03-21', endDate: '2026-03-21' }, existing)?.id, 'd');
  });

  test('rejected and withdrawn leave, and days after an early report back, are free', () => {
    assert.equal(findOverlap({ startDate: '2026-03-05', endDate: '2026-03-19' }, existing), undefined);
    assert.equal(findOverlap({ startDate: '2026-03-22', endDate: '2026-03-26' }, existing), undefined);
  });

  test('a revised request does not clash with itself', () => {
    assert.equal(findOverlap({ startDate: '2026-03-27', endDate: '2026-03-28' }, existing, 'e'), undefined);
  });

  test('an early report back ends the leave the day before the return', () => {
    assert.equal(effectiveEnd(row('x', '2026-03-20', '2026-03-25', 'reported_back', '2026-03-22')), '2026-03-21');
    assert.equal(effectiveEnd(row('x', '2026-03-20', '2026-03-25', 'reported_back', '2026-03-27')), '2026-03-25');
    assert.equal(effectiveEnd(row('x', '2026-03-20', '2026-03-25', 'approved')), '2026-03-25');
  });

  test('approved leave past its end without a report back is flagged', () => {
    assert.equal(isOverdueReportBack({ state: 'approved', endDate: '2026-03-09' }, '2026-03-10'), true);
    assert.equal(isOverdueReportBack({ state: 'approved', endDate: '2026-03-10' }, '2026-03-10'), false);
    assert.equal(isOverdueReportBack({ state: 'reported_back', endDate: '2026-03-01' }, '2026-03-10'), false);
    assert.equal(isOverdueReportBack({ state: 'pending', endDate: '2026-03-01' }, '2026-03-10'), false);
  });
});
