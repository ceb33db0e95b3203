import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { centsOf, formatCents, splitCents, yuanToCents } from './project-money.ts';

describe('demo project money', () => {
  test('yuan become cents without floating point drift', () => {
    assert.equal(yuanToCents(0.1 + 0.2), 30);
    assert.equal(yuanToCents(44_908_700), 4_490_870_000);
    assert.throws(() => yuanToCents(-1));
  });

  test('cents are written and read as numeric(14,2) strings', () => {
    assert.equal(formatCents(2_212_500_000), '22125000.00');
    assert.equal(formatCents(5), '0.05');
    assert.equal(centsOf('1234.5'), 123_450);
    assert.equal(centsOf('22125000.00'), 2_212_500_000);
    assert.throws(() => centsOf('12,5'));
  });

  test('a budget is shared out in hundreds of yuan and the shares add up exactly', () => {
    const shares = splitCents(yuanToCents(5_326_700), [80, 20]);
    assert.deepEqual(shares, [426_140_000, 106_530_000]);
    assert.equal(shares.reduce((a, b) => a + b, 0), 532_670_000);
    for (const share of splitCents(yuanToCents(1_000_000), [1, 1, 1])) assert.equal(share % 10_000, 0);
    assert.equal(splitCents(yuanToCents(1_000_000), [1, 1, 1]).reduce((a, b) => a + b, 0), 100_000_000);
  });

  test('a total that is not whole hundreds is split to the cent', () => {
    const shares = splitCents(100_001, [1, 1]);
    assert.equal(shares[0]! + shares[1]!, 100_001);
    assert.ok(Math.abs(shares[0]! - shares[1]!) <= 1);
    assert.throws(() => splitCents(100, [1, 0]));
  });
});
