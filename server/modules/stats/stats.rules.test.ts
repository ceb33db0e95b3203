import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ancestorCodes, childPrefixLength, completeFigures, deriveRates, isChildOf, lastMonths, levelOf, pathOf, quarterStart, rollUp, significantPrefix } from './stats.rules.ts';

describe('stats rules', () => {
  test('ancestor codes: township, county, city, province, country, each padded to 12 digits', () => {
    assert.deepEqual(ancestorCodes('530326102204'), ['530326102000', '530326000000', '530300000000', '530000000000', '000000000000']);
    assert.deepEqual(ancestorCodes('530326102000'), ['530326000000', '530300000000', '530000000000', '000000000000']);
    assert.deepEqual(ancestorCodes('530000000000'), ['000000000000']);
    assert.deepEqual(ancestorCodes('000000000000'), []);
    assert.deepEqual(pathOf('530326000000'), ['000000000000', '530000000000', '530300000000', '530326000000']);
  });

  test('levels and children: a county’s children are its townships, a village has none', () => {
    assert.equal(significantPrefix('450400000000'), '4504');
    assert.deepEqual(['000000000000', '530000000000', '530300000000', '530326000000', '530326102000', '530326102204'].map(levelOf), [
      'country',
      'province',
      'city',
      'county',
      'township',
      'village',
    ]);
    assert.equal(childPrefixLength('530326000000'), 9);
    assert.equal(childPrefixLength('530326102204'), null);
    assert.ok(isChildOf('530326102000', '530326000000'));
    assert.ok(!isChildOf('530326102204', '530326000000'));
    assert.ok(!isChildOf('530326000000', '530326000000'));
  });

  test('rollUp adds each row to its division and every one above, to the cent', () => {
    const sums = rollUp([
      { code: '530326102204', key: 'funds_paid', value: 0.1 },
      { code: '530326102205', key: 'funds_paid', value: 0.2 },
      { code: '530326103201', key: 'teams', value: 1 },
      { code: '530326103201', key: 'visits', value: 0 },
    ]);
    assert.equal(sums.get('530326102000')!.get('funds_paid'), 0.3);
    assert.equal(sums.get('530326000000')!.get('funds_paid'), 0.3);
    assert.equal(sums.get('000000000000')!.get('teams'), 1);
    assert.equal(sums.get('530326103201')!.has('visits'), false);
    assert.equal(sums.has('530326102204'), true);
  });

  test('rates are divided from the two sums, three decimals, null over nothing', () => {
    assert.deepEqual(deriveRates({ presence_days: 40, presence_required_days: 60, households_visited: 7, households: 7 }), { inVillageRate: 0.667, visitCoverage: 1 });
    assert.deepEqual(deriveRates({ presence_days: 3 }), { inVillageRate: null, visitCoverage: null });
    assert.equal(completeFigures(new Map([['teams', 2]])).teams, 2);
    assert.equal(completeFigures(undefined).road_km, 0);
  });

  test('the last twelve months cross the year; the quarter starts on its first month', () => {
    const months = lastMonths('2026-03-15');
    assert.equal(months.length, 12);
    assert.deepEqual([months[0], months[9], months[11]], ['2025-04', '2026-01', '2026-03']);
    assert.equal(quarterStart('2026-11-20'), '2026-10-01');
    assert.equal(quarterStart('2026-03-31'), '2026-01-01');
  });
});
