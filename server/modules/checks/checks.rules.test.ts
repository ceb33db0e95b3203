import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ageOn, belowIncomeLine, birthRangeForAges, bornByForAge, childPrefixLength, pathCodes, perHeadIncome, todayInBeijing } from './checks.rules.ts';
import { describeFinding } from './checks.present.ts';

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('checks rules', () => {
  test('age in whole years, the birthday itself included; 29 February turns on 1 March in common years', () => {
    assert.equal(ageOn('2010-03-01', '2021-02-28'), 10);
    assert.equal(ageOn('2010-03-01', '2021-03-01'), 11);
    assert.equal(ageOn('2012-02-29', '2018-02-28'), 5);
    assert.equal(ageOn('2012-02-29', '2018-03-01'), 6);
    assert.equal(ageOn('2012-02-29', '2020-02-29'), 8);
  });

  test('born on or before bornByForAge ⇔ at least that old, for every day of four years', () => {
    for (let day = '2023-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
      for (const years of [6, 16, 101]) {
        const bound = bornByForAge(day, years);
        assert.ok(ageOn(bound, day) >= years, `${day} ${years}`);
        assert.ok(ageOn(addDays(bound, 1), day) < years, `${day} ${years} next`);
      }
    }
  });

  test('school age is six to fifteen inclusive', () => {
    const range = birthRangeForAges('2026-09-01', 6, 15);
    assert.deepEqual(range, { after: '2010-09-01', until: '2020-09-01' });
    assert.equal(ageOn(range.until, '2026-09-01'), 6);
    assert.equal(ageOn(range.after, '2026-09-01'), 16);
    assert.equal(ageOn(addDays(range.after, 1), '2026-09-01'), 15);
  });

  test('per-head income is the four sources over that year’s members, to the fen; the line itself is not below', () => {
    assert.equal(perHeadIncome({ wage: 10000, business: 2000, property: 0, transfer: 1000.01, members: 3 }), 4333.34);
    assert.equal(perHeadIncome({ wage: 1, business: 0, property: 0, transfer: 0, members: 0 }), null);
    assert.equal(belowIncomeLine({ wage: 12000, business: 0, property: 0, transfer: 0, members: 2 }, 6000), false);
    assert.equal(belowIncomeLine({ wage: 11999.98, business: 0, property: 0, transfer: 0, members: 2 }, 6000), true);
    assert.equal(belowIncomeLine({ wage: 0, business: 0, property: 0, transfer: 0, members: 0 }, 6000), false);
  });

  test('the Beijing date turns at 16:00 UTC', () => {
    assert.equal(todayInBeijing(new Date('2026-03-31T15:59:59Z')), '2026-03-31');
    assert.equal(todayInBeijing(new Date('2026-03-31T16:00:00Z')), '2026-04-01');
  });

  test('one level down and the breadcrumb', () => {
    assert.equal(childPrefixLength(6), 9);
    assert.equal(childPrefixLength(9), 12);
    assert.equal(childPrefixLength(12), null);
    assert.deepEqual(pathCodes('530326', '530326102'), ['530326000000', '530326102000']);
  });

  test('findings read as sentences', () => {
    assert.equal(describeFinding('child_out_of_school', { name: '王某某', birthDate: '2010-03-01' }, '2021-06-01', 'zh-CN'), '王某某 2010-03-01 出生，11 岁，未在校');
    assert.equal(
      describeFinding('exited_low_income', { year: 2025, wage: 3000, business: 200, property: 0, transfer: 0, members: 1, line: 4000 }, '2026-01-01', 'zh-CN'),
      '2025 年人均纯收入 3,200.00 元（1 人），低于 4,000.00 元',
    );
    assert.equal(describeFinding('exited_unmet_indicator', { indicators: ['housing', 'water'] }, '2026-01-01', 'zh-CN'), '已脱贫，但住房安全有保障、饮水安全有保障不达标');
    assert.equal(describeFinding('householder_count', { count: 0, names: [] }, '2026-01-01', 'en'), '0 householders, should be one');
  });
});
