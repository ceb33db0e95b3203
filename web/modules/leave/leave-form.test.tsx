import { describe, expect, test } from 'vitest';
import dayjs from 'dayjs';
import { leaveRequestBody } from '../../../contracts/leave.ts';
import { ApiError } from '../../platform/api.ts';
import { previewApproval, toFormFields, toLeaveBody } from './leave-form.tsx';

const standard = { tiers: [{ maxDays: 3, role: 'township_party' as const }, { maxDays: null, role: 'county_org' as const }], dayCounting: 'calendar' as const };

describe('leave form', () => {
  test('values become a body the contract accepts', () => {
    const body = toLeaveBody({
      cadreId: '2d3e6f9a-ac77-4f77-9f5a-4c8b7e3a1d32',
      type: 'sick',
      period: [dayjs('2026-03-02'), dayjs('2026-03-03')],
      reason: '  发烧就医  ',
    });
    expect(body).toEqual({ cadreId: '2d3e6f9a-ac77-4f77-9f5a-4c8b7e3a1d32', type: 'sick', startDate: '2026-03-02', endDate: '2026-03-03', reason: '发烧就医' });
    expect(leaveRequestBody.safeParse(body).success).toBe(true);
  });

  test('shows the level the server will choose: up to 3 days the township, more the county', () => {
    expect(previewApproval('2026-03-02', '2026-03-03', standard)).toEqual({ days: 2, role: 'township_party' });
    expect(previewApproval('2026-03-02', '2026-03-06', standard)).toEqual({ days: 5, role: 'county_org' });
    // Friday to Tuesday is five calendar days but three working days.
    expect(previewApproval('2026-03-06', '2026-03-10', { ...standard, dayCounting: 'working' })).toEqual({ days: 3, role: 'township_party' });
    expect(previewApproval('', '2026-03-03', standard)).toBeNull();
  });

  test('the server’s startDate/endDate errors land on the range picker', () => {
    const error = toFormFields(new ApiError(409, 'LEAVE_OVERLAP', '重叠', [{ path: 'startDate', message: '与已有请假时间重叠' }])) as ApiError;
    expect(error.fields).toEqual([{ path: 'period', message: '与已有请假时间重叠' }]);
  });
});
