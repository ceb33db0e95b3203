import { cases, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { createCadre } from '../../test/factories.ts';
import { diaries } from './index.ts';

/** One entry of a Huize cadre's diary, filed under his village. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const member = await createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.huize });
  const [entry] = await w.deps.db.insert(diaries).values({ cadreId: member.id, divisionCode: village, entryDate: '2026-08-10', content: '矩阵日记' }).returning();
  return { diary: entry!.id };
};

const readers: Parameters<typeof cases>[1] = [
  [null, 'anonymous', 401],
  ['county_org', 'in', 200],
  ['county_org', 'out', 200],
  ['city_org', 'in', 200],
  ['township_party', 'in', 200],
  ['discipline', 'in', 200],
  ['team_leader', 'in', 200],
  ['team_member', 'in', 200],
  ['rural_office', 'in', 403],
  ['paired_cadre', 'in', 403],
  ['viewer', 'in', 403],
  ['unit_party', 'in', 403],
  ['sys_admin', 'national', 403],
];

const url = (path: string) => () => path;
const diaryUrl = (w: MatrixWorld) => `/api/diaries/${w.ids.diary}`;

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/diaries', method: 'GET', url: url('/api/diaries') }, readers),
  ...cases({ route: '/api/diaries/export', method: 'GET', url: url('/api/diaries/export') }, readers),
  ...cases({ route: '/api/diaries/:id', method: 'GET', url: diaryUrl }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['township_party', 'in', 200],
    ['discipline', 'in', 200],
    ['team_leader', 'in', 200],
    ['team_leader', 'out', 404],
    // A member reads his own diary only; this account is nobody's.
    ['team_member', 'in', 404],
    ['viewer', 'in', 403],
    ['sys_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/diaries', method: 'POST', url: url('/api/diaries'), body: () => ({ entryDate: '2026-08-10', content: '矩阵' }) }, [
    [null, 'anonymous', 401],
    // A diary is a cadre's own; an account linked to no cadre has none to write.
    ['team_leader', 'in', 403],
    ['team_member', 'in', 403],
    ['county_org', 'in', 403],
    ['township_party', 'in', 403],
    ['sys_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/diaries/:id', method: 'PUT', url: diaryUrl, body: () => ({ content: '矩阵修改' }) }, [
    [null, 'anonymous', 401],
    ['team_leader', 'in', 403],
    ['team_leader', 'out', 404],
    ['team_member', 'in', 404],
    ['county_org', 'in', 403],
    ['sys_admin', 'national', 403],
  ]),
];
