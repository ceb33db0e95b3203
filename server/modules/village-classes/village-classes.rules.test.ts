import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { classYear, fillSummary, isVillageCode, unknownUnitProblems, yearProblems } from './village-classes.rules.ts';

describe('village class rules', () => {
  test('the year runs by Beijing time', () => {
    assert.equal(classYear(new Date('2025-12-31T16:30:00Z')), 2026);
    assert.equal(classYear(new Date('2025-12-31T15:30:00Z')), 2025);
  });

  test('a village code; a year at most one ahead; backing units that exist', () => {
    assert.equal(isVillageCode('530326102204'), true);
    assert.equal(isVillageCode('530326102000'), false);
    assert.deepEqual(yearProblems(2027, 2026), []);
    assert.deepEqual(yearProblems(2028, 2026).map((p) => p.path), ['year']);
    assert.deepEqual(unknownUnitProblems(['a', 'b'], new Set(['a'])).map((p) => p.path), ['backingUnitIds']);
    assert.deepEqual(unknownUnitProblems([], new Set()), []);
  });

  test('the summary lists every class in order, 0 where none', () => {
    const filled = fillSummary([{ classCode: 'organization', count: 3 }]);
    assert.deepEqual(filled.map((c) => c.classCode), ['infrastructure', 'industry', 'organization', 'public_services', 'collective_economy', 'other']);
    assert.equal(filled[2]!.count, 3);
    assert.equal(filled[0]!.count, 0);
  });
});
