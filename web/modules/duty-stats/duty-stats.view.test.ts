import { describe, expect, test } from 'vitest';
import { statsQueryOf, withMonth, withRegion } from './duty-stats.view.ts';

describe('duty statistics address', () => {
  test('reads a valid region and month and drops anything else', () => {
    expect(statsQueryOf(new URLSearchParams('divisionCode=530326102000&month=2025-09'))).toEqual({ divisionCode: '530326102000', month: '2025-09' });
    expect(statsQueryOf(new URLSearchParams('divisionCode=5303&month=2025-13'))).toEqual({});
  });

  test('drilling keeps the month; changing the month keeps the region; the top of the breadcrumb clears the region', () => {
    const query = { divisionCode: '530326000000', month: '2025-09' };
    expect(withRegion(query, '530326102000').toString()).toBe('divisionCode=530326102000&month=2025-09');
    expect(withRegion(query, null).toString()).toBe('month=2025-09');
    expect(withMonth(query, '2025-10').toString()).toBe('divisionCode=530326000000&month=2025-10');
  });
});
