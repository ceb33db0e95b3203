import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leftOnProblems, mayHaveChildren, membershipKindFor, membershipProblems, todayInBeijing } from './party-orgs.rules.ts';

test('branches are leaves of the tree', () => {
  assert.equal(mayHaveChildren('committee'), true);
  assert.equal(mayHaveChildren('general_branch'), true);
  assert.equal(mayHaveChildren('branch'), false);
  assert.equal(mayHaveChildren('temporary_branch'), false);
});

test('a temporary branch takes temporary members by default and never a formal relation', () => {
  assert.equal(membershipKindFor('temporary_branch', undefined), 'temporary');
  assert.equal(membershipKindFor('branch', undefined), 'formal');
  const problems = membershipProblems({ orgKind: 'temporary_branch', kind: 'formal', role: 'member', partyStatus: 'formal' });
  assert.deepEqual(problems.map((p) => p.path), ['kind']);
});

test('only party members join; a probationary member holds no elected post', () => {
  assert.deepEqual(membershipProblems({ orgKind: 'branch', kind: 'formal', role: 'member', partyStatus: 'none' }).map((p) => p.path), ['cadreId']);
  assert.deepEqual(membershipProblems({ orgKind: 'branch', kind: 'formal', role: 'member', partyStatus: 'probationary' }), []);
  assert.deepEqual(membershipProblems({ orgKind: 'branch', kind: 'formal', role: 'secretary', partyStatus: 'probationary' }).map((p) => p.path), ['role']);
});

test('a member leaves after joining and not in the future', () => {
  assert.deepEqual(leftOnProblems('2026-03-01', '2026-01-01', '2026-05-01'), []);
  assert.equal(leftOnProblems('2025-12-31', '2026-01-01', '2026-05-01')[0]?.path, 'leftOn');
  assert.equal(leftOnProblems('2026-06-01', null, '2026-05-01')[0]?.path, 'leftOn');
});

test('today is the Beijing date', () => {
  assert.equal(todayInBeijing(new Date('2026-04-30T17:30:00Z')), '2026-05-01');
});
