import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  addDays,
  criticismContent,
  deadlineProblem,
  defaultDeadline,
  dueAtOf,
  findingProblems,
  inspectedOnProblem,
  isOverdue,
  todayInBeijing,
} from './inspections.rules.ts';
import { isInspectionRegion } from './inspections.policy.ts';

describe('inspection rules', () => {
  test('the default deadline is the inspection day plus the county’s period, across months and years', () => {
    assert.equal(defaultDeadline('2026-03-20', 15), '2026-04-04');
    assert.equal(defaultDeadline('2026-12-25', 15), '2027-01-09');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  });

  test('a chosen deadline falls after the inspection and within twice the period', () => {
    assert.equal(deadlineProblem('2026-03-20', '2026-03-21', 15), null);
    assert.equal(deadlineProblem('2026-03-20', '2026-04-19', 15), null);
    assert.match(deadlineProblem('2026-03-20', '2026-03-20', 15)!, /晚于督查日期/);
    assert.match(deadlineProblem('2026-03-20', '2026-04-20', 15)!, /30 天/);
  });

  test('a to-do is due at the end of the deadline day in Beijing; today is Beijing’s day', () => {
    assert.equal(dueAtOf('2026-04-04').toISOString(), '2026-04-04T15:59:59.000Z');
    assert.equal(todayInBeijing(new Date('2026-04-30T17:30:00Z')), '2026-05-01');
    assert.equal(todayInBeijing(new Date('2026-04-30T15:30:00Z')), '2026-04-30');
  });

  test('an order is overdue the day after its deadline, while open or answered only', () => {
    assert.equal(isOverdue('open', '2026-04-04', '2026-04-04'), false);
    assert.equal(isOverdue('open', '2026-04-04', '2026-04-05'), true);
    assert.equal(isOverdue('answered', '2026-04-04', '2026-04-05'), true);
    assert.equal(isOverdue('accepted', '2026-04-04', '2026-05-05'), false);
    assert.equal(isOverdue('overdue', '2026-04-04', '2026-05-05'), false);
  });

  test('inspection day: not in the future, not more than a year back', () => {
    assert.equal(inspectedOnProblem('2026-04-30', '2026-04-30'), null);
    assert.match(inspectedOnProblem('2026-05-01', '2026-04-30')!, /晚于今天/);
    assert.match(inspectedOnProblem('2025-04-01', '2026-04-30')!, /一年前/);
  });

  test('findings: a reason when not at post, none when at post, one finding per cadre, a deadline only for an absence', () => {
    const a = randomUUID();
    const b = randomUUID();
    const problems = findingProblems(
      [
        { cadreId: a, atPost: false },
        { cadreId: b, atPost: true, absenceReason: 'leave' },
        { cadreId: a, atPost: true },
        { cadreId: randomUUID(), atPost: false, absenceReason: 'official_business', deadline: '2026-04-01' },
        { cadreId: randomUUID(), atPost: false, absenceReason: 'absent', deadline: '2026-03-19' },
        { cadreId: randomUUID(), atPost: false, absenceReason: 'absent', deadline: '2026-03-25', requirement: '写出书面检查' },
      ],
      '2026-03-20',
      15,
    );
    assert.deepEqual(
      problems.map((p) => p.path),
      ['findings.0.absenceReason', 'findings.1.absenceReason', 'findings.2.cadreId', 'findings.3.deadline', 'findings.4.deadline'],
    );
  });

  test('a region is a county or a township', () => {
    assert.equal(isInspectionRegion('530326000000'), true);
    assert.equal(isInspectionRegion('530326102000'), true);
    assert.equal(isInspectionRegion('530326102204'), false);
    assert.equal(isInspectionRegion('530300000000'), false);
  });

  test('the notice names the cadre, the team, the inspection and the deadline', () => {
    const text = criticismContent({ cadreName: '李秀英', teamName: '驻拖车村工作队', inspectedOn: '2026-03-20', deadline: '2026-04-04' });
    assert.match(text, /李秀英（驻拖车村工作队）在 2026-03-20 督查中无故脱岗.*2026-04-04/);
  });
});
