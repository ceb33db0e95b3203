import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beijingMonth, chineseDate, chineseMonth, figure, layoutMonthlyReport, rate, wholeOf } from './stats-report.layout.ts';

test('the whole of a region is named as a briefing names it', () => {
  assert.equal(wholeOf('会泽县', 'county'), '全县');
  assert.equal(wholeOf('高州市', 'county'), '全市');
  assert.equal(wholeOf('娜姑镇', 'township'), '全镇');
  assert.equal(wholeOf('大桥乡', 'township'), '全乡');
  assert.equal(wholeOf('古城街道', 'township'), '全街道');
  assert.equal(wholeOf('万宝山', 'township'), '全乡镇');
});

test('figures: whole numbers bare, fractions trimmed, rates to one place, a rate of nothing is a dash', () => {
  assert.equal(figure(355), '355');
  assert.equal(figure(12.345), '12.35');
  assert.equal(figure(12.5, 1), '12.5');
  assert.equal(rate(270, 300), '90.0%');
  assert.equal(rate(1, 3), '33.3%');
  assert.equal(rate(5, 0), '—');
});

test('months and dates are Beijing ones', () => {
  assert.equal(beijingMonth(new Date('2026-11-30T16:30:00Z')), '2026-12');
  assert.equal(beijingMonth(new Date('2026-01-10T00:00:00Z'), -1), '2025-12');
  assert.equal(chineseMonth('2026-11'), '2026年11月');
  assert.equal(chineseDate(new Date('2026-12-05T17:00:00Z')), '2026年12月6日');
});

test('the current month takes the rollup’s required days for the in-village rate; the total is the region’s own row', () => {
  const report = layoutMonthlyReport({
    place: { code: '530326000000', name: '会泽县', level: 'county' },
    children: [{ code: '530326102000', name: '娜姑镇' }],
    current: new Map([
      ['530326000000', new Map([['teams', 355], ['first_secretaries', 364], ['team_members', 1032], ['presence_required_days', 400]])],
      ['530326102000', new Map([['teams', 18]])],
    ]),
    monthly: new Map([['530326000000', new Map([['presence_days', 380]])]]),
    month: '2026-12',
    currentMonth: '2026-12',
    refreshedAt: null,
    issuedAt: new Date('2026-12-06T02:00:00Z'),
  });
  assert.equal(report.title, '会泽县驻村帮扶工作月报（2026年12月）');
  assert.match(report.sections[0]!.sentence, /共选派驻村工作队355支、第一书记364名、驻村干部1032名/);
  assert.match(report.sections[1]!.sentence, /^本月，驻村干部累计在村380人天，应在村400人天，在村率95\.0%/);
  assert.deepEqual(report.sections[0]!.rows, [['娜姑镇', 0, 18, 0, 0, 0, 0]]);
  assert.deepEqual(report.sections[0]!.total, ['合计', 0, 355, 364, 1032, 0, 0]);
  assert.match(report.note, /尚未生成/);
  assert.equal(report.issuedOn, '2026年12月6日');
});
