import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  approvalLevelProblem,
  approvalPlace,
  dayProblems,
  defaultApprovalLevel,
  formalMemberProblem,
  nonMemberProblems,
  officerProblems,
} from './temporary-branches.rules.ts';

test('three formal members are needed; probationary members do not count', () => {
  assert.equal(formalMemberProblem(['formal', 'formal', 'formal']), null);
  const problem = formalMemberProblem(['formal', 'formal', 'probationary', 'probationary']);
  assert.equal(problem?.path, 'members');
  assert.match(problem!.message, /正式党员只有 2 名/);
  assert.match(problem!.message, /预备党员不计入/);
  assert.match(formalMemberProblem([])!.message, /只有 0 名/);
});

test('people who are not party members cannot be on the roll', () => {
  const problems = nonMemberProblems([
    { name: '甲', partyStatus: 'formal' },
    { name: '乙', partyStatus: 'none' },
  ]);
  assert.deepEqual(problems.map((p) => p.path), ['members.1.cadreId']);
});

test('the approval level follows the place: a city approves at city level, a county or below at county level', () => {
  assert.equal(defaultApprovalLevel('440900000000'), 'city');
  assert.equal(defaultApprovalLevel('440981000000'), 'county');
  assert.equal(defaultApprovalLevel('440981101207'), 'county');
  assert.equal(approvalLevelProblem('440981101207', 'city'), null);
  assert.equal(approvalLevelProblem('440900000000', 'county')?.path, 'approvalLevel');
  assert.equal(approvalPlace('440981101207', 'city'), '440900000000');
  assert.equal(approvalPlace('440981101207', 'county'), '440981000000');
});

test('officers are formal members on the roll, each once, with exactly one secretary', () => {
  const roll = new Map([
    ['a', { name: '李晓奋', partyStatus: 'formal' }],
    ['b', { name: '罗道叠', partyStatus: 'formal' }],
    ['c', { name: '新同志', partyStatus: 'probationary' }],
  ]);
  assert.deepEqual(officerProblems([{ cadreId: 'a', role: 'secretary' }, { cadreId: 'b', role: 'organization_member' }], roll), []);
  assert.deepEqual(officerProblems([{ cadreId: 'c', role: 'secretary' }], roll).map((p) => p.path), ['officers.0.cadreId']);
  assert.deepEqual(officerProblems([{ cadreId: 'x', role: 'secretary' }], roll).map((p) => p.path), ['officers.0.cadreId']);
  assert.deepEqual(officerProblems([{ cadreId: 'b', role: 'organization_member' }], roll).map((p) => p.path), ['officers']);
  assert.deepEqual(
    officerProblems([{ cadreId: 'a', role: 'secretary' }, { cadreId: 'b', role: 'secretary' }], roll).map((p) => p.path),
    ['officers'],
  );
});

test('a day may not lie in the future nor before the start', () => {
  assert.deepEqual(dayProblems('d', '2026-01-01', '2026-06-01', '2025-01-01', '日期'), []);
  assert.equal(dayProblems('d', '2026-07-01', '2026-06-01', null, '日期')[0]?.path, 'd');
  assert.equal(dayProblems('d', '2024-07-01', '2026-06-01', '2025-01-01', '日期')[0]?.path, 'd');
});
