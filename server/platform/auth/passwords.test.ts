import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPasswordPolicy, hashPassword, passwordExpired, verifyPassword } from './passwords.ts';

const policy = { minLength: 10, minClasses: 3, maxAgeDays: 90 };

test('policy: length, classes, user name', () => {
  assert.deepEqual(checkPasswordPolicy(policy, 'Zhucun@2026!', 'huize-org'), []);
  assert.deepEqual(checkPasswordPolicy(policy, 'Ab1!', 'x').map((p) => p.code), ['too_short']);
  assert.deepEqual(checkPasswordPolicy(policy, 'abcdefghijkl', 'x').map((p) => p.code), ['too_few_classes']);
  assert.deepEqual(checkPasswordPolicy(policy, 'Huize-org@2026', 'huize-org').map((p) => p.code), ['contains_username']);
});

test('expiry after max age; 0 turns it off', () => {
  const now = new Date('2026-11-22T00:00:00Z');
  assert.equal(passwordExpired(policy, new Date('2026-08-01T00:00:00Z'), now), true);
  assert.equal(passwordExpired(policy, new Date('2026-11-01T00:00:00Z'), now), false);
  assert.equal(passwordExpired({ ...policy, maxAgeDays: 0 }, new Date('2000-01-01T00:00:00Z'), now), false);
});

test('argon2id hash verifies only the right password', async () => {
  const stored = await hashPassword('Zhucun@2026!');
  assert.match(stored, /^\$argon2id\$/);
  assert.equal(await verifyPassword(stored, 'Zhucun@2026!'), true);
  assert.equal(await verifyPassword(stored, 'zhucun@2026!'), false);
});
