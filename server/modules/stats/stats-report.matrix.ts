import { cases, type MatrixRow } from '../../test/matrix.ts';

const report = (suffix: string, format = '') => (w: { places: { huize: string } }) =>
  `/api/stats/reports/monthly${suffix}?divisionCode=${w.places.huize}&month=2025-09${format}`;

// The report needs no rollup rows of its own: an empty rollup answers a report of zeros, which is what the matrix checks.
export const statsReportMatrixRows: MatrixRow[] = [
  ...[
    { route: '/api/stats/reports/monthly/preview', url: report('/preview') },
    { route: '/api/stats/reports/monthly', url: report('', '&format=pdf') },
    { route: '/api/stats/reports/monthly', url: report('', '&format=xlsx') },
  ].flatMap(({ route, url }) =>
    cases({ route, method: 'GET', url }, [
      [null, 'anonymous', 401],
      ['county_org', 'in', 200],
      ['county_org', 'out', 404],
      ['city_org', 'out', 404],
      ['township_party', 'in', 200],
      ['township_party', 'out', 404],
      ['rural_office', 'in', 200],
      ['discipline', 'in', 200],
      ['campaign_admin', 'in', 200],
      ['viewer', 'in', 200],
      ['viewer', 'out', 404],
      ['viewer', 'national', 200],
      ['team_leader', 'in', 403],
      ['team_member', 'in', 403],
      ['unit_party', 'in', 403],
      ['sys_admin', 'national', 403],
      ['audit_admin', 'national', 403],
    ]),
  ),
];
