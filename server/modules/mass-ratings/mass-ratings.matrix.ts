import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { massRatingLinks } from './mass-ratings.schema.ts';
import { insertRatedTeam } from './mass-ratings.fixture.ts';
import { newRatingToken } from './mass-ratings.rules.ts';

/** A team of 拖车村 with its rating page open, so codes may be printed for it. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const team = await insertRatedTeam(w.deps, { name: w.unique('矩阵评议工作队'), divisionCode: w.places.naguVillage });
  await w.deps.db.insert(massRatingLinks).values({ teamId: team, divisionCode: w.places.naguVillage, token: newRatingToken() });
  return { massRatingTeam: team };
};

const admins: MatrixCase[] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
  ['security_admin', 'national', 403],
];
const nonReaders: MatrixCase[] = [
  ['team_member', 'in', 403],
  ['unit_party', 'in', 403],
  ['rural_office', 'in', 403],
  ['campaign_admin', 'in', 403],
  ...admins,
];
const readers = (outside: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['township_party', 'in', 200],
  ['township_party', 'out', outside],
  ['county_org', 'in', 200],
  ['county_org', 'out', outside],
  ['city_org', 'in', 200],
  ['discipline', 'in', 200],
  ['team_leader', 'in', 200],
  ['viewer', 'in', 200],
  ['viewer', 'out', outside],
  ...nonReaders,
];
const managers = (created: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['township_party', 'in', created],
  ['township_party', 'out', 404],
  ['county_org', 'in', created],
  ['county_org', 'out', 404],
  ['city_org', 'in', 403],
  ['discipline', 'in', 403],
  ['team_leader', 'in', 403],
  ['viewer', 'in', 403],
  ...nonReaders,
];

const team = (w: MatrixWorld) => `/api/mass-ratings/teams/${w.ids.massRatingTeam}`;

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/mass-ratings', method: 'GET', url: () => '/api/mass-ratings' }, readers(200)),
  ...cases({ route: '/api/mass-ratings/export', method: 'GET', url: () => '/api/mass-ratings/export' }, readers(200)),
  ...cases({ route: '/api/mass-ratings/teams/:teamId/summary', method: 'GET', url: (w) => `${team(w)}/summary` }, readers(404)),
  ...cases({ route: '/api/mass-ratings/teams/:teamId/codes', method: 'POST', url: (w) => `${team(w)}/codes`, body: () => ({ count: 2 }) }, managers(201)),
  ...cases({ route: '/api/mass-ratings/teams/:teamId/link', method: 'POST', url: (w) => `${team(w)}/link` }, managers(201)),
];
