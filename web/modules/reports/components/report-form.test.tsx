import { describe, expect, test } from 'vitest';
import dayjs from 'dayjs';
import { reportCreateBody } from '../../../../contracts/reports.ts';
import { dueHint, toReportBody } from './report-form.tsx';
import { defaultPeriod } from './periods.ts';

describe('report form values', () => {
  test('become a body the contract accepts, the month as YYYY-MM and text trimmed', () => {
    const body = toReportBody({
      teamId: '0b1c4f7e-8a55-4d55-9d3e-2a6f5c1e9b10',
      kind: 'monthly_report',
      period: dayjs('2026-10-01'),
      title: ' 拖车村驻村工作队 10 月月报 ',
      body: ' 本月走访农户 32 户，召开院坝会 2 次。 ',
    });
    expect(body).toEqual({
      teamId: '0b1c4f7e-8a55-4d55-9d3e-2a6f5c1e9b10',
      kind: 'monthly_report',
      period: '2026-10',
      title: '拖车村驻村工作队 10 月月报',
      body: '本月走访农户 32 户，召开院坝会 2 次。',
    });
    expect(reportCreateBody.safeParse(body).success).toBe(true);
  });

  test('the due day is shown for the monthly kinds only, in the next month', () => {
    expect(dueHint('monthly_report', dayjs('2026-12-01'), 5)).toBe('2027-01-05');
    expect(dueHint('work_summary', dayjs('2026-10-01'), 10)).toBe('2026-11-10');
    expect(dueHint('briefing', dayjs('2026-10-01'), 5)).toBeNull();
    expect(dueHint(undefined, undefined, 5)).toBeNull();
  });

  test('the status page opens on last month', () => {
    expect(defaultPeriod(dayjs('2026-01-15'))).toBe('2025-12');
  });
});
