import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { insertLiaisonGroup, insertLiaisonTeam } from './liaison-groups.fixture.ts';

/**
 * A team in 拖车村; a group of 会泽县 it belongs to, one to delete, and one of 曲靖市 it belongs to,
 * which 会泽县 sees through its team but does not run.
 */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const team = await insertLiaisonTeam(w.deps, w.unique('联络矩阵工作队'), w.places.naguVillage);
  const members = [{ teamId: team, divisionCode: w.places.naguVillage, role: 'leader' as const }];
  return {
    liaisonCounty: await insertLiaisonGroup(w.deps, { divisionCode: w.places.huize, name: w.unique('矩阵县联络小组'), members }),
    liaisonCity: await insertLiaisonGroup(w.deps, { divisionCode: w.places.qujing, name: w.unique('矩阵市联络小组'), members }),
    liaisonToDelete: await insertLiaisonGroup(w.deps, { divisionCode: w.places.huize, name: w.unique('矩阵待删除群'), kind: 'chat_group' }),
  };
};

const admins: MatrixCase[] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
  ['security_admin', 'national', 403],
];
const nonReaders: MatrixCase[] = [
  ['unit_party', 'in', 403],
  ['rural_office', 'in', 403],
  ['discipline', 'in', 403],
  ['paired_cadre', 'in', 403],
  ...admins,
];
/** Writes refused: no session, no right to write, or the group outside the caller's region. */
const refused: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['county_org', 'out', 404],
  ['township_party', 'out', 404],
  ['viewer', 'in', 403],
  ['team_leader', 'in', 403],
  ['team_member', 'in', 403],
  ...nonReaders,
];

const one = (key: string) => (w: MatrixWorld) => `/api/liaison-groups/${w.ids[key]}`;
const body = (w: MatrixWorld) => ({ kind: 'working_group', name: w.unique('矩阵联络小组'), establishedOn: '2024-03-15', members: [] });

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/liaison-groups', method: 'GET', url: () => '/api/liaison-groups' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 200],
    ['city_org', 'in', 200],
    ['township_party', 'in', 200],
    ['team_leader', 'in', 200],
    ['team_member', 'in', 200],
    ['viewer', 'in', 200],
    ...nonReaders,
  ]),
  ...cases({ route: '/api/liaison-groups/export', method: 'GET', url: () => '/api/liaison-groups/export' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['team_member', 'in', 200],
    ['viewer', 'in', 200],
    ...nonReaders,
  ]),
  ...cases({ route: '/api/liaison-groups/:id', method: 'GET', url: one('liaisonCounty') }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['township_party', 'in', 200],
    ['team_leader', 'in', 200],
    ['viewer', 'in', 200],
    ['viewer', 'out', 404],
    ...nonReaders,
  ]),
  // Seen through the member team, from below the group's own region.
  ...cases({ route: '/api/liaison-groups/:id', method: 'GET', url: one('liaisonCity') }, [
    ['county_org', 'in', 200],
    ['team_member', 'in', 200],
    ['county_org', 'out', 404],
  ]),
  ...cases({ route: '/api/liaison-groups', method: 'POST', url: () => '/api/liaison-groups', body }, [
    [null, 'anonymous', 401],
    ['viewer', 'in', 403],
    ['team_leader', 'in', 403],
    ['team_member', 'in', 403],
    ...nonReaders,
    ['county_org', 'in', 201],
    ['county_org', 'out', 201],
    ['city_org', 'in', 201],
    ['township_party', 'in', 201],
  ]),
  ...cases({ route: '/api/liaison-groups/:id', method: 'PUT', url: one('liaisonCounty'), body }, [...refused, ['county_org', 'in', 200], ['city_org', 'in', 200]]),
  ...cases({ route: '/api/liaison-groups/:id', method: 'PUT', url: one('liaisonCity'), body }, [
    ['county_org', 'in', 403],
    ['township_party', 'in', 403],
    ['county_org', 'out', 404],
  ]),
  ...cases({ route: '/api/liaison-groups/:id', method: 'DELETE', url: one('liaisonCity') }, [['county_org', 'in', 403]]),
  ...cases({ route: '/api/liaison-groups/:id', method: 'DELETE', url: one('liaisonToDelete') }, [...refused, ['township_party', 'in', 204], ['county_org', 'in', 404]]),
];
