import { describe, expect, test } from 'vitest';
import type { RosterMember } from '../../../contracts/inspections.ts';
import { buildFindings, findingErrorsByCadre, markRest, statusChoices } from './inspection-form.logic.ts';

const member = (cadreId: string, leave = false): RosterMember => ({
  cadreId,
  cadreName: cadreId,
  teamId: 't',
  teamName: '驻拖车村工作队',
  role: 'member',
  villageCode: '530326102204',
  villageName: '拖车村',
  leave: leave ? { id: 'l', startDate: '2026-03-01', endDate: '2026-03-03' } : null,
});

describe('inspection form', () => {
  const roster = [member('a'), member('b', true), member('c'), member('d')];

  test('offers "on leave" only to a member on approved leave', () => {
    expect(statusChoices(roster[0]!)).not.toContain('leave');
    expect(statusChoices(roster[1]!)).toContain('leave');
  });

  test('marks the rest at post, or on leave where the records say so, keeping what was marked', () => {
    const marks = markRest(roster, { c: { status: 'absent' } });
    expect(Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, v.status]))).toEqual({ a: 'at_post', b: 'leave', c: 'absent', d: 'at_post' });
  });

  test('builds findings of the checked only, with a deadline for an absence alone, and maps errors back to rows', () => {
    const { findings, cadreAt } = buildFindings(roster, {
      a: { status: 'at_post', deadline: '2026-03-20' },
      c: { status: 'absent', deadline: '2026-03-20', requirement: ' 书面检查 ', note: ' ' },
      d: { status: 'unchecked' },
    });
    expect(findings).toEqual([
      { cadreId: 'a', atPost: true },
      { cadreId: 'c', atPost: false, absenceReason: 'absent', deadline: '2026-03-20', requirement: '书面检查' },
    ]);
    const errors = findingErrorsByCadre([{ path: 'findings.1.deadline', message: '整改期限应晚于督查日期' }, { path: 'divisionCode', message: 'x' }], cadreAt);
    expect([...errors.entries()]).toEqual([['c', ['整改期限应晚于督查日期']]]);
  });
});
