import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { cases, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { createCadre } from '../../test/factories.ts';
import { makeScope } from '../../platform/access/scope.ts';
import { startWorkflow } from '../../platform/workflow/workflow.ts';
import { addIsoDays, leaveToday } from '../../../contracts/leave-rules.ts';
import { leaveRequests } from './index.ts';
import { leaveWorkflow } from './leave.workflow.ts';
import { insertTeam } from './leave.fixture.ts';

/**
 * A 拖车村 team and a five-day leave of its member waiting for the county: every decision row
 * sends `return` without a reason, so the one it waits for gets 400 and the request stays pending.
 */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const leader = await createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.huize });
  const member = await createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.huize });
  const team = await insertTeam(w.deps, village, w.units.inside, [
    { cadreId: leader.id, role: 'leader_first_secretary' },
    { cadreId: member.id, role: 'member' },
  ]);
  const start = addIsoDays(leaveToday(), 30);
  const leaveId = await w.deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(leaveRequests)
      .values({ cadreId: member.id, teamId: team.id, divisionCode: village, type: 'personal', startDate: start, endDate: addIsoDays(start, 4), days: 5, reason: '矩阵测试', approverRole: 'county_org', state: 'pending' })
      .returning();
    const applicant = { accountId: randomUUID(), username: 'matrix', displayName: '矩阵队员', roles: ['team_member' as const], permissions: new Set<never>(), scope: makeScope(village, null), cadreId: member.id };
    const instance = await startWorkflow(tx, { principal: applicant, actor: { accountId: null, username: 'matrix', requestId: 'matrix', ip: null } }, leaveWorkflow, {
      subjectId: row!.id,
      title: '请假审批：矩阵队员',
      divisionCode: village,
      assignee: { role: 'county_org' },
      applicantCadreId: member.id,
      link: `/leave/${row!.id}`,
    });
    await tx.update(leaveRequests).set({ workflowId: instance.id }).where(eq(leaveRequests.id, row!.id));
    return row!.id;
  });
  return { leave: leaveId, leaveMember: member.id };
};

const leaveUrl = (suffix = '') => (w: MatrixWorld) => `/api/leave/${w.ids.leave}${suffix}`;
const requestBody = (w: MatrixWorld) => ({ cadreId: w.ids.leaveMember, startDate: addIsoDays(leaveToday(), 60), endDate: addIsoDays(leaveToday(), 61), type: 'personal', reason: '矩阵测试请假' });
const admins: [null | 'sys_admin' | 'audit_admin', 'national', number][] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/leave', method: 'GET', url: () => '/api/leave' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 200],
    ['city_org', 'in', 200],
    ['township_party', 'in', 200],
    ['discipline', 'in', 200],
    ['unit_party', 'in', 200],
    ['team_leader', 'in', 200],
    ['team_member', 'in', 200],
    ['viewer', 'in', 200],
    ['rural_office', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/leave/:id', method: 'GET', url: leaveUrl() }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['township_party', 'in', 200],
    ['township_party', 'out', 404],
    ['discipline', 'in', 200],
    // The sending unit's party committee reads its own cadres' leave.
    ['unit_party', 'in', 200],
    ['unit_party', 'out', 404],
    ['viewer', 'in', 200],
    ['viewer', 'out', 404],
    // A team's own people read their own leave (or their team's): an account with no cadre reads none.
    ['team_member', 'in', 404],
    ['team_leader', 'in', 404],
    ...admins,
  ]),
  ...cases({ route: '/api/leave/export', method: 'GET', url: () => '/api/leave/export' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 200],
    ['township_party', 'in', 200],
    ['discipline', 'in', 200],
    ['unit_party', 'in', 200],
    ['viewer', 'in', 403],
    ['team_leader', 'in', 403],
    ['team_member', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/leave/rules', method: 'GET', url: () => '/api/leave/rules' }, [
    [null, 'anonymous', 401],
    ['team_member', 'in', 200],
    ['county_org', 'in', 200],
    ...admins,
  ]),
  ...cases({ route: '/api/leave', method: 'POST', url: () => '/api/leave', body: requestBody }, [
    [null, 'anonymous', 401],
    // Only the cadre himself or his team leader asks; these accounts belong to no cadre.
    ['team_member', 'in', 403],
    ['team_member', 'out', 404],
    ['team_leader', 'in', 403],
    ['county_org', 'in', 403],
    ['township_party', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/leave/:id/actions', method: 'POST', url: leaveUrl('/actions'), body: () => ({ action: 'return' }) }, [
    [null, 'anonymous', 401],
    // Waiting for the county: it may act (here refused only for the missing reason).
    ['county_org', 'in', 400],
    ['county_org', 'out', 404],
    // Five days are beyond the township's tier.
    ['township_party', 'in', 403],
    ['township_party', 'out', 404],
    ['discipline', 'in', 403],
    ['team_member', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/leave/:id', method: 'PUT', url: leaveUrl(), body: (w) => ({ ...requestBody(w), cadreId: undefined }) }, [
    [null, 'anonymous', 401],
    ['team_member', 'in', 404],
    ['team_member', 'out', 404],
    ['county_org', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/leave/:id/report-back', method: 'POST', url: leaveUrl('/report-back'), body: () => ({ returnedOn: leaveToday() }) }, [
    [null, 'anonymous', 401],
    ['team_leader', 'in', 404],
    ['team_member', 'out', 404],
    ['county_org', 'in', 403],
    ['township_party', 'in', 403],
    ...admins,
  ]),
];
