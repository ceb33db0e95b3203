import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { cases, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { makeScope } from '../../platform/access/scope.ts';
import { startWorkflow } from '../../platform/workflow/workflow.ts';
import { serviceRequests } from './index.ts';
import { serviceRequestWorkflow } from './service-requests.workflow.ts';
import { defaultDueOn, dueAtOf, serviceRequestToday } from './service-requests.rules.ts';

/**
 * A request of 拖车村 waiting for 会泽县's service station: every action row sends `return`
 * without a reason, so the station gets 400 and the request stays where it is.
 */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const dueOn = defaultDueOn(serviceRequestToday());
  const id = await w.deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(serviceRequests)
      .values({ divisionCode: village, kind: 'other', title: '矩阵测试代办', detail: '矩阵测试', state: 'submitted', dueOn })
      .returning();
    const applicant = { accountId: randomUUID(), username: 'matrix', displayName: '矩阵第一书记', roles: ['team_leader' as const], permissions: new Set<never>(), scope: makeScope(village, null), cadreId: null };
    const instance = await startWorkflow(tx, { principal: applicant, actor: { accountId: null, username: 'matrix', requestId: 'matrix', ip: null } }, serviceRequestWorkflow, {
      subjectId: row!.id,
      title: '代办服务：矩阵测试',
      divisionCode: village,
      assignee: { role: 'service_station' },
      dueAt: dueAtOf(dueOn),
      link: `/service-requests/${row!.id}`,
    });
    await tx.update(serviceRequests).set({ workflowId: instance.id }).where(eq(serviceRequests.id, row!.id));
    return row!.id;
  });
  return { serviceRequest: id };
};

const requestUrl = (suffix = '') => (w: MatrixWorld) => `/api/service-requests/${w.ids.serviceRequest}${suffix}`;
const requestBody = (w: MatrixWorld) => ({ kind: 'other', title: w.unique('矩阵代办'), detail: '矩阵测试代办事项', divisionCode: w.places.naguVillage });
const admins: [null | 'sys_admin' | 'audit_admin', 'national', number][] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/service-requests', method: 'GET', url: () => '/api/service-requests' }, [
    [null, 'anonymous', 401],
    ['service_station', 'in', 200],
    ['service_station', 'out', 200],
    ['team_leader', 'in', 200],
    ['county_org', 'in', 200],
    ['township_party', 'in', 200],
    ['viewer', 'in', 200],
    ['team_member', 'in', 403],
    ['rural_office', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/service-requests/export', method: 'GET', url: () => '/api/service-requests/export' }, [
    [null, 'anonymous', 401],
    ['service_station', 'in', 200],
    ['team_leader', 'in', 200],
    ['county_org', 'out', 200],
    ['team_member', 'in', 403],
    ['rural_office', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/service-requests/:id', method: 'GET', url: requestUrl() }, [
    [null, 'anonymous', 401],
    ['service_station', 'in', 200],
    ['service_station', 'out', 404],
    ['team_leader', 'in', 200],
    ['team_leader', 'out', 404],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['township_party', 'in', 200],
    ['township_party', 'out', 404],
    ['viewer', 'in', 200],
    ['viewer', 'out', 404],
    ['team_member', 'in', 403],
    ['rural_office', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/service-requests', method: 'POST', url: () => '/api/service-requests', body: requestBody }, [
    [null, 'anonymous', 401],
    // A leader over the county names the village; one elsewhere does not see it.
    ['team_leader', 'in', 201],
    ['team_leader', 'out', 404],
    ['service_station', 'in', 403],
    ['county_org', 'in', 403],
    ['township_party', 'in', 403],
    ['viewer', 'in', 403],
    ['team_member', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/service-requests/:id/actions', method: 'POST', url: requestUrl('/actions'), body: () => ({ action: 'return' }) }, [
    [null, 'anonymous', 401],
    // Waiting for the station: it may act (here refused only for the missing reason).
    ['service_station', 'in', 400],
    ['service_station', 'out', 404],
    ['team_leader', 'in', 403],
    ['county_org', 'in', 403],
    ['township_party', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
];
