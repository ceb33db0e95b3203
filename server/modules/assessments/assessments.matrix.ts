import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { insertTeamWithMembers } from '../ledgers/ledgers.fixture.ts';
import { assessmentGrades, assessments } from './assessments.schema.ts';

/** Huize's 2024 assessment, open, with one first secretary's grade to change. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const team = await insertTeamWithMembers(w.deps, { unitId: w.units.inside, divisionCode: w.places.naguVillage, name: w.unique('矩阵考核工作队') });
  const [assessment] = await w.deps.db.insert(assessments).values({ divisionCode: w.places.huize, year: 2024, excellentQuota: '0.250' }).returning({ id: assessments.id });
  const basis = { quarterTotals: [80, 80, 80, 80], average: 80, commitmentsDue: 0, commitmentsKept: 0, criticisms: 0, findings: 0 };
  const [grade] = await w.deps.db
    .insert(assessmentGrades)
    .values([
      { assessmentId: assessment!.id, category: 'team', teamId: team.teamId, divisionCode: w.places.naguVillage, proposedGrade: 'competent', grade: 'competent', basis },
      { assessmentId: assessment!.id, category: 'first_secretary', teamId: team.teamId, cadreId: team.leader, divisionCode: w.places.naguVillage, proposedGrade: 'competent', grade: 'competent', basis },
    ])
    .returning({ id: assessmentGrades.id })
    .then((rows) => rows.slice(1));
  return { assessment: assessment!.id, assessmentGrade: grade!.id, assessmentCadre: team.leader };
};

const admins: MatrixCase[] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
  ['security_admin', 'national', 403],
];
const readers = (outside: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['county_org', 'in', 200],
  ['county_org', 'out', outside],
  ['township_party', 'in', 200],
  ['city_org', 'in', 200],
  ['viewer', 'in', 200],
  ['team_leader', 'in', 403],
  ['discipline', 'in', 403],
  ...admins,
];
const managersRefused: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['county_org', 'out', 404],
  ['township_party', 'in', 403],
  ['city_org', 'in', 403],
  ['team_leader', 'in', 403],
  ['viewer', 'in', 403],
  ...admins,
];
const one = (w: MatrixWorld) => `/api/assessments/${w.ids.assessment}`;

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/assessments', method: 'GET', url: () => '/api/assessments' }, readers(200)),
  ...cases({ route: '/api/assessments/:id', method: 'GET', url: one }, readers(404)),
  ...cases({ route: '/api/assessments/:id/export', method: 'GET', url: (w) => `${one(w)}/export` }, [...readers(404).filter(([role]) => role !== 'viewer'), ['viewer', 'in', 403]]),
  ...cases({ route: '/api/assessments/cadres/:cadreId', method: 'GET', url: (w) => `/api/assessments/cadres/${w.ids.assessmentCadre}` }, readers(404)),
  ...cases({ route: '/api/assessments/mine', method: 'GET', url: () => '/api/assessments/mine' }, [
    [null, 'anonymous', 401],
    ['team_leader', 'in', 200],
    ['team_member', 'in', 200],
    ['county_org', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/assessments', method: 'POST', url: () => '/api/assessments', body: (w) => ({ divisionCode: w.places.huize, year: 2023 }) }, [
    ...managersRefused.filter(([, scope]) => scope !== 'out'),
    ['county_org', 'out', 403],
    ['county_org', 'in', 201],
    ['county_org', 'in', 409],
  ]),
  ...cases(
    { route: '/api/assessments/:id/grades/:gradeId', method: 'PUT', url: (w) => `${one(w)}/grades/${w.ids.assessmentGrade}`, body: () => ({ grade: 'basically_competent', reason: '复核后调整' }) },
    [...managersRefused, ['county_org', 'in', 200]],
  ),
  ...cases({ route: '/api/assessments/:id/confirm', method: 'POST', url: (w) => `${one(w)}/confirm` }, [...managersRefused, ['county_org', 'in', 200], ['county_org', 'in', 409]]),
];
