import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  deductionScore,
  defaultRubric,
  quarterSpan,
  rankAll,
  rubricProblems,
  rubricTotal,
  satisfactionPercent,
  scoreItem,
  shareScore,
  type CadreFacts,
} from './evaluations.rules.ts';

const facts: CadreFacts = {
  presenceDays: 58,
  unreportedLeave: 0,
  absences: 3,
  criticisms: 2,
  diaries: 20,
  households: 40,
  visited: 30,
  reportsOnTime: 3,
  meetings: 2,
  ratings: { satisfied: 2, fairly_satisfied: 1, dissatisfied: 1 },
};
const item = (key: string) => defaultRubric.find((i) => i.key === key)!;

describe('evaluation rules', () => {
  test('a share of the target, capped at the full weight', () => {
    assert.equal(shareScore(20, 58, 60), 19.33);
    assert.equal(shareScore(10, 20, 12), 10);
    assert.equal(shareScore(10, -3, 12), 0);
  });

  test('deductions floor at 0', () => {
    assert.equal(deductionScore(10, 2, 3), 4);
    assert.equal(deductionScore(5, 5, 2), 0);
    assert.equal(deductionScore(5, 2, 0), 5);
  });

  test('the default rubric totals 100 and passes its own checks', () => {
    assert.equal(rubricTotal(defaultRubric), 100);
    assert.deepEqual(rubricProblems(defaultRubric), []);
  });

  test('a rubric not totalling 100, with a repeated key or a missing target, is refused by path', () => {
    const broken = [...defaultRubric.slice(0, 3), { ...defaultRubric[0]!, maxScore: 5 }, { key: 'gone', label: '缺目标', method: 'diaries' as const, maxScore: 5 }];
    assert.deepEqual(
      rubricProblems(broken).map((p) => p.path),
      ['items.3.key', 'items.4.target', 'items'],
    );
  });

  test('items from the facts: figures beside the score; a thin mass rating left to the county', () => {
    assert.deepEqual(scoreItem(item('presence_days'), facts, 5), { source: 'computed', computedScore: 19.33, figures: { days: 58, target: 60 } });
    assert.equal(scoreItem(item('visits'), facts, 5).computedScore, 11.25);
    assert.equal(scoreItem(item('inspection_findings'), facts, 5).computedScore, 4);
    assert.equal(scoreItem(item('criticisms'), facts, 5).computedScore, 0);
    assert.deepEqual(scoreItem(item('mass_rating'), facts, 5), { source: 'county', computedScore: null, figures: { ratings: 4, minimum: 5 } });
    assert.equal(scoreItem(item('mass_rating'), facts, 4).computedScore, 6.25);
    assert.deepEqual(scoreItem(item('township_score'), facts, 5), { source: 'township', computedScore: null, figures: {} });
  });

  test('satisfaction: satisfied counts fully, fairly satisfied half', () => {
    assert.equal(satisfactionPercent({ satisfied: 2, fairly_satisfied: 1, dissatisfied: 1 }), 62.5);
    assert.equal(satisfactionPercent({ satisfied: 0, fairly_satisfied: 0, dissatisfied: 0 }), 0);
  });

  test('ranking: ties share a rank and the next rank skips; per township, team and village', () => {
    const ranks = rankAll([
      { cadreId: 'a', teamId: 't1', divisionCode: '530326102204', total: 90 },
      { cadreId: 'b', teamId: 't1', divisionCode: '530326102204', total: 85 },
      { cadreId: 'c', teamId: 't2', divisionCode: '530326103201', total: 85 },
      { cadreId: 'd', teamId: 't2', divisionCode: '530326103201', total: 70 },
    ]);
    assert.deepEqual(ranks.get('b'), { county: 2, township: 2, team: 2, village: 2 });
    assert.deepEqual(ranks.get('c'), { county: 2, township: 1, team: 1, village: 1 });
    assert.deepEqual(ranks.get('d'), { county: 4, township: 2, team: 2, village: 2 });
  });

  test('quarter span', () => {
    assert.deepEqual(quarterSpan(2024, 1), { from: '2024-01-01', to: '2024-03-31', months: ['2024-01', '2024-02', '2024-03'] });
    assert.equal(quarterSpan(2026, 4).to, '2026-12-31');
  });
});
