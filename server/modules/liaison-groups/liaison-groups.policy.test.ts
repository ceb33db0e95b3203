import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Principal } from '../../platform/access/permissions.ts';
import { makeScope } from '../../platform/access/scope.ts';
import { mayWriteGroup } from './liaison-groups.policy.ts';

const principal = (permissions: string[], division: string | null): Principal => ({
  accountId: 'a',
  username: 'u',
  displayName: 'u',
  roles: ['county_org'],
  permissions: new Set(permissions) as Principal['permissions'],
  scope: makeScope(division, null),
  cadreId: null,
});

describe('liaison group policy', () => {
  const writer = ['liaison_groups.read', 'liaison_groups.write'];

  test('a writer changes the groups of his region, not those above it he sees through his teams', () => {
    assert.equal(mayWriteGroup(principal(writer, '530326000000'), '530326102000'), true);
    assert.equal(mayWriteGroup(principal(writer, '530326000000'), '530300000000'), false);
    assert.equal(mayWriteGroup(principal(writer, null), '530300000000'), true);
  });

  test('a reader changes nothing, even in his region', () => {
    assert.equal(mayWriteGroup(principal(['liaison_groups.read'], '530326000000'), '530326000000'), false);
  });
});
