import { cases, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { createCadre } from '../../test/factories.ts';
import { teamMembers, teams, teamUnits, teamVillages } from './index.ts';

/** A team in a Huize village, sent by the Huize unit, with one 队长兼第一书记. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const leader = await createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.huize });
  const [team] = await w.deps.db.insert(teams).values({ name: '会泽县矩阵测试工作队', divisionCode: village, termStart: '2024-03-01' }).returning();
  await w.deps.db.insert(teamVillages).values({ teamId: team!.id, divisionCode: village });
  await w.deps.db.insert(teamUnits).values({ teamId: team!.id, unitId: w.units.inside, isLead: true, divisionCode: village });
  await w.deps.db.insert(teamMembers).values({ teamId: team!.id, cadreId: leader.id, role: 'leader_first_secretary', joinedOn: '2024-03-01', divisionCode: village });
  return { team: team!.id };
};

// Without members, so rows that form a team never compete for the same cadre.
const teamBody = (w: MatrixWorld) => ({
  name: w.unique('矩阵工作队'),
  villageCodes: [w.places.naguVillage],
  units: [{ unitId: w.units.inside, isLead: true }],
  termStart: '2024-03-01',
});

const teamUrl = (suffix = '') => (w: MatrixWorld) => `/api/teams/${w.ids.team}${suffix}`;

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/teams', method: 'GET', url: () => '/api/teams' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 200],
    ['township_party', 'in', 200],
    ['unit_party', 'in', 200],
    ['team_leader', 'in', 200],
    ['viewer', 'in', 200],
    ['sys_admin', 'national', 403],
    ['audit_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/teams/:id', method: 'GET', url: teamUrl() }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['township_party', 'in', 200],
    ['township_party', 'out', 404],
    // A unit's party committee sees the teams its unit sends.
    ['unit_party', 'in', 200],
    ['unit_party', 'out', 404],
    ['team_leader', 'in', 200],
    ['team_leader', 'out', 404],
    ['viewer', 'in', 200],
    ['viewer', 'out', 404],
    ['sys_admin', 'national', 403],
    ['audit_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/teams', method: 'POST', url: () => '/api/teams', body: teamBody }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 201],
    // The county dispatches teams into its own villages only: a village elsewhere is refused on the field.
    ['county_org', 'out', 400],
    ['township_party', 'in', 403],
    ['unit_party', 'in', 403],
    ['team_leader', 'in', 403],
    ['viewer', 'in', 403],
    ['sys_admin', 'national', 403],
    ['audit_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/teams/export', method: 'GET', url: () => '/api/teams/export' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 200],
    ['township_party', 'in', 200],
    ['unit_party', 'in', 200],
    ['team_leader', 'in', 403],
    ['viewer', 'in', 403],
    ['sys_admin', 'national', 403],
    ['audit_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/teams/:id/roster', method: 'GET', url: teamUrl('/roster') }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['township_party', 'in', 200],
    ['township_party', 'out', 404],
    ['unit_party', 'in', 200],
    ['unit_party', 'out', 404],
    ['team_leader', 'in', 403],
    ['viewer', 'in', 403],
    ['sys_admin', 'national', 403],
    ['audit_admin', 'national', 403],
  ]),
];
