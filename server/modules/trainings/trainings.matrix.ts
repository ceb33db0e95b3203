import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { createCadre } from '../../test/factories.ts';
import { teamMembers, teams, teamUnits, teamVillages } from '../teams/index.ts';
import { trainingAttendance, trainingSessions } from './index.ts';

/** A county session in Huize attended by two cadres of the Huize unit, and a team of that unit in a Huize village. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const cadre = await createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.huize });
  const leaving = await createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.huize });
  const member = await createCadre(w.deps, { unitId: w.units.inside, divisionCode: village });
  const [session] = await w.deps.db
    .insert(trainingSessions)
    .values({ divisionCode: w.places.huize, level: 'county_org', stage: 'pre_dispatch', topic: '矩阵测试培训', hours: '3', heldOn: '2024-03-10' })
    .returning();
  await w.deps.db.insert(trainingAttendance).values([
    { sessionId: session!.id, cadreId: cadre.id },
    { sessionId: session!.id, cadreId: leaving.id },
  ]);
  const [team] = await w.deps.db.insert(teams).values({ name: '会泽县培训矩阵工作队', divisionCode: village, termStart: '2024-03-01' }).returning();
  await w.deps.db.insert(teamVillages).values({ teamId: team!.id, divisionCode: village });
  await w.deps.db.insert(teamUnits).values({ teamId: team!.id, unitId: w.units.inside, isLead: true, divisionCode: village });
  await w.deps.db.insert(teamMembers).values({ teamId: team!.id, cadreId: member.id, role: 'leader_first_secretary', joinedOn: '2024-03-01', divisionCode: village });
  return { trainingSession: session!.id, trainingCadre: cadre.id, trainingLeaving: leaving.id, trainingTeam: team!.id, trainingMember: member.id };
};

const sessionBody = (w: MatrixWorld) => ({
  divisionCode: w.places.huize,
  level: 'county_org',
  stage: 'in_post',
  topic: '矩阵测试培训',
  hours: 3,
  heldOn: '2024-03-10',
});
const sessionUrl = (suffix = '') => (w: MatrixWorld) => `/api/trainings/${w.ids.trainingSession}${suffix}`;

const denied: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['team_member', 'in', 403],
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];
const readAll: MatrixCase[] = [
  ...denied,
  ['county_org', 'in', 200],
  ['county_org', 'out', 200],
  ['township_party', 'in', 200],
  ['discipline', 'in', 200],
  ['rural_office', 'in', 200],
  ['unit_party', 'in', 200],
  ['team_leader', 'in', 200],
  ['viewer', 'in', 200],
];
// Records of Huize: seen inside, 404 from Gaozhou or another unit.
const readOne: MatrixCase[] = [
  ...denied,
  ['county_org', 'in', 200],
  ['county_org', 'out', 404],
  ['township_party', 'out', 404],
  ['discipline', 'in', 200],
  ['unit_party', 'in', 200],
  ['unit_party', 'out', 404],
  ['team_leader', 'out', 404],
  ['viewer', 'in', 200],
  ['viewer', 'out', 404],
];
const writeOne = (ok: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['county_org', 'out', 404],
  ['county_org', 'in', ok],
  ['discipline', 'in', 403],
  ['unit_party', 'in', 403],
  ['team_leader', 'in', 403],
  ['viewer', 'in', 403],
  ['sys_admin', 'national', 403],
];

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/trainings', method: 'GET', url: () => '/api/trainings' }, readAll),
  ...cases({ route: '/api/trainings/export', method: 'GET', url: () => '/api/trainings/export' }, readAll),
  ...cases({ route: '/api/trainings/:id', method: 'GET', url: sessionUrl() }, readOne),
  ...cases({ route: '/api/trainings/cadres/:cadreId', method: 'GET', url: (w) => `/api/trainings/cadres/${w.ids.trainingCadre}` }, readOne),
  ...cases({ route: '/api/trainings', method: 'POST', url: () => '/api/trainings', body: sessionBody }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 201],
    // A region outside the caller's is refused on the field.
    ['county_org', 'out', 400],
    ['city_org', 'in', 201],
    ['township_party', 'in', 201],
    ['rural_office', 'in', 201],
    ['discipline', 'in', 403],
    ['unit_party', 'in', 403],
    ['team_leader', 'in', 403],
    ['viewer', 'in', 403],
    ['sys_admin', 'national', 403],
    ['audit_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/trainings/:id', method: 'PUT', url: sessionUrl(), body: sessionBody }, writeOne(200)),
  ...cases(
    { route: '/api/trainings/:id/attendance', method: 'POST', url: sessionUrl('/attendance'), body: (w) => ({ cadreIds: [w.ids.trainingCadre] }) },
    writeOne(200),
  ),
  ...cases(
    { route: '/api/trainings/:id/attendance/:cadreId', method: 'PATCH', url: (w) => `/api/trainings/${w.ids.trainingSession}/attendance/${w.ids.trainingCadre}`, body: () => ({ attended: true }) },
    writeOne(200),
  ),
  ...cases(
    { route: '/api/trainings/:id/attendance/:cadreId', method: 'DELETE', url: (w) => `/api/trainings/${w.ids.trainingSession}/attendance/${w.ids.trainingLeaving}` },
    writeOne(200),
  ),
  ...cases({ route: '/api/trainings/materials', method: 'GET', url: () => '/api/trainings/materials' }, readAll),
  ...cases({ route: '/api/trainings/materials/summary', method: 'GET', url: () => '/api/trainings/materials/summary' }, readAll),
  ...cases({ route: '/api/trainings/materials/export', method: 'GET', url: () => '/api/trainings/materials/export' }, readAll),
  ...cases(
    {
      route: '/api/trainings/materials',
      method: 'POST',
      url: () => '/api/trainings/materials',
      // Named member: a replacement is always allowed, so every row that may issue does.
      body: (w) => ({ teamId: w.ids.trainingTeam, kind: 'card', cadreId: w.ids.trainingMember, issuedOn: '2024-03-20' }),
    },
    [...writeOne(201), ['township_party', 'in', 201], ['rural_office', 'in', 201], ['city_org', 'in', 201]],
  ),
];
