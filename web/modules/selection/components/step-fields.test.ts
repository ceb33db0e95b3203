import { describe, expect, test } from 'vitest';
import dayjs from 'dayjs';
import { nominationActionBody } from '../../../../contracts/selection.ts';
import { stepNeeds, toActionBody } from './step-fields.ts';

describe('step fields', () => {
  test('the fields shown follow the actions offered', () => {
    expect(stepNeeds(['approve', 'reject'])).toEqual({ vetting: true, date: false });
    expect(stepNeeds(['dispatch'])).toEqual({ vetting: false, date: true });
    expect(stepNeeds(['withdraw'])).toEqual({ vetting: false, date: false });
  });

  test('approve carries the vetting remarks, dispatch the date, others neither', () => {
    const values = { vetting: { politics: ' 过硬 ', health: '' }, effectiveDate: dayjs('2024-03-01') };
    expect(toActionBody('approve', undefined, values)).toEqual({ action: 'approve', vetting: { politics: '过硬', workStyle: null, ability: null, health: null } });
    expect(toActionBody('dispatch', '到岗', values)).toEqual({ action: 'dispatch', comment: '到岗', effectiveDate: '2024-03-01' });
    expect(toActionBody('start_training', undefined, values)).toEqual({ action: 'start_training' });
    expect(toActionBody('approve', undefined, { vetting: { politics: '  ' } })).toEqual({ action: 'approve' });
    expect(nominationActionBody.safeParse(toActionBody('recall', '违纪', values)).success).toBe(true);
  });
});
