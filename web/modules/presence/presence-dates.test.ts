import { describe, expect, test } from 'vitest';
import type { PresenceView } from '../../../contracts/presence.ts';
import { currentMonth, dayStatus, isMonth, roundedPosition, shiftMonth } from './presence-dates.ts';

const mine = { today: '2026-11-25', earliest: '2026-10-01', leaveDays: ['2026-11-10'] };
const row = (day: string, far: boolean) => [day, { day, far } as PresenceView] as const;

describe('presence calendar helpers', () => {
  test('a cell shows a recorded day, a far one, leave, or whether it may still be recorded', () => {
    const recorded = new Map([row('2026-11-03', false), row('2026-11-04', true)]);
    expect(dayStatus('2026-11-03', mine, recorded)).toBe('recorded');
    expect(dayStatus('2026-11-04', mine, recorded)).toBe('far');
    expect(dayStatus('2026-11-10', mine, recorded)).toBe('leave');
    expect(dayStatus('2026-11-25', mine, recorded)).toBe('open');
    expect(dayStatus('2026-10-01', mine, recorded)).toBe('open');
    expect(dayStatus('2026-11-26', mine, recorded)).toBe('closed');
    expect(dayStatus('2026-09-30', mine, recorded)).toBe('closed');
  });

  test('months shift across years and are read in China time', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(currentMonth(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12');
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-09')).toBe(true);
  });

  test('a position is kept to four decimals', () => {
    expect(roundedPosition({ latitude: 26.395123, longitude: 103.148987 })).toEqual({ latitude: 26.3951, longitude: 103.149 });
  });
});
