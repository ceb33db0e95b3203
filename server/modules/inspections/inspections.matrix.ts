import { randomUUID } from 'node:crypto';
import { cases, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { makeScope } from '../../platform/access/scope.ts';
import type { Ctx } from '../../platform/http/context.ts';
import { inspectionBody, inspectionFixture } from './inspections.fixture.ts';
import { addDays, todayInBeijing } from './inspections.rules.ts';
import { createInspection } from './inspections.service.ts';

const yesterday = addDays(todayInBeijing(), -1);

/** A 会泽县 inspection with two absences: one order for the answer rows, one for the decision rows. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const f = await inspectionFixture(w.deps, '2024-01-01', w.unique('矩阵'));
  const ctx: Ctx = {
    db: w.deps.db,
    deps: w.deps,
    locale: 'zh-CN',
    actor: { accountId: null, username: 'matrix', requestId: 'matrix', ip: null },
    principal: {
      accountId: randomUUID(),
      username: 'matrix-discipline',
      displayName: '矩阵纪委',
      roles: ['discipline'],
      permissions: new Set(w.deps.catalog.permissionsOf(['discipline'])),
      scope: makeScope(w.places.huize, null),
      cadreId: null,
    },
  };
  const view = await createInspection(
    ctx,
    inspectionBody(f, yesterday, {
      findings: [
        { cadreId: f.absentee.id, atPost: false, absenceReason: 'absent' },
        { cadreId: f.onLeave.id, atPost: false, absenceReason: 'absent' },
      ],
    }) as Parameters<typeof createInspection>[1],
  );
  return {
    inspection: view.id,
    inspectionLeader: f.leader.id,
    rectificationToAnswer: view.rectifications[0]!.id,
    rectificationToDecide: view.rectifications[1]!.id,
  };
};

const recordBody = (w: MatrixWorld) => ({
  method: 'villager_visit',
  inspectedOn: yesterday,
  divisionCode: w.places.nagu,
  leadUnit: '会泽县纪委监委',
  findings: [{ cadreId: w.ids.inspectionLeader, atPost: true }],
});
const get = (route: string, url: (w: MatrixWorld) => string) => ({ route, method: 'GET' as const, url });
const everyReader = (expectIn: number): Parameters<typeof cases>[1] => [
  [null, 'anonymous', 401],
  ['discipline', 'in', expectIn],
  ['county_org', 'in', expectIn],
  ['rural_office', 'in', expectIn],
  ['township_party', 'in', expectIn],
  ['city_org', 'in', expectIn],
  ['team_leader', 'in', expectIn],
  ['viewer', 'in', expectIn],
  ['unit_party', 'in', 403],
  ['team_member', 'in', 403],
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];
const exporters: Parameters<typeof cases>[1] = [
  [null, 'anonymous', 401],
  ['discipline', 'in', 200],
  ['discipline', 'out', 200],
  ['township_party', 'in', 200],
  ['team_leader', 'in', 403],
  ['viewer', 'in', 403],
  ['sys_admin', 'national', 403],
];

export const matrixRows: MatrixRow[] = [
  ...cases(get('/api/inspections', () => '/api/inspections'), [...everyReader(200), ['discipline', 'out', 200]]),
  ...cases(get('/api/inspections/:id', (w) => `/api/inspections/${w.ids.inspection}`), [
    ...everyReader(200),
    ['discipline', 'out', 404],
    ['township_party', 'out', 404],
    ['team_leader', 'out', 404],
    ['viewer', 'out', 404],
  ]),
  ...cases({ route: '/api/inspections', method: 'POST', url: () => '/api/inspections', body: recordBody }, [
    [null, 'anonymous', 401],
    ['discipline', 'in', 201],
    ['county_org', 'in', 201],
    ['rural_office', 'in', 201],
    // The region is checked on the field: a 高州市 inspector cannot inspect 娜姑镇.
    ['discipline', 'out', 400],
    ['township_party', 'in', 403],
    ['team_leader', 'in', 403],
    ['viewer', 'in', 403],
    ['sys_admin', 'national', 403],
  ]),
  ...cases(get('/api/inspections/roster', (w) => `/api/inspections/roster?divisionCode=${w.places.nagu}&on=${yesterday}`), [
    [null, 'anonymous', 401],
    ['discipline', 'in', 200],
    ['discipline', 'out', 400],
    ['township_party', 'in', 403],
    ['team_leader', 'in', 403],
  ]),
  ...cases(get('/api/inspections/export', () => '/api/inspections/export'), exporters),
  ...cases(get('/api/inspections/criticisms', () => '/api/inspections/criticisms'), [...everyReader(200), ['discipline', 'out', 200]]),
  ...cases(get('/api/inspections/criticisms/export', () => '/api/inspections/criticisms/export'), exporters),
  ...cases(get('/api/rectifications', () => '/api/rectifications'), [...everyReader(200), ['team_leader', 'out', 200]]),
  ...cases(get('/api/rectifications/export', () => '/api/rectifications/export'), exporters),
  ...cases(get('/api/rectifications/:id', (w) => `/api/rectifications/${w.ids.rectificationToDecide}`), [
    ...everyReader(200),
    ['discipline', 'out', 404],
    ['team_leader', 'out', 404],
    ['viewer', 'out', 404],
  ]),
  ...cases(
    {
      route: '/api/rectifications/:id/answer',
      method: 'POST',
      url: (w) => `/api/rectifications/${w.ids.rectificationToAnswer}/answer`,
      body: () => ({ response: '本人已作书面检查，严格执行请销假制度' }),
    },
    [
      [null, 'anonymous', 401],
      ['team_leader', 'out', 404],
      ['discipline', 'in', 403],
      ['viewer', 'in', 403],
      ['sys_admin', 'national', 403],
      ['team_leader', 'in', 200],
    ],
  ),
  ...cases(
    {
      route: '/api/rectifications/:id/actions',
      method: 'POST',
      url: (w) => `/api/rectifications/${w.ids.rectificationToDecide}/actions`,
      body: () => ({ action: 'accept', comment: '同意' }),
    },
    [
      [null, 'anonymous', 401],
      ['discipline', 'out', 404],
      // Still open: nothing to accept until the team answers.
      ['discipline', 'in', 409],
      ['team_leader', 'in', 403],
      ['viewer', 'in', 403],
      ['sys_admin', 'national', 403],
    ],
  ),
];
