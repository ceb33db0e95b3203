import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ageOn, indicatorIssues, isSchoolAge, perHeadIncome, totalIncome } from './households.rules.ts';

describe('income per head', () => {
  test('total of the four sources divided by the members, rounded to the yuan', () => {
    const income = { wage: 12_000, business: 3_500.5, property: 0, transfer: 2_400 };
    assert.equal(totalIncome(income), 17_900.5);
    assert.equal(perHeadIncome(income, 3), 5_967);
    assert.equal(perHeadIncome({ wage: 10, business: 0, property: 0, transfer: 0 }, 4), 3);
    assert.equal(perHeadIncome({ wage: 0.1, business: 0.2, property: 0, transfer: 0 }, 1), 0);
  });

  test('half a yuan rounds up', () => {
    assert.equal(perHeadIncome({ wage: 9_001, business: 0, property: 0, transfer: 0 }, 2), 4_501);
  });

  test('a household without members has no per-head figure to divide by', () => {
    assert.equal(perHeadIncome({ wage: 5_000, business: 0, property: 0, transfer: 0 }, 0), 0);
  });
});

describe('ages', () => {
  test('a birthday not yet reached this year does not count', () => {
    assert.equal(ageOn('2010-09-01', '2026-08-31'), 15);
    assert.equal(ageOn('2010-09-01', '2026-09-01'), 16);
  });

  test('school age is 6 to 15 inclusive', () => {
    assert.equal(isSchoolAge('2020-01-01', '2026-01-01'), true);
    assert.equal(isSchoolAge('2020-01-02', '2026-01-01'), false);
    assert.equal(isSchoolAge('2010-06-01', '2026-05-31'), true);
    assert.equal(isSchoolAge('2010-06-01', '2026-06-01'), false);
  });
});

describe('indicator rules', () => {
  const today = '2026-05-01';
  const context = { housingGrade: 'B' as const, members: [{ birthDate: '1970-01-01', inSchool: false }], today };
  const verified = { verifier: '张三', verifiedOn: '2026-04-20' };

  test('达标 and 不达标 need a verifier and a date; 待核 does not', () => {
    const issues = indicatorIssues({ indicator: 'food', status: 'met', verifier: null, verifiedOn: null }, context);
    assert.deepEqual(issues.map((i) => i.path), ['verifier', 'verifiedOn']);
    assert.equal(indicatorIssues({ indicator: 'food', status: 'unmet', verifier: '张三', verifiedOn: null }, context)[0]?.path, 'verifiedOn');
    assert.deepEqual(indicatorIssues({ indicator: 'food', status: 'pending', verifier: null, verifiedOn: null }, context), []);
    assert.deepEqual(indicatorIssues({ indicator: 'food', status: 'met', ...verified }, context), []);
  });

  test('housing cannot be 达标 in a C or D grade house', () => {
    for (const grade of ['C', 'D'] as const) {
      const issues = indicatorIssues({ indicator: 'housing', status: 'met', ...verified }, { ...context, housingGrade: grade });
      assert.equal(issues[0]?.path, 'status');
      assert.match(issues[0]!.message, /危房/);
    }
    assert.deepEqual(indicatorIssues({ indicator: 'housing', status: 'met', ...verified }, context), []);
    assert.deepEqual(indicatorIssues({ indicator: 'housing', status: 'unmet', ...verified }, { ...context, housingGrade: 'D' }), []);
  });

  test('education cannot be 达标 while a child aged 6–15 is out of school', () => {
    const child = { birthDate: '2014-03-01', inSchool: false };
    const issues = indicatorIssues({ indicator: 'education', status: 'met', ...verified }, { ...context, members: [...context.members, child] }, 'indicators.2.');
    assert.deepEqual(issues.map((i) => i.path), ['indicators.2.status']);
    const inSchool = { ...context, members: [...context.members, { ...child, inSchool: true }] };
    assert.deepEqual(indicatorIssues({ indicator: 'education', status: 'met', ...verified }, inSchool), []);
    const tooYoung = { ...context, members: [{ birthDate: '2022-01-01', inSchool: false }] };
    assert.deepEqual(indicatorIssues({ indicator: 'education', status: 'met', ...verified }, tooYoung), []);
  });
});
