import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { beijingDay, checkEntryDate, monthRange } from './diaries.rules.ts';
import { diaryReach, mayUpdateDiary } from './diaries.policy.ts';
import { makeScope } from '../../platform/access/scope.ts';
import type { Permission, Principal } from '../../platform/access/permissions.ts';
import type { Role } from '../../platform/access/roles.ts';

function principal(roles: Role[], cadreId: string | null, permissions: Permission[]): Principal {
  return {
    accountId: 'a1',
    username: 'u',
    displayName: 'u',
    roles,
    permissions: new Set(permissions),
    scope: makeScope('530326102204', null),
    cadreId,
  };
}

describe('diaries rules', () => {
  test('an entry may be dated today or earlier, never later', () => {
    assert.deepEqual(checkEntryDate('2026-11-26', '2026-11-26'), []);
    assert.deepEqual(checkEntryDate('2026-11-01', '2026-11-26'), []);
    assert.deepEqual(checkEntryDate('2026-11-27', '2026-11-26'), [{ path: 'entryDate', message: '日记日期不能晚于今天' }]);
    assert.deepEqual(checkEntryDate('2026-02-29', '2026-11-26'), [{ path: 'entryDate', message: '日期无效' }]);
  });

  test('monthRange knows the length of each month', () => {
    assert.deepEqual(monthRange('2026-02'), { from: '2026-02-01', to: '2026-02-28' });
    assert.deepEqual(monthRange('2028-02'), { from: '2028-02-01', to: '2028-02-29' });
    assert.deepEqual(monthRange('2026-12'), { from: '2026-12-01', to: '2026-12-31' });
  });

  test('beijingDay turns over at 16:00 UTC', () => {
    assert.equal(beijingDay(new Date('2026-11-25T15:59:59Z')), '2026-11-25');
    assert.equal(beijingDay(new Date('2026-11-25T16:00:00Z')), '2026-11-26');
  });

  test('a team member reads his own diary only; a leader and the township read the region', () => {
    const member = principal(['team_member'], 'c1', ['diaries.read', 'diaries.write']);
    assert.deepEqual(diaryReach(member), { scope: member.scope, ownCadreId: 'c1', ownOnly: true });
    const leader = principal(['team_leader'], 'c2', ['diaries.read', 'diaries.write']);
    assert.equal(diaryReach(leader).ownOnly, false);
    const township = principal(['township_party'], null, ['diaries.read']);
    assert.deepEqual(diaryReach(township), { scope: township.scope, ownCadreId: null, ownOnly: false });
  });

  test('only the author changes an entry', () => {
    const member = principal(['team_member'], 'c1', ['diaries.read', 'diaries.write']);
    assert.equal(mayUpdateDiary(member, { cadreId: 'c1' }), true);
    assert.equal(mayUpdateDiary(member, { cadreId: 'c2' }), false);
    const leader = principal(['team_leader'], 'c2', ['diaries.read', 'diaries.write']);
    assert.equal(mayUpdateDiary(leader, { cadreId: 'c1' }), false);
    const reader = principal(['township_party'], 'c1', ['diaries.read']);
    assert.equal(mayUpdateDiary(reader, { cadreId: 'c1' }), false);
  });
});
