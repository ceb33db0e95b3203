import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeScope } from '../../platform/access/scope.ts';
import type { Principal } from '../../platform/access/permissions.ts';
import type { Role } from '../../platform/access/roles.ts';
import { beijingDay, checkPeriod, dueOnOf, isLate, periodBounds, shiftPeriod, standingOf } from './reports.rules.ts';
import { allowedFileTypes } from '../../platform/files/files.ts';
import { attachmentExtensions } from '../../../contracts/reports.ts';
import { mayMarkRead, maySubmitKind, mayUpdateReport, ownTeamCadre } from './reports.policy.ts';

describe('report rules', () => {
  test('monthly kinds are due on the configured day of the next month; briefings never', () => {
    assert.equal(dueOnOf('monthly_report', '2026-10', 5), '2026-11-05');
    assert.equal(dueOnOf('work_summary', '2026-12', 10), '2027-01-10');
    assert.equal(dueOnOf('briefing', '2026-10', 5), null);
  });

  test('late means sent after the due day, in Beijing time', () => {
    assert.equal(isLate('2026-11-05', '2026-11-05'), false);
    assert.equal(isLate('2026-11-05', '2026-11-06'), true);
    assert.equal(isLate(null, '2030-01-01'), false);
    // 23:30 UTC on the 5th is already the 6th in Beijing.
    assert.equal(beijingDay(new Date('2026-11-05T23:30:00Z')), '2026-11-06');
  });

  test('months shift across years and know their last day', () => {
    assert.equal(shiftPeriod('2026-01', -1), '2025-12');
    assert.equal(shiftPeriod('2026-11', 2), '2027-01');
    assert.deepEqual(periodBounds('2024-02'), { first: '2024-02-01', last: '2024-02-29' });
  });

  test('the upload control offers exactly the types the platform keeps', () => {
    assert.deepEqual([...attachmentExtensions].sort(), Object.keys(allowedFileTypes).sort());
  });

  test('no report for a month to come', () => {
    assert.deepEqual(checkPeriod('2026-11', '2026-11-25'), []);
    assert.deepEqual(checkPeriod('2026-12', '2026-11-25').map((e) => e.path), ['period']);
  });

  test('a team stands on time, late, missing after the due day, or pending before it', () => {
    assert.equal(standingOf({ late: false }, '2026-11-05', '2026-11-20'), 'on_time');
    assert.equal(standingOf({ late: true }, '2026-11-05', '2026-11-20'), 'late');
    assert.equal(standingOf(undefined, '2026-11-05', '2026-11-06'), 'missing');
    assert.equal(standingOf(undefined, '2026-11-05', '2026-11-05'), 'pending');
  });
});

function principal(roles: Role[], permissions: string[], cadreId: string | null = null): Principal {
  return {
    accountId: 'a1',
    username: 'u',
    displayName: 'u',
    roles,
    permissions: new Set(permissions as `${string}.${string}`[]),
    scope: makeScope('530326102204', null),
    cadreId,
  };
}

describe('report policy', () => {
  const leader = principal(['team_leader'], ['reports.read', 'reports.submit'], 'c1');
  const member = principal(['team_member'], ['reports.read', 'reports.submit'], 'c2');
  const township = principal(['township_party'], ['reports.read', 'reports.receive']);

  test('the leader sends every kind, a member briefings only, the township none', () => {
    assert.equal(maySubmitKind(leader, 'monthly_report'), true);
    assert.equal(maySubmitKind(member, 'monthly_report'), false);
    assert.equal(maySubmitKind(member, 'briefing'), true);
    assert.equal(maySubmitKind(township, 'briefing'), false);
  });

  test('changes stop once read; a member changes only his own briefing', () => {
    const own = { kind: 'briefing' as const, submittedBy: 'a1', readAt: null };
    const others = { kind: 'briefing' as const, submittedBy: 'a9', readAt: null };
    assert.equal(mayUpdateReport(member, own), true);
    assert.equal(mayUpdateReport(member, others), false);
    assert.equal(mayUpdateReport(leader, others), true);
    assert.equal(mayUpdateReport(leader, { ...others, readAt: new Date() }), false);
    assert.equal(mayMarkRead(township, others), true);
    assert.equal(mayMarkRead(leader, others), false);
  });

  test('a team account with a cadre reads its own team only', () => {
    assert.equal(ownTeamCadre(leader), 'c1');
    assert.equal(ownTeamCadre(principal(['team_leader'], [])), null);
    assert.equal(ownTeamCadre(principal(['team_leader', 'township_party'], [], 'c1')), null);
  });
});
