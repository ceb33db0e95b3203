import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cooperativeTotals, dividendProblems, fromCents, latestCondition, sumMoney, toCents } from './assets.rules.ts';

describe('money in cents', () => {
  test('parses and prints without floating point drift', () => {
    assert.equal(toCents('1234.5'), 123450);
    assert.equal(toCents('0.07'), 7);
    assert.equal(toCents('2000'), 200000);
    assert.equal(fromCents(123450), '1234.50');
    assert.equal(fromCents(7), '0.07');
    assert.equal(fromCents(-150), '-1.50');
    // 0.1 + 0.2 in floats is 0.30000000000000004.
    assert.equal(sumMoney(['0.10', '0.20']), '0.30');
    assert.equal(sumMoney([]), '0.00');
    assert.throws(() => toCents('12.345'));
  });
});

describe('latestCondition', () => {
  const at = (ms: number) => new Date(ms);
  test('the latest check by date wins, then the one recorded last', () => {
    assert.equal(latestCondition([]), null);
    assert.equal(
      latestCondition([
        { checkedOn: '2025-06-01', condition: 'damaged', createdAt: at(3) },
        { checkedOn: '2025-09-01', condition: 'needs_repair', createdAt: at(1) },
        { checkedOn: '2025-03-01', condition: 'good', createdAt: at(2) },
      ]),
      'needs_repair',
    );
    assert.equal(
      latestCondition([
        { checkedOn: '2025-09-01', condition: 'needs_repair', createdAt: at(1) },
        { checkedOn: '2025-09-01', condition: 'good', createdAt: at(2) },
      ]),
      'good',
    );
  });
});

describe('dividendProblems', () => {
  test('no year before the share, no payment before its year, none in the future', () => {
    const share = { since: '2023-05-01' };
    assert.deepEqual(dividendProblems({ year: 2024, paidOn: '2025-01-10' }, share, '2025-11-26'), []);
    assert.deepEqual(dividendProblems({ year: 2022, paidOn: '2023-01-10' }, share, '2025-11-26').map((p) => p.path), ['year']);
    assert.deepEqual(dividendProblems({ year: 2025, paidOn: '2024-12-31' }, share, '2025-11-26').map((p) => p.path), ['paidOn']);
    assert.deepEqual(dividendProblems({ year: 2025, paidOn: '2025-12-31' }, share, '2025-11-26').map((p) => p.path), ['paidOn']);
  });
});

describe('cooperativeTotals', () => {
  test('counts households once and sums capital and the year’s dividends exactly', () => {
    const totals = cooperativeTotals(
      [
        { cooperative: '蜂业合作社', householdId: 'a', amount: '2000.00' },
        { cooperative: '蜂业合作社', householdId: 'a', amount: '500.10' },
        { cooperative: '蜂业合作社', householdId: 'b', amount: '2000.00' },
        { cooperative: '茶叶合作社', householdId: 'c', amount: '1000.00' },
      ],
      [
        { cooperative: '蜂业合作社', amount: '300.10' },
        { cooperative: '蜂业合作社', amount: '0.20' },
      ],
    );
    assert.deepEqual(totals, [
      { cooperative: '蜂业合作社', households: 2, shareCapital: '4500.10', dividendsPaid: '300.30' },
      { cooperative: '茶叶合作社', households: 1, shareCapital: '1000.00', dividendsPaid: '0.00' },
    ]);
  });
});
