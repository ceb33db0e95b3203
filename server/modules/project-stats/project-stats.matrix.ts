import { cases, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';

const inHuize = (suffix: string) => (w: MatrixWorld) => `/api/project-stats${suffix}?divisionCode=${w.places.huize}`;
const ofInsideUnit = (suffix: string) => (w: MatrixWorld) => `/api/project-stats/units${suffix}?unitId=${w.units.inside}`;

// The figures need no records of their own: an empty region answers zeros, which is what the matrix checks.
export const matrixRows: MatrixRow[] = [
  ...(['', '/export', '/units', '/units/export'] as const).flatMap((suffix) =>
    cases({ route: `/api/project-stats${suffix}`, method: 'GET', url: inHuize(suffix) }, [
      [null, 'anonymous', 401],
      ['county_org', 'in', 200],
      ['county_org', 'out', 404],
      ['city_org', 'out', 404],
      ['township_party', 'in', 200],
      ['township_party', 'out', 404],
      ['rural_office', 'in', 200],
      ['rural_office', 'out', 404],
      ['discipline', 'in', 200],
      ['viewer', 'in', 200],
      ['viewer', 'out', 404],
      // A unit sees its own projects in any region.
      ['unit_party', 'in', 200],
      ['unit_party', 'out', 200],
      ['team_member', 'in', 403],
      ['paired_cadre', 'in', 403],
      ['sys_admin', 'national', 403],
      ['audit_admin', 'national', 403],
    ]),
  ),
  ...(['', '/units'] as const).flatMap((suffix) =>
    cases({ route: `/api/project-stats${suffix}`, method: 'GET', url: inHuize(suffix) }, [
      ['team_leader', 'in', 200],
      ['team_leader', 'out', 404],
    ]),
  ),
  ...(['/export', '/units/export'] as const).flatMap((suffix) => cases({ route: `/api/project-stats${suffix}`, method: 'GET', url: inHuize(suffix) }, [['team_leader', 'in', 403]])),
  ...(['', '/export'] as const).flatMap((suffix) =>
    cases({ route: `/api/project-stats/units${suffix}`, method: 'GET', url: ofInsideUnit(suffix) }, [
      ['unit_party', 'in', 200],
      ['unit_party', 'out', 404],
      ['county_org', 'in', 200],
    ]),
  ),
  ...cases({ route: '/api/project-stats', method: 'GET', url: () => '/api/project-stats' }, [
    ['county_org', 'in', 200],
    ['county_org', 'out', 200],
  ]),
];
