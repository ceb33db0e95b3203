import { cases, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { insertDonation } from './donations.fixture.ts';

/** A gift to 拖车村 recorded by nobody who signs in, so no caller may delete it. */
export const matrixFixtures: MatrixFixtures = async (w) => ({ donation: await insertDonation(w.deps, { divisionCode: w.places.naguVillage }) });

type Case = Parameters<typeof cases>[1][number];
const admins: Case[] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
  ['security_admin', 'national', 403],
];
const outsiders: Case[] = [
  ['team_member', 'in', 403],
  ['paired_cadre', 'in', 403],
  ['service_station', 'in', 403],
  ['unit_party', 'in', 403],
];
const readers = (inside: number, outside: number): Case[] => [
  [null, 'anonymous', 401],
  ['team_leader', 'in', inside],
  ['rural_office', 'in', inside],
  ['township_party', 'in', inside],
  ['county_org', 'in', inside],
  ['city_org', 'in', inside],
  ['discipline', 'in', inside],
  ['viewer', 'in', inside],
  ['viewer', 'out', outside],
  ['rural_office', 'out', outside],
  ...outsiders,
  ...admins,
];
const exporters: Case[] = [
  [null, 'anonymous', 401],
  ['team_leader', 'in', 200],
  ['rural_office', 'in', 200],
  ['township_party', 'in', 200],
  ['county_org', 'in', 200],
  ['city_org', 'in', 200],
  ['discipline', 'in', 200],
  ['county_org', 'out', 200],
  ['viewer', 'in', 403],
  ...outsiders,
  ...admins,
];
/** Refused before any write: no session, no permission, or the record out of reach. */
const refused: Case[] = [
  [null, 'anonymous', 401],
  ['rural_office', 'out', 404],
  ['township_party', 'in', 403],
  ['county_org', 'in', 403],
  ['viewer', 'in', 403],
  ...outsiders,
  ...admins,
];

const body = (w: MatrixWorld) => ({
  donor: '矩阵测试爱心企业',
  donorKind: 'enterprise',
  form: 'goods',
  value: '3600.00',
  goods: '校服',
  quantity: '120',
  unit: '套',
  purpose: '拖车村小学学生校服',
  receivedOn: '2025-09-01',
  divisionCode: w.places.naguVillage,
});
const one = (w: MatrixWorld) => `/api/donations/${w.ids.donation}`;

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/donations', method: 'GET', url: () => '/api/donations' }, readers(200, 200)),
  ...cases({ route: '/api/donations/export', method: 'GET', url: () => '/api/donations/export' }, exporters),
  ...cases({ route: '/api/donations/summary', method: 'GET', url: () => '/api/donations/summary' }, readers(200, 200)),
  ...cases({ route: '/api/donations/summary/export', method: 'GET', url: () => '/api/donations/summary/export?year=2025' }, exporters),
  ...cases({ route: '/api/donations/:id', method: 'GET', url: one }, readers(200, 404)),
  ...cases({ route: '/api/donations', method: 'POST', url: () => '/api/donations', body }, [
    ...refused.filter(([, scope]) => scope !== 'out'),
    // Out of the county, the village is not theirs to name.
    ['rural_office', 'out', 400],
    ['team_leader', 'in', 201],
    ['rural_office', 'in', 201],
  ]),
  ...cases({ route: '/api/donations/:id', method: 'PATCH', url: one, body: () => ({ purpose: '建设村级幼儿园（矩阵）' }) }, [
    ...refused,
    ['team_leader', 'in', 200],
    ['rural_office', 'in', 200],
  ]),
  // Recorded by someone else: the keepers may edit it but not delete it.
  ...cases({ route: '/api/donations/:id', method: 'DELETE', url: one }, [...refused, ['team_leader', 'in', 409], ['rural_office', 'in', 409]]),
];
