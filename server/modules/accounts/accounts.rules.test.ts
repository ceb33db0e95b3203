import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addedAdminRoles, roleAssignmentProblems } from './accounts.rules.ts';

const none = { scopeDivisionCode: null, scopeUnitId: null, cadreId: null };
const paths = (problems: { path: string }[]) => problems.map((p) => p.path);

test('an administrator role stands alone (三员分立)', () => {
  assert.deepEqual(roleAssignmentProblems({ ...none, roles: ['sys_admin'] }), []);
  assert.deepEqual(paths(roleAssignmentProblems({ ...none, roles: ['sys_admin', 'audit_admin'] })), ['roles']);
  assert.deepEqual(paths(roleAssignmentProblems({ ...none, roles: ['security_admin', 'viewer'] })), ['roles']);
});

test('a regional role needs a division or a unit; a viewer may be national', () => {
  assert.deepEqual(paths(roleAssignmentProblems({ ...none, roles: ['county_org'] })), ['scopeDivisionCode']);
  assert.deepEqual(roleAssignmentProblems({ ...none, roles: ['county_org'], scopeDivisionCode: '530326000000' }), []);
  assert.deepEqual(roleAssignmentProblems({ ...none, roles: ['viewer'] }), []);
});

test('a unit party committee names its unit; a team member names his cadre record', () => {
  assert.deepEqual(paths(roleAssignmentProblems({ ...none, roles: ['unit_party'], scopeDivisionCode: '530326000000' })), ['scopeUnitId']);
  assert.deepEqual(paths(roleAssignmentProblems({ ...none, roles: ['team_member'], scopeDivisionCode: '530326102204' })), ['cadreId']);
});

test('only roles the account did not hold count as a grant', () => {
  assert.deepEqual(addedAdminRoles(['county_org'], ['security_admin']), ['security_admin']);
  assert.deepEqual(addedAdminRoles(['sys_admin'], ['sys_admin']), []);
  assert.deepEqual(addedAdminRoles(['sys_admin'], ['viewer']), []);
});
