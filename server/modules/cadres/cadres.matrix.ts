import { cases, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { createCadre } from '../../test/factories.ts';
import { idNumberChecksum } from './index.ts';

/** A cadre of the Huize unit, kept in Huize. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const cadre = await createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.huize });
  return { cadre: cadre.id };
};

let registered = 0;

/** A man born in the 1960s (the factories' cadres are born 1970–1999), one birthday per row that registers. */
function nextIdNumber(): string {
  registered += 1;
  const birth = new Date(Date.UTC(1960, 0, 1) + registered * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `530326${birth}001`;
  return `${first17}${idNumberChecksum(first17)}`;
}

const cadreBody = (w: MatrixWorld) => ({
  name: w.unique('矩阵干部'),
  idNumber: nextIdNumber(),
  gender: 'male',
  ethnicity: '汉族',
  partyStatus: 'formal',
  unitId: w.units.inside,
  specialities: [],
});

const cadreUrl = (suffix = '') => (w: MatrixWorld) => `/api/cadres/${w.ids.cadre}${suffix}`;

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/cadres', method: 'GET', url: () => '/api/cadres' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 200],
    ['township_party', 'in', 200],
    ['team_leader', 'in', 200],
    ['viewer', 'in', 200],
    ['sys_admin', 'national', 403],
    ['audit_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/cadres/:id', method: 'GET', url: cadreUrl() }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['township_party', 'in', 200],
    ['township_party', 'out', 404],
    ['team_leader', 'in', 200],
    ['team_leader', 'out', 404],
    ['viewer', 'in', 200],
    ['viewer', 'out', 404],
    ['unit_party', 'in', 200],
    ['unit_party', 'out', 404],
    ['sys_admin', 'national', 403],
    ['audit_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/cadres', method: 'POST', url: () => '/api/cadres', body: cadreBody }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 201],
    // Any registered unit may be picked (a unit from elsewhere posts cadres into the county); the cadre is then kept in the clerk's own county.
    ['county_org', 'out', 201],
    ['unit_party', 'in', 201],
    // A unit's party committee registers only its own unit's cadres: another unit is a field error.
    ['unit_party', 'out', 400],
    ['township_party', 'in', 403],
    ['team_leader', 'in', 403],
    ['viewer', 'in', 403],
    ['sys_admin', 'national', 403],
    ['audit_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/cadres/export', method: 'GET', url: () => '/api/cadres/export' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 200],
    ['township_party', 'in', 200],
    ['team_leader', 'in', 403],
    ['viewer', 'in', 403],
    ['sys_admin', 'national', 403],
    ['audit_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/cadres/:id/unmask', method: 'POST', url: cadreUrl('/unmask'), body: () => ({ field: 'idNumber', reason: '核对驻村干部身份信息' }) }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['unit_party', 'in', 200],
    ['township_party', 'in', 403],
    ['viewer', 'in', 403],
    ['sys_admin', 'national', 403],
    ['audit_admin', 'national', 403],
  ]),
];
