import { cases, type MatrixRow } from '../../test/matrix.ts';

const inHuize = (suffix = '') => (w: { places: { huize: string } }) => `/api/duty-stats${suffix}?divisionCode=${w.places.huize}&month=2025-09`;

// The figures need no records of their own: an empty region answers zeros, which is what the matrix checks.
export const matrixRows: MatrixRow[] = [
  ...(['', '/export'] as const).flatMap((suffix) =>
    cases({ route: `/api/duty-stats${suffix}`, method: 'GET', url: inHuize(suffix) }, [
      [null, 'anonymous', 401],
      ['county_org', 'in', 200],
      ['county_org', 'out', 404],
      ['township_party', 'in', 200],
      ['township_party', 'out', 404],
      ['discipline', 'in', 200],
      ['discipline', 'out', 404],
      ['rural_office', 'in', 200],
      ['city_org', 'out', 404],
      ['viewer', 'in', 200],
      ['viewer', 'out', 404],
      ['unit_party', 'in', 403],
      ['team_leader', 'in', 403],
      ['team_member', 'in', 403],
      ['sys_admin', 'national', 403],
      ['audit_admin', 'national', 403],
    ]),
  ),
  ...cases({ route: '/api/duty-stats', method: 'GET', url: () => '/api/duty-stats' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 200],
  ]),
];
