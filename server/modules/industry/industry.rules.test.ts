import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cooperativeBody, demoBaseBody } from '../../../contracts/industry.ts';
import {
  childPrefixLength,
  cooperativeProblems,
  demoBaseProblems,
  divisionAt,
  fivePresent,
  isVillageCode,
  notInFuture,
  rollUp,
  teamGaps,
  totalOf,
  villageCounts,
  type VillageCounts,
} from './industry.rules.ts';

const counts = (overrides: Partial<VillageCounts> = {}): VillageCounts => ({
  cooperatives: 1,
  trainedLeaders: 1,
  demoBases: 1,
  demoGardens: 0,
  demoHouseholds: 0,
  pioneerPosts: 2,
  coreFarmers: 5,
  peopleEmployed: 60,
  ...overrides,
});

describe('industry rules', () => {
  test('a day after today is refused, today itself is fine', () => {
    assert.deepEqual(notInFuture('since', '2026-12-07', '2026-12-06'), [{ path: 'since', message: '日期不能晚于今天' }]);
    assert.deepEqual(notInFuture('since', '2026-12-06', '2026-12-06'), []);
    assert.deepEqual(notInFuture('since', null, '2026-12-06'), []);
  });

  test('village codes end in a village number', () => {
    assert.equal(isVillageCode('510824115201'), true);
    assert.equal(isVillageCode('510824115000'), false);
    assert.equal(isVillageCode('5108241152'), false);
  });

  test('a cooperative has no more poor members than members, and no future days', () => {
    const body = cooperativeBody.parse({ divisionCode: '450423100201', name: '茶叶合作社', product: '茶叶', leaderName: '黄某', memberHouseholds: 10, poorHouseholds: 12, peopleEmployed: 5, leaderTrainedOn: '2999-01-01' });
    assert.deepEqual(cooperativeProblems(body, '2026-12-06').map((p) => p.path), ['leaderTrainedOn', 'poorHouseholds']);
    assert.deepEqual(cooperativeProblems({ ...body, poorHouseholds: 10, leaderTrainedOn: '2026-03-01' }, '2026-12-06'), []);
  });

  test('a garden names its party member; area must be above zero; money has two decimals at most', () => {
    const base = { divisionCode: '510824115201', name: '示范园', product: '药材', establishedOn: '2020-03-01', householdsDriven: 0, peopleEmployed: 0 };
    const garden = demoBaseBody.parse({ ...base, kind: 'garden' });
    assert.deepEqual(demoBaseProblems(garden, '2026-12-06').map((p) => p.path), ['responsibleCadreId']);
    assert.deepEqual(demoBaseProblems(demoBaseBody.parse({ ...base, kind: 'base' }), '2026-12-06'), []);
    assert.equal(demoBaseBody.safeParse({ ...base, kind: 'base', areaMu: '0' }).success, false);
    assert.equal(demoBaseBody.safeParse({ ...base, kind: 'base', areaMu: '-2' }).success, false);
    assert.equal(demoBaseBody.safeParse({ ...base, kind: 'base', areaMu: '3.5' }).success, true);
    assert.equal(demoBaseBody.safeParse({ ...base, kind: 'base', yearlyIncome: '10000.123' }).success, false);
    assert.equal(demoBaseBody.parse({ ...base, kind: 'base', yearlyIncome: '' }).yearlyIncome, null);
  });

  test('five present only where each count is above zero', () => {
    assert.deepEqual(fivePresent(counts()), { cooperative: true, leader: true, base: true, pioneerPost: true, coreFarmer: true });
    assert.deepEqual(fivePresent(counts({ trainedLeaders: 0, coreFarmers: 0 })), { cooperative: true, leader: false, base: true, pioneerPost: true, coreFarmer: false });
  });

  test('drill-down goes one level: province → city → county → township → village', () => {
    assert.equal(childPrefixLength(null), 2);
    assert.equal(childPrefixLength('45'), 4);
    assert.equal(childPrefixLength('4504'), 6);
    assert.equal(childPrefixLength('450423'), 9);
    assert.equal(childPrefixLength('450423100'), 12);
    assert.equal(childPrefixLength('450423100201'), 12);
    assert.equal(divisionAt('450423100201', 9), '450423100000');
  });

  test('roll-up sums villages into their township, counting complete villages', () => {
    const byVillage = new Map([
      ['450423100201', counts()],
      ['450423100202', counts({ demoBases: 0, peopleEmployed: 15 })],
      ['450423101201', counts({ cooperatives: 2, peopleEmployed: 100 })],
    ]);
    const groups = rollUp(byVillage, 9);
    assert.deepEqual([...groups.keys()].sort(), ['450423100000', '450423101000']);
    const first = groups.get('450423100000')!;
    assert.equal(first.villages, 2);
    assert.equal(first.villagesComplete, 1);
    assert.equal(first.peopleEmployed, 75);
    assert.equal(first.demoBases, 1);
    const total = totalOf(groups.values());
    assert.equal(total.cooperatives, 4);
    assert.equal(total.peopleEmployed, 175);
    assert.equal(total.villagesComplete, 2);
  });

  test('per-table counts come together per village; people employed add up from cooperatives and bases', () => {
    const byVillage = villageCounts({
      coops: [{ code: 'A', total: 2, trained: 1, employed: 30 }],
      bases: [{ code: 'A', bases: 1, gardens: 2, employed: 12 }, { code: 'B', bases: 0, gardens: 1, employed: 3 }],
      pairs: [{ code: 'B', total: 4 }],
      posts: [{ code: 'A', total: 2 }],
      farmers: [{ code: 'C', total: 6 }],
    });
    assert.deepEqual(byVillage.get('A'), { cooperatives: 2, trainedLeaders: 1, demoBases: 1, demoGardens: 2, demoHouseholds: 0, pioneerPosts: 2, coreFarmers: 0, peopleEmployed: 42 });
    assert.equal(byVillage.get('B')!.demoHouseholds, 4);
    assert.equal(byVillage.get('C')!.coreFarmers, 6);
  });

  test('the [004] check names who has not built his yet; a non-member owes no garden', () => {
    const members = [
      { cadreId: 'a', name: '杨树鸿', partyStatus: 'formal' },
      { cadreId: 'b', name: '梁仕勇', partyStatus: 'probationary' },
      { cadreId: 'c', name: '群众干部', partyStatus: 'none' },
    ];
    const gaps = teamGaps(members, new Set(['a']), new Set(['a', 'c']));
    assert.deepEqual(gaps, {
      members: 3,
      partyMembers: 2,
      gardens: 1,
      demoHouseholds: 2,
      partyMembersWithoutGarden: ['梁仕勇'],
      cadresWithoutDemoHousehold: ['梁仕勇'],
    });
    const done = teamGaps(members, new Set(['a', 'b']), new Set(['a', 'b', 'c']));
    assert.deepEqual([done.partyMembersWithoutGarden, done.cadresWithoutDemoHousehold], [[], []]);
  });
});
