import { describe, expect, test } from 'vitest';
import type { HouseholdStatsFigures } from '../../../contracts/household-stats.ts';
import { breakdownColumns, recentQuarters, statsQueryOf, withQuarter, withRegion } from './household-stats.view.ts';

const zero = { households: 0, persons: 0 };
const figures = {
  households: 3,
  persons: 7,
  byStatus: { new: zero, registered: { households: 2, persons: 5 }, exited: { households: 1, persons: 2 }, not_identified: zero, non_poor: zero },
  byCause: {
    illness: { households: 2, persons: 4 },
    disability: zero,
    schooling: zero,
    disaster: zero,
    no_land: zero,
    no_water: zero,
    no_skills: zero,
    no_labour: zero,
    no_capital: zero,
    poor_transport: zero,
    low_motivation: { households: 1, persons: 3 },
  },
  byMonitoring: { unstable: zero, marginal: zero, sudden: { households: 1, persons: 2 }, risk_removed: zero },
  indicatorGaps: { food: 0, clothing: 0, education: 0, medical: 0, housing: 2, water: 1 },
  toVisit: 3,
  visited: 2,
  visitCoverage: 66.7,
  demandsRaised: 1,
  demandsSolved: 1,
  demandDaysAverage: 4,
  labourTransfers: 0,
} satisfies HouseholdStatsFigures;

describe('household statistics page', () => {
  test('reads a valid region and quarter and drops anything else', () => {
    expect(statsQueryOf(new URLSearchParams('divisionCode=530326102000&quarter=2025-Q3'))).toEqual({ divisionCode: '530326102000', quarter: '2025-Q3' });
    expect(statsQueryOf(new URLSearchParams('divisionCode=5303&quarter=2025-Q5'))).toEqual({});
  });

  test('drilling keeps the quarter; changing the quarter keeps the region; the top of the breadcrumb clears the region', () => {
    const query = { divisionCode: '530326000000', quarter: '2025-Q3' };
    expect(withRegion(query, '530326102000').toString()).toBe('divisionCode=530326102000&quarter=2025-Q3');
    expect(withRegion(query, null).toString()).toBe('quarter=2025-Q3');
    expect(withQuarter(query, '2025-Q2').toString()).toBe('divisionCode=530326000000&quarter=2025-Q2');
  });

  test('the quarters to choose from run back across the year', () => {
    expect(recentQuarters('2026-02-10', 3)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
    expect(recentQuarters('2026-12-31', 1)).toEqual(['2026-Q4']);
  });

  test('each breakdown has a column per code reading its own figures', () => {
    const status = breakdownColumns('status');
    expect(status.map((c) => c.label.zh)).toEqual(['新识别', '在册', '已脱贫', '未通过识别', '一般农户']);
    expect(status[1]!.value(figures)).toEqual({ households: 2, persons: 5 });
    const cause = breakdownColumns('cause');
    expect(cause).toHaveLength(11);
    expect(cause.find((c) => c.key === 'low_motivation')!.value(figures)).toEqual({ households: 1, persons: 3 });
    expect(breakdownColumns('monitoring').map((c) => [c.label.zh, c.value(figures).households])).toEqual([
      ['脱贫不稳定户', 0],
      ['边缘易致贫户', 0],
      ['突发严重困难户', 1],
      ['风险消除', 0],
    ]);
    expect(breakdownColumns('indicators').find((c) => c.key === 'housing')!.value(figures)).toEqual({ households: 2, persons: null });
  });
});
