import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { activityProblems, checkRedFlagOrder, endProblems, furthestRedFlagStep, isVillageCode, nextRedFlagStep, redFlagDateProblems, startProblems } from './branch-pairings.rules.ts';

const paths = (problems: { path: string }[]) => problems.map((p) => p.path);

describe('branch pairing rules', () => {
  test('a village code has its last three digits significant', () => {
    assert.equal(isVillageCode('520524116214'), true);
    assert.equal(isVillageCode('520524116000'), false);
    assert.equal(isVillageCode('5205241162'), false);
  });

  test('red-flag steps come one after another, each once', () => {
    assert.equal(nextRedFlagStep([]), 'applied');
    assert.equal(nextRedFlagStep(['applied', 'self_assessed']), 'township_reviewed');
    assert.equal(nextRedFlagStep(['applied', 'self_assessed', 'township_reviewed', 'county_accepted', 'named']), null);
    assert.deepEqual(checkRedFlagOrder('applied', []), { ok: true });
    assert.deepEqual(checkRedFlagOrder('township_reviewed', ['applied']), { ok: false, reason: 'out_of_order', expected: 'self_assessed' });
    assert.deepEqual(checkRedFlagOrder('applied', ['applied']), { ok: false, reason: 'done', expected: 'self_assessed' });
    assert.equal(furthestRedFlagStep(['self_assessed', 'applied']), 'self_assessed');
    assert.equal(furthestRedFlagStep([]), null);
  });

  test('a step is dated by today, after the start and the step before', () => {
    assert.deepEqual(redFlagDateProblems('2016-05-01', '2016-04-01', '2016-04-20', '2026-01-01'), []);
    assert.deepEqual(paths(redFlagDateProblems('2016-03-01', '2016-04-01', null, '2026-01-01')), ['reachedOn']);
    assert.deepEqual(paths(redFlagDateProblems('2016-04-10', '2016-04-01', '2016-04-20', '2026-01-01')), ['reachedOn']);
    assert.deepEqual(paths(redFlagDateProblems('2027-01-01', '2016-04-01', null, '2026-01-01')), ['reachedOn']);
    assert.deepEqual(paths(redFlagDateProblems('2016-02-30', '2016-01-01', null, '2026-01-01')), ['reachedOn']);
  });

  test('an activity falls inside the pairing and a quantity has its measure', () => {
    const pairing = { startedOn: '2016-04-01', endedOn: '2018-12-31' };
    assert.deepEqual(activityProblems({ happenedOn: '2016-11-01', quantity: '120', measure: '平方米' }, pairing, '2026-01-01'), []);
    assert.deepEqual(paths(activityProblems({ happenedOn: '2016-03-01' }, pairing, '2026-01-01')), ['happenedOn']);
    assert.deepEqual(paths(activityProblems({ happenedOn: '2019-01-01' }, pairing, '2026-01-01')), ['happenedOn']);
    assert.deepEqual(paths(activityProblems({ happenedOn: '2016-11-01', quantity: '2' }, pairing, '2026-01-01')), ['measure']);
    assert.deepEqual(paths(activityProblems({ happenedOn: '2016-11-01', measure: '块' }, pairing, '2026-01-01')), ['quantity']);
  });

  test('start and end keep around what is recorded', () => {
    assert.deepEqual(startProblems('2016-04-01', '2016-05-01', '2026-01-01'), []);
    assert.deepEqual(paths(startProblems('2016-06-01', '2016-05-01', '2026-01-01')), ['startedOn']);
    assert.deepEqual(paths(startProblems('2099-01-01', null, '2026-01-01')), ['startedOn']);
    const pairing = { startedOn: '2016-04-01', endedOn: null };
    assert.deepEqual(endProblems('2020-01-01', pairing, '2016-11-01', '2026-01-01'), []);
    assert.deepEqual(paths(endProblems('2016-03-01', pairing, null, '2026-01-01')), ['endedOn']);
    assert.deepEqual(paths(endProblems('2016-10-01', pairing, '2016-11-01', '2026-01-01')), ['endedOn']);
  });
});
