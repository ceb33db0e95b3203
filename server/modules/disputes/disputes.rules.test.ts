import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { datesProblems, disputeAge, disputeStateAfter, disputeStepAllowed, mediationProblems, resolveProblems, wholeYears } from './disputes.rules.ts';

describe('dispute rules', () => {
  test('open and mediating disputes are worked on; resolved and referred ones are closed', () => {
    for (const step of ['update', 'mediate', 'resolve', 'refer'] as const) {
      assert.equal(disputeStepAllowed('open', step), true);
      assert.equal(disputeStepAllowed('mediating', step), true);
      assert.equal(disputeStepAllowed('resolved', step), false);
      assert.equal(disputeStepAllowed('referred', step), false);
    }
    assert.equal(disputeStateAfter('open', 'mediate'), 'mediating');
    assert.equal(disputeStateAfter('mediating', 'mediate'), 'mediating');
    assert.equal(disputeStateAfter('open', 'update'), 'open');
    assert.equal(disputeStateAfter('mediating', 'update'), 'mediating');
    assert.equal(disputeStateAfter('mediating', 'resolve'), 'resolved');
    assert.equal(disputeStateAfter('open', 'refer'), 'referred');
  });

  test('age in whole years: the forest-rights dispute of 1973 ended after 43 years', () => {
    assert.equal(disputeAge({ startedOn: '1973-04-01', reportedOn: '2015-06-01', resolvedOn: '2016-05-20' }, '2026-03-01'), 43);
    assert.equal(disputeAge({ startedOn: '1973-06-01', reportedOn: '2015-06-01', resolvedOn: '2016-05-20' }, '2026-03-01'), 42);
    // Still open: counted to today; no start date: from the report.
    assert.equal(disputeAge({ startedOn: '2020-03-01', reportedOn: '2021-01-01', resolvedOn: null }, '2026-03-01'), 6);
    assert.equal(disputeAge({ startedOn: null, reportedOn: '2025-03-02', resolvedOn: null }, '2026-03-01'), 0);
    assert.equal(wholeYears('2024-02-29', '2025-02-28'), 0);
    assert.equal(wholeYears('2024-02-29', '2025-03-01'), 1);
  });

  test('dates: not in the future, mediation and resolution not before the dispute began', () => {
    assert.deepEqual(datesProblems({ reportedOn: '2026-03-02', startedOn: '2026-03-03' }, '2026-03-01').map((p) => p.path), ['reportedOn', 'startedOn']);
    assert.deepEqual(datesProblems({ reportedOn: '2026-03-01' }, '2026-03-01'), []);
    const dispute = { reportedOn: '2026-02-01', startedOn: '1973-04-01' };
    assert.deepEqual(mediationProblems(dispute, '1970-01-01', '2026-03-01').map((p) => p.path), ['mediatedOn']);
    assert.deepEqual(mediationProblems(dispute, '2026-03-02', '2026-03-01').map((p) => p.path), ['mediatedOn']);
    assert.deepEqual(mediationProblems(dispute, '2016-05-01', '2026-03-01'), []);
    assert.deepEqual(resolveProblems({ reportedOn: '2026-02-01', startedOn: null }, '2026-01-31', '2026-03-01').map((p) => p.path), ['resolvedOn']);
    assert.deepEqual(resolveProblems({ reportedOn: '2026-02-01', startedOn: null }, '2026-02-15', '2026-03-01'), []);
  });
});
