import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { centsToMoney, formatMoney, parseMoney, sumMoney, toCents } from './money.ts';

describe('money', () => {
  test('parses grouped and plain amounts to cents', () => {
    assert.equal(parseMoney('1,234.5'), 123450);
    assert.equal(parseMoney('1234.50'), 123450);
    assert.equal(parseMoney('¥300,000.00'), 30000000);
    assert.equal(parseMoney('0.07'), 7);
    assert.equal(parseMoney('12'), 1200);
    assert.equal(parseMoney('-5.10'), -510);
  });

  test('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '1.234', '1,23.00', '12,34', '1e5', '1234567890123', '.5', '1.']) {
      assert.equal(parseMoney(text), null, text);
    }
    assert.throws(() => toCents('x'));
  });

  test('adds without floating point error', () => {
    assert.equal(sumMoney(['0.1', '0.2']), '0.30');
    assert.equal(sumMoney(['0.01', '0.02', '0.07']), '0.10');
    assert.equal(sumMoney(['7500000.00', '7375000.00', '7250000.00']), '22125000.00');
    assert.equal(toCents('22,125,000.00'), 2212500000);
    assert.equal(sumMoney(['15000000.33', '7124999.67']), '22125000.00');
  });

  test('formats for storage and for people', () => {
    assert.equal(centsToMoney(30000000), '300000.00');
    assert.equal(centsToMoney(5), '0.05');
    assert.equal(centsToMoney(-510), '-5.10');
    assert.equal(formatMoney(2212500000), '¥22,125,000.00');
    assert.equal(formatMoney(99, false), '0.99');
    assert.equal(formatMoney(-123456789), '-¥1,234,567.89');
  });
});
