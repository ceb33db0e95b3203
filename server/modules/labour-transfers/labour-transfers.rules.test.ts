import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { averageIncome, byProvince, isCurrent, labourDateProblems, provinceOf } from './labour-transfers.rules.ts';

describe('labour transfer rules', () => {
  test('the province of a destination, by its name or a well-known city', () => {
    assert.equal(provinceOf('广东省深圳市宝安区'), '广东省');
    assert.equal(provinceOf('  浙江宁波'), '浙江省');
    assert.equal(provinceOf('深圳龙华'), '广东省');
    assert.equal(provinceOf('义乌'), '浙江省');
    assert.equal(provinceOf('内蒙古鄂尔多斯'), '内蒙古自治区');
    assert.equal(provinceOf('县城工业园区'), null);
  });

  test('away today: left on or before it, not back before it', () => {
    assert.equal(isCurrent({ startedOn: '2026-01-01', endedOn: null }, '2026-03-01'), true);
    assert.equal(isCurrent({ startedOn: '2026-03-01', endedOn: '2026-03-01' }, '2026-03-01'), true);
    assert.equal(isCurrent({ startedOn: '2026-01-01', endedOn: '2026-02-28' }, '2026-03-01'), false);
    assert.equal(isCurrent({ startedOn: '2026-03-02', endedOn: null }, '2026-03-01'), false);
  });

  test('destinations fold into provinces, most people first, unknown ones last as 其他', () => {
    const rows = [
      { destination: '广东省深圳市', people: 2, organized: 1, incomeSum: 9000 },
      { destination: '东莞', people: 1, organized: 0, incomeSum: 4800 },
      { destination: '县城工业园区', people: 5, organized: 0, incomeSum: 12500 },
      { destination: '浙江省宁波市', people: 1, organized: 1, incomeSum: 5200 },
    ];
    assert.deepEqual(byProvince(rows), [
      { province: '广东省', people: 3, averageMonthlyIncome: 4600 },
      { province: '浙江省', people: 1, averageMonthlyIncome: 5200 },
      { province: '其他', people: 5, averageMonthlyIncome: 2500 },
    ]);
    assert.equal(averageIncome(0, 0), null);
    assert.equal(averageIncome(10001, 2), 5001);
  });

  test('dates not in the future', () => {
    assert.deepEqual(labourDateProblems({ startedOn: '2026-03-02', endedOn: '2026-03-03' }, '2026-03-01').map((p) => p.path), ['startedOn', 'endedOn']);
    assert.deepEqual(labourDateProblems({ startedOn: '2026-03-01' }, '2026-03-01'), []);
  });
});
