import { cases, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';

// The checks need no records of their own: a region without findings answers zeros, which is what the matrix checks.

const urls = {
  '/api/checks': (w: MatrixWorld) => `/api/checks?divisionCode=${w.places.huize}`,
  '/api/checks/:code': (w: MatrixWorld) => `/api/checks/no_paired_cadre?divisionCode=${w.places.huize}`,
  '/api/checks/:code/export': (w: MatrixWorld) => `/api/checks/no_paired_cadre/export?divisionCode=${w.places.huize}`,
};

export const matrixRows: MatrixRow[] = [
  ...Object.entries(urls).flatMap(([route, url]) =>
    cases({ route, method: 'GET', url }, [
      [null, 'anonymous', 401],
      ['rural_office', 'in', 200],
      ['rural_office', 'out', 404],
      ['township_party', 'out', 404],
      ['team_leader', 'in', 200],
      ['team_leader', 'out', 404],
      ['team_member', 'in', 200],
      ['county_org', 'in', 200],
      ['county_org', 'out', 404],
      ['city_org', 'out', 404],
      ['viewer', 'in', 200],
      ['viewer', 'out', 404],
      ['paired_cadre', 'in', 403],
      ['discipline', 'in', 403],
      ['unit_party', 'in', 403],
      ['branch_secretary', 'in', 403],
      ['sys_admin', 'national', 403],
      ['audit_admin', 'national', 403],
    ]),
  ),
  // Without a region the caller's own runs: a Gaozhou account sees Gaozhou, never Huize.
  ...cases({ route: '/api/checks', method: 'GET', url: () => '/api/checks' }, [
    ['rural_office', 'in', 200],
    ['rural_office', 'out', 200],
  ]),
];
