import { describe, expect, test } from 'vitest';
import dayjs from 'dayjs';
import { visitCreateBody, visitUpdateBody } from '../../../../contracts/visits.ts';
import { cadreChoiceOf, isPhotoName, toVisitCreateBody, toVisitUpdateBody } from './visit-values.ts';
import { dayOfQuarter, percent, quarterOfDay } from './quarters.ts';

const householdId = '0b1c4f7e-8a55-4d55-9d3e-2a6f5c1e9b10';

describe('visit form values', () => {
  test('a new visit: trimmed text, no empty follow-up, no cadre unless chosen; the contract accepts it', () => {
    const body = toVisitCreateBody({ visitedOn: dayjs('2026-11-20'), findings: ' 重楼长势良好 ', followUp: '  ' }, householdId);
    expect(body).toEqual({ householdId, visitedOn: '2026-11-20', findings: '重楼长势良好' });
    expect(visitCreateBody.safeParse(body).success).toBe(true);
    const chosen = toVisitCreateBody({ householdId, cadreId: householdId, visitedOn: dayjs('2026-11-20'), findings: '看望', followUp: '联系医保' });
    expect(chosen.cadreId).toBe(householdId);
    expect(chosen.followUp).toBe('联系医保');
  });

  test('a correction clears an emptied follow-up and sends the done day', () => {
    const body = toVisitUpdateBody({ visitedOn: dayjs('2026-11-20'), findings: '核实', followUp: '', followUpDone: dayjs('2026-11-22') });
    expect(body).toEqual({ visitedOn: '2026-11-20', findings: '核实', followUp: null, followUpDone: '2026-11-22' });
    expect(visitUpdateBody.safeParse(body).success).toBe(true);
    expect(toVisitUpdateBody({ visitedOn: dayjs('2026-11-20'), findings: '核实', followUpDone: null }).followUpDone).toBeNull();
  });

  test('only JPG and PNG count as photos', () => {
    expect(isPhotoName('院坝会.JPG')).toBe(true);
    expect(isPhotoName('a.jpeg')).toBe(true);
    expect(isPhotoName('a.png')).toBe(true);
    expect(isPhotoName('纪要.pdf')).toBe(false);
    expect(isPhotoName('setup.exe')).toBe(false);
    expect(isPhotoName('png')).toBe(false);
  });

  test('who picks a cadre: a leader may, an account of no cadre must, others record as themselves', () => {
    expect(cadreChoiceOf({ roles: ['team_leader'], cadreId: 'c' })).toBe('optional');
    expect(cadreChoiceOf({ roles: ['team_member'], cadreId: 'c' })).toBe('none');
    expect(cadreChoiceOf({ roles: ['paired_cadre'], cadreId: 'c' })).toBe('none');
    expect(cadreChoiceOf({ roles: ['team_leader'], cadreId: null })).toBe('required');
  });

  test('quarters round-trip between the picker and the server', () => {
    expect(quarterOfDay(dayjs('2026-11-26'))).toBe('2026Q4');
    expect(quarterOfDay(dayjs('2026-01-01'))).toBe('2026Q1');
    expect(dayOfQuarter('2026Q3')?.format('YYYY-MM-DD')).toBe('2026-07-01');
    expect(dayOfQuarter('2026Q5')).toBeNull();
    expect(dayOfQuarter(undefined)).toBeNull();
    expect(percent(0.667)).toBe('66.7%');
    expect(percent(1)).toBe('100%');
  });
});
