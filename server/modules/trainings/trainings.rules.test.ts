import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDateRange, checkOrganizer, planIssue, sumHours } from './trainings.rules.ts';

describe('training rules', () => {
  test('the organizer region matches the level and the caller', () => {
    assert.deepEqual(checkOrganizer('county_org', { level: 'county' }, true), []);
    assert.deepEqual(checkOrganizer('rural_office', { level: 'county' }, true), []);
    assert.deepEqual(checkOrganizer('township', { level: 'township' }, true), []);
    assert.deepEqual(checkOrganizer('village', { level: 'village' }, true), []);
    assert.match(checkOrganizer('township', { level: 'county' }, true)[0]!.message, /乡/);
    assert.match(checkOrganizer('county_org', { level: 'county' }, false)[0]!.message, /辖区/);
    assert.equal(checkOrganizer('county_org', undefined, true)[0]!.path, 'divisionCode');
  });

  test('date range', () => {
    assert.deepEqual(checkDateRange('2024-01-01', '2024-01-01'), []);
    assert.deepEqual(checkDateRange(undefined, '2024-01-01'), []);
    assert.equal(checkDateRange('2024-02-01', '2024-01-01')[0]!.path, 'to');
  });

  test('hours count attended sessions only, in tenths, by calendar year', () => {
    const sessions = [
      { hours: 0.1, heldOn: '2025-01-01', attended: true },
      { hours: 0.2, heldOn: '2025-12-31', attended: true },
      { hours: 8, heldOn: '2025-06-01', attended: false },
      { hours: 3.5, heldOn: '2024-12-31', attended: true },
    ];
    assert.deepEqual(sumHours(sessions, 2025), { yearHours: 0.3, totalHours: 3.8 });
    assert.deepEqual(sumHours(sessions, 2024), { yearHours: 3.5, totalHours: 3.8 });
    assert.deepEqual(sumHours([], 2025), { yearHours: 0, totalHours: 0 });
  });

  test('a plate goes to the team once, never to a member', () => {
    const members = { activeMemberIds: ['a', 'b'], holderIds: [] };
    assert.deepEqual(planIssue('plate', { ...members, teamHasPlate: false }), { kind: 'team' });
    assert.deepEqual(planIssue('plate', { ...members, teamHasPlate: true }), { kind: 'error', error: 'plate_issued' });
    assert.deepEqual(planIssue('plate', { ...members, cadreId: 'a', teamHasPlate: false }), { kind: 'error', error: 'plate_with_member' });
  });

  test('cards, diaries and handbooks: each member in post without one, or the member named', () => {
    const input = { activeMemberIds: ['a', 'b', 'c'], holderIds: ['b', 'x'], teamHasPlate: false };
    assert.deepEqual(planIssue('card', input), { kind: 'members', cadreIds: ['a', 'c'], skipped: 1 });
    assert.deepEqual(planIssue('diary', { ...input, holderIds: [] }), { kind: 'members', cadreIds: ['a', 'b', 'c'], skipped: 0 });
    assert.deepEqual(planIssue('handbook', { ...input, holderIds: ['a', 'b', 'c'] }), { kind: 'error', error: 'all_issued' });
    assert.deepEqual(planIssue('card', { ...input, cadreId: 'b' }), { kind: 'members', cadreIds: ['b'], skipped: 0 });
    assert.deepEqual(planIssue('card', { ...input, cadreId: 'x' }), { kind: 'error', error: 'not_a_member' });
    assert.deepEqual(planIssue('card', { ...input, activeMemberIds: [] }), { kind: 'error', error: 'no_members' });
  });
});
