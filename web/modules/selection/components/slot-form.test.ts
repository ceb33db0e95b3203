import { describe, expect, test } from 'vitest';
import dayjs from 'dayjs';
import { slotCreateBody } from '../../../../contracts/selection.ts';
import { toSlotBody } from './slot-form.ts';

describe('toSlotBody', () => {
  test('dates become ISO days, blanks become null, and the result passes the contract', () => {
    const body = toSlotBody({
      villageCode: '530326102204',
      unitId: '7d0f8f5e-3c1a-4b7e-9a51-2f7a2a7e0b11',
      role: 'first_secretary',
      needs: '  懂法律  ',
      nominateBy: dayjs('2024-02-20'),
      termStart: dayjs('2024-03-01'),
      termEnd: null,
    });
    expect(body).toEqual({
      villageCode: '530326102204',
      unitId: '7d0f8f5e-3c1a-4b7e-9a51-2f7a2a7e0b11',
      teamId: null,
      role: 'first_secretary',
      needs: '懂法律',
      nominateBy: '2024-02-20',
      termStart: '2024-03-01',
      termEnd: null,
    });
    expect(slotCreateBody.safeParse(body).success).toBe(true);
  });

  test('an empty form fails the contract on the pickers', () => {
    const result = slotCreateBody.safeParse(toSlotBody({ needs: '   ' }));
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths.sort()).toEqual(['unitId', 'villageCode']);
  });
});
