import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Principal } from '../../platform/access/permissions.ts';
import { makeScope } from '../../platform/access/scope.ts';
import { heldOnProblems, meetingToday, teamProblems } from './meetings.rules.ts';
import { mayWriteMeeting } from './meetings.policy.ts';

const huize = makeScope('530326000000', null);
const principal = (permissions: string[], scope = huize): Principal => ({
  accountId: 'a',
  username: 'u',
  displayName: 'u',
  roles: ['county_org'],
  permissions: new Set(permissions) as Principal['permissions'],
  scope,
  cadreId: null,
});

describe('meeting rules', () => {
  test('today is the day in Beijing: 16:30 UTC is already the next day', () => {
    assert.equal(meetingToday(new Date('2026-03-01T16:30:00Z')), '2026-03-02');
    assert.equal(meetingToday(new Date('2026-03-01T15:59:00Z')), '2026-03-01');
  });

  test('a meeting may be held today, not tomorrow', () => {
    assert.deepEqual(heldOnProblems('2026-03-02', '2026-03-02'), []);
    assert.deepEqual(heldOnProblems('2026-03-03', '2026-03-02').map((p) => p.path), ['heldOn']);
  });

  test('each team must be visible, in the region and named once, reported at its position', () => {
    const found = new Map([
      ['tuoche', '530326102204'],
      ['longtan', '530326104201'],
      ['changliu', '440981101207'],
    ]);
    assert.deepEqual(teamProblems(['tuoche'], found, '530326102000', huize), []);
    const problems = teamProblems(['tuoche', 'longtan', 'missing', 'changliu', 'tuoche'], found, '530326102000', huize);
    assert.deepEqual(problems.map((p) => p.path), ['teamIds.1', 'teamIds.2', 'teamIds.3', 'teamIds.4']);
    assert.equal(problems[0]!.message, '该工作队不在会议所属区域内');
    assert.deepEqual(teamProblems(['longtan'], found, '530326000000', huize), []);
  });

  test('only a recorder whose region holds the meeting may change it', () => {
    assert.equal(mayWriteMeeting(principal(['meetings.read', 'meetings.write']), '530326000000'), true);
    assert.equal(mayWriteMeeting(principal(['meetings.read', 'meetings.write']), '530300000000'), false);
    assert.equal(mayWriteMeeting(principal(['meetings.read']), '530326000000'), false);
  });
});
