import { cases, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { disputes } from './disputes.schema.ts';
import { todayInBeijing } from './disputes.rules.ts';

/** A resolved 拖车村 dispute: every write a writer may make is refused by its state (409), so the rows do not disturb one another. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const [row] = await w.deps.db
    .insert(disputes)
    .values({
      divisionCode: w.places.naguVillage,
      title: '矩阵测试林权纠纷',
      category: 'forest_rights',
      parties: '甲组与乙组',
      description: '矩阵测试',
      startedOn: '1973-04-01',
      reportedOn: '2015-06-01',
      state: 'resolved',
      resolvedOn: '2016-05-20',
      outcome: '签订协议',
    })
    .returning({ id: disputes.id });
  return { dispute: row!.id };
};

const url = (suffix = '') => (w: MatrixWorld) => `/api/disputes/${w.ids.dispute}${suffix}`;
const fields = { title: '矩阵测试纠纷', category: 'neighbours', parties: '甲户与乙户', description: '矩阵测试登记', reportedOn: todayInBeijing() };
const admins: [null | 'sys_admin' | 'audit_admin', 'national', number][] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];
type Case = Parameters<typeof cases>[1][number];
const readers = (inside: number, outside: number): Case[] => [
  ['team_leader', 'in', inside],
  ['team_member', 'in', inside],
  ['township_party', 'in', inside],
  ['county_org', 'in', inside],
  ['city_org', 'in', inside],
  ['discipline', 'in', inside],
  ['rural_office', 'in', inside],
  ['viewer', 'in', inside],
  ['viewer', 'out', outside],
  ['township_party', 'out', outside],
  ['paired_cadre', 'in', 403],
];
/** A write on the resolved dispute: writers reach its state, others are refused. */
const writes = (inside: number): Case[] => [
  [null, 'anonymous', 401],
  ['team_leader', 'in', inside],
  ['team_member', 'in', inside],
  ['township_party', 'in', inside],
  ['township_party', 'out', 404],
  ['team_member', 'out', 404],
  ['county_org', 'in', 403],
  ['rural_office', 'in', 403],
  ['viewer', 'in', 403],
  ['paired_cadre', 'in', 403],
  ...admins,
];

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/disputes', method: 'GET', url: () => '/api/disputes' }, [[null, 'anonymous', 401], ...readers(200, 200), ...admins]),
  ...cases({ route: '/api/disputes/export', method: 'GET', url: () => '/api/disputes/export' }, [[null, 'anonymous', 401], ...readers(200, 200), ...admins]),
  ...cases({ route: '/api/disputes/:id', method: 'GET', url: url() }, [[null, 'anonymous', 401], ...readers(200, 404), ...admins]),
  ...cases({ route: '/api/disputes', method: 'POST', url: () => '/api/disputes', body: (w) => ({ ...fields, divisionCode: w.places.naguVillage }) }, [
    [null, 'anonymous', 401],
    ['team_leader', 'in', 201],
    ['team_member', 'in', 201],
    ['township_party', 'in', 201],
    // A village outside the account's region is refused on the field.
    ['township_party', 'out', 400],
    ['county_org', 'in', 403],
    ['rural_office', 'in', 403],
    ['viewer', 'in', 403],
    ['paired_cadre', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/disputes/:id', method: 'PUT', url: url(), body: () => fields }, writes(409)),
  ...cases(
    { route: '/api/disputes/:id/mediations', method: 'POST', url: url('/mediations'), body: () => ({ mediatedOn: todayInBeijing(), mediators: '村调委会', content: '矩阵测试回访' }) },
    writes(409),
  ),
  ...cases({ route: '/api/disputes/:id/resolve', method: 'POST', url: url('/resolve'), body: () => ({ resolvedOn: todayInBeijing(), outcome: '矩阵测试化解' }) }, writes(409)),
  ...cases({ route: '/api/disputes/:id/refer', method: 'POST', url: url('/refer'), body: () => ({ reason: '矩阵测试移交' }) }, writes(409)),
];
