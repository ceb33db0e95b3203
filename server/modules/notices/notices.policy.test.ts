import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Principal } from '../../platform/access/permissions.ts';
import { makeScope } from '../../platform/access/scope.ts';
import { readsAsTeam } from './notices.policy.ts';

const principal = (roles: Principal['roles'], permissions: string[]): Principal => ({
  accountId: 'a',
  username: 'u',
  displayName: 'u',
  roles,
  permissions: new Set(permissions) as Principal['permissions'],
  scope: makeScope('530326000000', null),
  cadreId: null,
});

describe('notice policy', () => {
  test('team members read as their team; senders and viewers read the region', () => {
    assert.equal(readsAsTeam(principal(['team_member'], ['notices.read'])), true);
    assert.equal(readsAsTeam(principal(['team_leader'], ['notices.read'])), true);
    assert.equal(readsAsTeam(principal(['county_org'], ['notices.read', 'notices.write'])), false);
    assert.equal(readsAsTeam(principal(['viewer'], ['notices.read'])), false);
  });

  test('one who both serves and sends reads as a sender', () => {
    assert.equal(readsAsTeam(principal(['team_leader', 'township_party'], ['notices.read', 'notices.write'])), false);
  });
});
