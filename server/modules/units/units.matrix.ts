import { cases, type MatrixRow } from '../../test/matrix.ts';

const unitBody = (divisionCode: string) => (w: { unique: (p: string) => string }) => ({ name: w.unique('矩阵单位'), type: 'county', divisionCode });

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/units', method: 'GET', url: () => '/api/units' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['viewer', 'in', 200],
    ['sys_admin', 'national', 200],
    ['team_member', 'in', 403],
    ['audit_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/units/export', method: 'GET', url: () => '/api/units/export' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 200],
    ['unit_party', 'in', 200],
    ['viewer', 'in', 200],
    ['sys_admin', 'national', 200],
    ['team_member', 'in', 403],
    ['audit_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/units/:id', method: 'GET', url: (w) => `/api/units/${w.units.inside}` }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['unit_party', 'in', 200],
    ['unit_party', 'out', 404],
    ['township_party', 'out', 404],
    ['team_member', 'in', 403],
  ]),
  ...cases({ route: '/api/units', method: 'POST', url: () => '/api/units', body: (w) => unitBody(w.places.huize)(w) }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 201],
    ['county_org', 'out', 403],
    ['city_org', 'national', 201],
    ['township_party', 'in', 403],
    ['audit_admin', 'national', 403],
  ]),
  ...cases(
    { route: '/api/units/:id', method: 'PUT', url: (w) => `/api/units/${w.units.inside}`, body: (w) => ({ name: '会泽县矩阵测试局', type: 'county', divisionCode: w.places.huize }) },
    [
      [null, 'anonymous', 401],
      ['county_org', 'in', 200],
      ['county_org', 'out', 404],
      ['unit_party', 'in', 200],
      ['viewer', 'in', 403],
    ],
  ),
];
