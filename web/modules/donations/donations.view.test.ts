import { describe, expect, test } from 'vitest';
import dayjs from 'dayjs';
import { donationBody, donationPatchBody } from '../../../contracts/donations.ts';
import { toDonationBody, toDonationPatch, villageOfScope } from './components/donation-body.ts';
import { goodsParts, listLinkOf, moneyText, quantityText, recentYears, summaryQueryOf, withRegion, withYear } from './donations.view.ts';

const village = '530326102204';

describe('donation form values', () => {
  const money = {
    divisionCode: village,
    donor: ' 香港善一堂 ',
    donorKind: 'organization' as const,
    form: 'money' as const,
    value: '680000',
    goods: '校服',
    purpose: '建设村级幼儿园',
    receivedOn: dayjs('2025-03-01'),
    projectId: '',
    receiptNo: ' ',
  };

  test('a new gift leaves empty optionals out and money leaves the hidden goods behind', () => {
    const body = toDonationBody(money);
    expect(body).toEqual({ divisionCode: village, donor: '香港善一堂', donorKind: 'organization', form: 'money', value: '680000', purpose: '建设村级幼儿园', receivedOn: '2025-03-01' });
    expect(donationBody.safeParse(body).success).toBe(true);
  });

  test('goods keep their name, quantity and unit; a change clears with null', () => {
    const goods = { ...money, form: 'goods' as const, value: '3600.5', quantity: '120', unit: '套', arrangedByCadreId: 'c5a3b8d2-1f4e-4c6a-9b7d-2e8f0a1c3d5e' };
    expect(toDonationBody(goods)).toMatchObject({ goods: '校服', quantity: '120', unit: '套', arrangedByCadreId: goods.arrangedByCadreId });
    const patch = toDonationPatch(money);
    expect(patch).toMatchObject({ goods: null, quantity: null, unit: null, projectId: null, arrangedByCadreId: null, receiptNo: null });
    expect(donationPatchBody.safeParse(patch).success).toBe(true);
  });

  test('the contract refuses nothing-worth and sub-cent amounts in Chinese', () => {
    const body = toDonationBody(money);
    expect(donationBody.safeParse({ ...body, value: '0.00' }).error?.issues.map((i) => i.message)).toEqual(['金额（折价）应大于 0']);
    expect(donationBody.safeParse({ ...body, value: '1.234' }).error?.issues.map((i) => i.message)).toEqual(['金额（折价）应为不超过两位小数的金额']);
  });

  test('a team leader’s village starts the form; a township does not', () => {
    expect(villageOfScope(village)).toBe(village);
    expect(villageOfScope('530326102000')).toBeNull();
    expect(villageOfScope(null)).toBeNull();
  });
});

describe('donation view helpers', () => {
  test('amounts grouped by thousands to the cent; quantities without trailing zeros', () => {
    expect(moneyText('683600.8')).toBe('683,600.80');
    expect(moneyText('0.30')).toBe('0.30');
    expect(quantityText('120.00')).toBe('120');
    expect(quantityText('2.50')).toBe('2.5');
    expect(goodsParts({ goods: '大米', quantity: '50.00', unit: '袋' })).toEqual({ goods: '大米', quantity: '50', unit: '袋' });
    expect(goodsParts({ goods: null, quantity: null, unit: null })).toBeNull();
  });

  test('the summary query lives in the address bar', () => {
    expect(summaryQueryOf(new URLSearchParams('divisionCode=530326000000&year=2025'))).toEqual({ divisionCode: '530326000000', year: 2025 });
    expect(summaryQueryOf(new URLSearchParams('divisionCode=abc&year=1066'))).toEqual({});
    expect(withRegion({ year: 2025 }, '530326102000').toString()).toBe('divisionCode=530326102000&year=2025');
    expect(withYear({ divisionCode: '530326000000', year: 2025 }, null).toString()).toBe('divisionCode=530326000000');
    expect(listLinkOf(village, 2025)).toBe(`/donations?divisionCode=${village}&year=2025`);
    expect(recentYears('2026-12-06', 3)).toEqual([2026, 2025, 2024]);
  });
});
