import { cases, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';

const inHuize = (suffix: string) => (w: MatrixWorld) => `/api/household-stats${suffix}?divisionCode=${w.places.huize}&quarter=2025-Q3`;

// The figures need no records of their own: an empty region answers zeros, which is what the matrix checks.
export const matrixRows: MatrixRow[] = [
  ...(['', '/export'] as const).flatMap((suffix) =>
    cases({ route: `/api/household-stats${suffix}`, method: 'GET', url: inHuize(suffix) }, [
      [null, 'anonymous', 401],
      ['rural_office', 'in', 200],
      ['rural_office', 'out', 404],
      ['county_org', 'in', 200],
      ['county_org', 'out', 404],
      ['city_org', 'out', 404],
      ['township_party', 'in', 200],
      ['township_party', 'out', 404],
      ['team_leader', 'in', 200],
      ['team_leader', 'out', 404],
      ['discipline', 'in', 200],
      ['viewer', 'in', 200],
      ['viewer', 'out', 404],
      ['team_member', 'in', 403],
      ['paired_cadre', 'in', 403],
      ['unit_party', 'in', 403],
      ['sys_admin', 'national', 403],
      ['audit_admin', 'national', 403],
    ]),
  ),
  ...cases({ route: '/api/household-stats', method: 'GET', url: () => '/api/household-stats' }, [
    ['county_org', 'in', 200],
    ['county_org', 'out', 200],
  ]),
];
