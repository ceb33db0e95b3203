import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoWeekOf, lastFinishedPeriod, reportPeriodOf, weeksOfYear } from './org-life.calendar.ts';
import { computeSixOnes, effectiveFrequencies, lastPeriodShortfalls, recordProblems, type SixOnesInput } from './org-life.rules.ts';

const base = (overrides: Partial<SixOnesInput> = {}): SixOnesInput => ({
  year: 2026,
  today: '2026-12-31',
  life: { establishedOn: null, dissolvedOn: null },
  records: [],
  partyMembers: [],
  withGarden: new Set(),
  teamCadres: [],
  withHousehold: new Set(),
  ...overrides,
});
const itemOf = (input: SixOnesInput, code: string) => computeSixOnes(input).find((i) => i.item === code)!;

test('ISO weeks: a week belongs to the year of its Thursday', () => {
  assert.equal(isoWeekOf('2025-12-29').label, '2026-W01');
  assert.equal(isoWeekOf('2026-01-04').label, '2026-W01');
  assert.equal(isoWeekOf('2027-01-01').label, '2026-W53');
  assert.equal(isoWeekOf('2025-12-28').label, '2025-W52');
  assert.equal(weeksOfYear(2026).length, 53);
  assert.equal(weeksOfYear(2025).length, 52);
  assert.equal(weeksOfYear(2026)[0]!.start, '2025-12-29');
  assert.deepEqual(reportPeriodOf('2026-W01'), { label: '2026-W01', start: '2025-12-29', end: '2026-01-04' });
  assert.equal(reportPeriodOf('2025-W53'), null);
  assert.deepEqual(reportPeriodOf('2026-02'), { label: '2026-02', start: '2026-02-01', end: '2026-02-28' });
  assert.equal(reportPeriodOf('2026-13'), null);
});

test('weekly study: a study on 2025-12-29 counts once, for 2026-W01, not for 2025', () => {
  const records = [{ kind: 'weekly_study' as const, heldOn: '2025-12-29' }];
  const y2026 = itemOf(base({ records, today: '2026-01-11' }), 'weekly_study');
  assert.deepEqual([y2026.required, y2026.done, y2026.missing], [2, 1, ['2026-W02']]);
  const y2025 = itemOf(base({ year: 2025, records, today: '2026-01-11', life: { establishedOn: '2025-12-01', dissolvedOn: null } }), 'weekly_study');
  assert.equal(y2025.done, 0);
  assert.deepEqual(y2025.missing, ['2025-W49', '2025-W50', '2025-W51', '2025-W52']);
});

test('the current week is required only once something is held in it', () => {
  const open = itemOf(base({ today: '2026-01-07', records: [{ kind: 'weekly_study', heldOn: '2026-01-02' }] }), 'weekly_study');
  assert.deepEqual([open.required, open.done, open.ok], [1, 1, true]);
  const held = itemOf(base({ today: '2026-01-07', records: [{ kind: 'weekly_study', heldOn: '2026-01-02' }, { kind: 'weekly_study', heldOn: '2026-01-06' }] }), 'weekly_study');
  assert.deepEqual([held.required, held.done], [2, 2]);
});

test('a branch established mid-month: that month is not missing, the next ones are', () => {
  const input = base({ today: '2026-06-10', life: { establishedOn: '2026-03-15', dissolvedOn: null }, records: [{ kind: 'theme_day', heldOn: '2026-04-20' }] });
  const theme = itemOf(input, 'monthly_theme_day');
  assert.deepEqual([theme.required, theme.done, theme.missing, theme.percent, theme.ok], [2, 1, ['2026-05'], 50, false]);
  const withMarch = itemOf({ ...input, records: [...input.records, { kind: 'theme_day', heldOn: '2026-03-20' }] }, 'monthly_theme_day');
  assert.deepEqual([withMarch.required, withMarch.done], [3, 2]);
});

test('a dissolved branch is held to nothing after its dissolution', () => {
  const input = base({ today: '2026-12-31', life: { establishedOn: '2025-06-01', dissolvedOn: '2026-02-10' } });
  const labour = itemOf(input, 'monthly_volunteer_labour');
  assert.deepEqual([labour.required, labour.missing], [1, ['2026-01']]);
  assert.equal(itemOf(base({ year: 2027, today: '2027-03-01', life: input.life }), 'annual_special_meeting').required, 0);
});

test('gardens per member, households per cadre and the special meeting', () => {
  const people = [
    { cadreId: 'a', name: '杨树鸿' },
    { cadreId: 'b', name: '梁仕勇' },
  ];
  const input = base({ partyMembers: people, withGarden: new Set(['a']), teamCadres: people, withHousehold: new Set(['a', 'b']) });
  assert.deepEqual(itemOf(input, 'garden_per_member'), { item: 'garden_per_member', required: 2, done: 1, percent: 50, ok: false, missing: ['梁仕勇'] });
  assert.equal(itemOf(input, 'household_per_cadre').ok, true);
  assert.deepEqual(itemOf(input, 'annual_special_meeting').missing, ['2026年']);
  assert.equal(itemOf({ ...input, records: [{ kind: 'special_meeting', heldOn: '2026-11-02' }] }, 'annual_special_meeting').ok, true);
});

test('record problems: members only, nobody twice, a reason, make-up dates in order', () => {
  const members = new Set(['a', 'b', 'c']);
  const record = {
    heldOn: '2026-05-01',
    attendeeIds: ['a', 'x'],
    absentees: [
      { cadreId: 'a', reason: '出差' },
      { cadreId: 'b', reason: ' ', madeUpOn: '2026-04-30' },
      { cadreId: 'c', reason: '病假', madeUpOn: '2026-06-01' },
    ],
  };
  const paths = recordProblems(record, members, '2026-05-20', null).map((p) => p.path);
  assert.deepEqual(paths, ['attendeeIds.1', 'absentees.0.cadreId', 'absentees.1.reason', 'absentees.1.madeUpOn', 'absentees.2.madeUpOn']);
  assert.deepEqual(recordProblems({ ...record, attendeeIds: [], absentees: [] }, members, '2026-04-01', null).map((p) => p.path), ['heldOn']);
});

test('frequencies: configured ones override the defaults; the last finished period short of them is reported', () => {
  const freq = effectiveFrequencies([{ kind: 'theme_day', period: 'month', times: 2 }]);
  assert.deepEqual(freq.find((f) => f.kind === 'theme_day'), { kind: 'theme_day', period: 'month', times: 2, custom: true });
  assert.equal(lastFinishedPeriod('week', '2026-01-02').label, '2025-W52');
  assert.equal(lastFinishedPeriod('quarter', '2026-01-02').label, '2025-Q4');
  const records = [
    { kind: 'weekly_study' as const, heldOn: '2025-11-26' },
    { kind: 'theme_day' as const, heldOn: '2025-11-05' },
  ];
  const titles = lastPeriodShortfalls(freq, records, { establishedOn: '2025-01-01', dissolvedOn: null }, '2025-12-03').map((s) => s.title);
  assert.deepEqual(titles, ['11月未开展主题党日（应2次，实1次）', '11月未开展志愿义务劳动', '11月未开展支委会', '11月未开展党小组会', '2025年第3季度未开展支部党员大会', '2025年第3季度未开展党课']);
  // 2024 began before the branch did: its special meeting is not asked for.
});
