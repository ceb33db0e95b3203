import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkJoinedOn,
  checkLeftOn,
  checkMemberChange,
  checkMembers,
  checkTerm,
  checkUnits,
  checkVillages,
  leaderProblem,
  rolesAfter,
  type ActiveMember,
} from './teams.rules.ts';

const paths = (errors: { path: string }[]) => errors.map((e) => e.path);

describe('leader of a team', () => {
  test('a team without members needs no leader', () => {
    assert.equal(leaderProblem([]), null);
  });
  test('a team with members needs exactly one leader', () => {
    assert.equal(leaderProblem(['member', 'tech_envoy']), 'none');
    assert.equal(leaderProblem(['leader_first_secretary', 'member']), null);
    assert.equal(leaderProblem(['leader', 'first_secretary']), null);
    assert.equal(leaderProblem(['leader', 'leader_first_secretary']), 'many');
  });
  test('a first secretary alone does not lead the team', () => {
    assert.equal(leaderProblem(['first_secretary']), 'none');
  });
});

describe('team record', () => {
  test('the term ends after it starts', () => {
    assert.deepEqual(checkTerm('2024-01-01', '2026-01-01'), []);
    assert.deepEqual(checkTerm('2024-01-01', null), []);
    assert.deepEqual(paths(checkTerm('2024-01-01', '2024-01-01')), ['termEnd']);
    assert.deepEqual(paths(checkTerm('2024-01-01', '2023-12-31')), ['termEnd']);
  });
  test('a village is listed once', () => {
    assert.deepEqual(paths(checkVillages(['530326102204', '530326102205', '530326102204'])), ['villageCodes.2']);
  });
  test('exactly one lead unit, no unit twice', () => {
    assert.deepEqual(checkUnits([{ unitId: 'a', isLead: true }, { unitId: 'b', isLead: false }]), []);
    assert.deepEqual(paths(checkUnits([{ unitId: 'a', isLead: false }])), ['units']);
    assert.deepEqual(paths(checkUnits([{ unitId: 'a', isLead: true }, { unitId: 'b', isLead: true }])), ['units']);
    assert.deepEqual(paths(checkUnits([{ unitId: 'a', isLead: true }, { unitId: 'a', isLead: false }])), ['units.1.unitId']);
  });
});

describe('members at creation', () => {
  test('none at all is fine', () => {
    assert.deepEqual(checkMembers([]), []);
  });
  test('one leader and members', () => {
    assert.deepEqual(checkMembers([{ cadreId: 'a', role: 'leader_first_secretary' }, { cadreId: 'b', role: 'member' }]), []);
  });
  test('two leaders or none is reported on members', () => {
    assert.deepEqual(paths(checkMembers([{ cadreId: 'a', role: 'leader' }, { cadreId: 'b', role: 'leader_first_secretary' }])), ['members']);
    assert.deepEqual(paths(checkMembers([{ cadreId: 'a', role: 'member' }])), ['members']);
  });
  test('the same cadre twice is reported on the second', () => {
    assert.deepEqual(
      paths(checkMembers([{ cadreId: 'a', role: 'leader' }, { cadreId: 'b', role: 'member' }, { cadreId: 'a', role: 'member' }])),
      ['members.2.cadreId'],
    );
  });
});

describe('dates of a membership', () => {
  const term = { termStart: '2024-03-01', termEnd: '2026-02-28' };
  test('joins within the term', () => {
    assert.deepEqual(checkJoinedOn('joinedOn', '2024-03-01', term), []);
    assert.deepEqual(paths(checkJoinedOn('joinedOn', '2024-02-29', term)), ['joinedOn']);
    assert.deepEqual(paths(checkJoinedOn('members.0.joinedOn', '2026-03-01', term)), ['members.0.joinedOn']);
    assert.deepEqual(checkJoinedOn('joinedOn', '2030-01-01', { termStart: '2024-03-01', termEnd: null }), []);
  });
  test('leaves after joining', () => {
    assert.deepEqual(checkLeftOn('2024-05-01', '2024-03-01'), []);
    assert.deepEqual(paths(checkLeftOn('2024-02-01', '2024-03-01')), ['leftOn']);
  });
});

describe('changes to the members in post', () => {
  const team: ActiveMember[] = [
    { id: 'm1', role: 'leader_first_secretary' },
    { id: 'm2', role: 'member' },
  ];
  test('the first member of an empty team must lead it', () => {
    assert.deepEqual(checkMemberChange([], { kind: 'join', role: 'leader' }), []);
    assert.deepEqual(paths(checkMemberChange([], { kind: 'join', role: 'member' })), ['role']);
  });
  test('a second leader cannot join', () => {
    assert.deepEqual(paths(checkMemberChange(team, { kind: 'join', role: 'leader' })), ['role']);
    assert.deepEqual(checkMemberChange(team, { kind: 'join', role: 'tech_envoy' }), []);
  });
  test('the leader leaves only last', () => {
    assert.deepEqual(paths(checkMemberChange(team, { kind: 'leave', memberId: 'm1' })), ['leftOn']);
    assert.deepEqual(checkMemberChange(team, { kind: 'leave', memberId: 'm2' }), []);
    assert.deepEqual(checkMemberChange([{ id: 'm1', role: 'leader' }], { kind: 'leave', memberId: 'm1' }), []);
  });
  test('promotion without a handover is refused on formerLeaderRole', () => {
    assert.deepEqual(paths(checkMemberChange(team, { kind: 'role', memberId: 'm2', role: 'leader' })), ['formerLeaderRole']);
  });
  test('promotion with a handover leaves one leader', () => {
    const change = { kind: 'role', memberId: 'm2', role: 'leader', formerLeaderRole: 'first_secretary' } as const;
    assert.deepEqual(rolesAfter(team, change), ['first_secretary', 'leader']);
    assert.deepEqual(checkMemberChange(team, change), []);
  });
  test('the leader cannot step down without a successor', () => {
    assert.deepEqual(paths(checkMemberChange(team, { kind: 'role', memberId: 'm1', role: 'member' })), ['role']);
    assert.deepEqual(checkMemberChange(team, { kind: 'role', memberId: 'm1', role: 'leader' }), []);
  });
});
