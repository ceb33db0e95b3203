import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseRatingCode, publicRatingBody, ratingCodeAlphabet } from '../../../contracts/mass-ratings.ts';
import { countRatings, isShown, newRatingCodes, newRatingToken, presentSummary, previousQuarter, quarterOfDay, quarterOrCurrent, ratingCodeHasher } from './mass-ratings.rules.ts';

const key = 'ab'.repeat(32);

describe('mass rating rules', () => {
  test('codes: eight characters of the alphabet without 0, O, 1 or I, all distinct', () => {
    const codes = newRatingCodes(500);
    assert.equal(new Set(codes).size, 500);
    assert.ok(codes.every((c) => c.length === 8 && [...c].every((ch) => ratingCodeAlphabet.includes(ch))));
    assert.ok(!/[01OI]/.test(ratingCodeAlphabet));
  });

  test('a token carries 128 random bits', () => {
    assert.equal(Buffer.from(newRatingToken(), 'base64url').length, 16);
    assert.notEqual(newRatingToken(), newRatingToken());
  });

  test('the hash is keyed: the same code hashes alike under one key, differently under another', () => {
    const hash = ratingCodeHasher(key);
    assert.equal(hash('ABCDEFGH'), hash('ABCDEFGH'));
    assert.notEqual(hash('ABCDEFGH'), ratingCodeHasher('cd'.repeat(32))('ABCDEFGH'));
    assert.ok(!hash('ABCDEFGH').includes('ABCDEFGH'));
  });

  test('a typed code: case, spaces and dashes do not matter', () => {
    assert.equal(normaliseRatingCode(' abcd-efgh '), 'ABCDEFGH');
    assert.equal(publicRatingBody.parse({ code: 'abcd efgh', satisfaction: 'satisfied', keepOrAdjust: 'keep' }).code, 'ABCDEFGH');
    assert.equal(publicRatingBody.safeParse({ code: 'ABCDEFG0', satisfaction: 'satisfied', keepOrAdjust: 'keep' }).success, false);
  });

  test('quarters', () => {
    assert.deepEqual(quarterOfDay('2026-03-31'), { year: 2026, quarter: 1 });
    assert.deepEqual(quarterOfDay('2026-10-01'), { year: 2026, quarter: 4 });
    assert.deepEqual(previousQuarter({ year: 2026, quarter: 1 }), { year: 2025, quarter: 4 });
    assert.deepEqual(quarterOrCurrent({ quarter: 2 }, '2026-12-06'), { year: 2026, quarter: 2 });
  });

  test('the breakdown is shown from the minimum count on, never below', () => {
    const rows = [
      { satisfaction: 'satisfied' as const, keepOrAdjust: 'keep' as const, n: 3 },
      { satisfaction: 'dissatisfied' as const, keepOrAdjust: 'adjust' as const, n: 1 },
    ];
    const four = countRatings(rows);
    assert.deepEqual(four, { count: 4, satisfied: 3, fairlySatisfied: 0, dissatisfied: 1, keep: 3, adjust: 1 });
    assert.equal(isShown(4), false);
    const hidden = presentSummary(four);
    assert.equal(hidden.count, 4);
    assert.equal(hidden.dissatisfied, null);
    assert.ok(hidden.hiddenReason);
    const five = countRatings([...rows, { satisfaction: 'fairly_satisfied', keepOrAdjust: 'keep', n: 1 }]);
    assert.equal(presentSummary(five).dissatisfied, 1);
    assert.equal(presentSummary(five).shown, true);
  });
});
