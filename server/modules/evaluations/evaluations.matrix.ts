import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { createCadre } from '../../test/factories.ts';
import { evaluationScores } from './evaluations.schema.ts';
import { insertEvaluation } from './evaluations.fixture.ts';
import { defaultRubric, sourceOf } from './evaluations.rules.ts';

/**
 * A quarter of 会泽县 being scored, with one cadre of 拖车村 whose township and county items are still
 * empty, and a confirmed quarter waiting to be published.
 */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const cadre = await createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.naguVillage, name: '测评矩阵干部' });
  const scoring = await insertEvaluation(w.deps, { divisionCode: w.places.huize, year: 2025, quarter: 1 });
  const confirmed = await insertEvaluation(w.deps, { divisionCode: w.places.huize, year: 2024, quarter: 4, state: 'confirmed' });
  for (const evaluationId of [scoring, confirmed]) {
    await w.deps.db.insert(evaluationScores).values(
      defaultRubric.map((item) => {
        const source = sourceOf(item.method);
        const score = source === 'computed' || evaluationId === confirmed ? '5.00' : null;
        return { evaluationId, cadreId: cadre.id, divisionCode: w.places.naguVillage, itemKey: item.key, source, computedScore: source === 'computed' ? score : null, score };
      }),
    );
  }
  return { evaluation: scoring, evaluationConfirmed: confirmed, evaluationCadre: cadre.id };
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
  ['team_member', 'in', 403],
  ['unit_party', 'in', 403],
  ...admins,
];
/** County-only writes: refused without a session, to other roles, and out of scope as not found. */
const countyOnly = (inside: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['township_party', 'in', 403],
  ['city_org', 'in', 403],
  ['viewer', 'in', 403],
  ['team_leader', 'in', 403],
  ['county_org', 'out', 404],
  ...admins,
  ['county_org', 'in', inside],
];

const one = (w: MatrixWorld) => `/api/evaluations/${w.ids.evaluation}`;
const entry = (itemKey: string, score = 6) => (w: MatrixWorld) => [{ cadreId: w.ids.evaluationCadre, itemKey, score }];

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/evaluations/rubric', method: 'GET', url: (w) => `/api/evaluations/rubric?divisionCode=${w.places.huize}` }, readers(404)),
  ...cases(
    { route: '/api/evaluations/rubric', method: 'PUT', url: () => '/api/evaluations/rubric', body: (w) => ({ divisionCode: w.places.huize, name: '会泽县测评细则', items: defaultRubric }) },
    countyOnly(200),
  ),
  ...cases({ route: '/api/evaluations', method: 'GET', url: () => '/api/evaluations' }, readers(200)),
  ...cases({ route: '/api/evaluations/mine', method: 'GET', url: () => '/api/evaluations/mine' }, [
    [null, 'anonymous', 401],
    ['team_leader', 'in', 200],
    ['team_member', 'in', 200],
    ['county_org', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/evaluations', method: 'POST', url: () => '/api/evaluations', body: (w) => ({ divisionCode: w.places.huize, year: 2025, quarter: 2 }) }, [
    ...countyOnly(201),
    ['county_org', 'in', 409],
  ]),
  ...cases({ route: '/api/evaluations/:id', method: 'GET', url: one }, readers(404)),
  ...cases({ route: '/api/evaluations/:id/export', method: 'GET', url: (w) => `${one(w)}/export` }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['township_party', 'in', 200],
    ['viewer', 'in', 403],
    ['team_leader', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/evaluations/:id/cadres/:cadreId', method: 'GET', url: (w) => `${one(w)}/cadres/${w.ids.evaluationCadre}` }, readers(404)),
  ...cases({ route: '/api/evaluations/:id/recompute', method: 'POST', url: (w) => `${one(w)}/recompute` }, countyOnly(200)),
  ...cases({ route: '/api/evaluations/:id/scores', method: 'PUT', url: (w) => `${one(w)}/scores`, body: entry('township_score') }, [
    [null, 'anonymous', 401],
    ['viewer', 'in', 403],
    ['team_leader', 'in', 403],
    ['county_org', 'in', 403],
    ['township_party', 'out', 404],
    ...admins,
    ['township_party', 'in', 200],
  ]),
  ...cases({ route: '/api/evaluations/:id/scores', method: 'PUT', url: (w) => `${one(w)}/scores`, body: entry('county_score', 4) }, [
    ['township_party', 'in', 403],
    ['county_org', 'out', 404],
    ['county_org', 'in', 200],
  ]),
  ...cases(
    { route: '/api/evaluations/:id/adjustments', method: 'POST', url: (w) => `${one(w)}/adjustments`, body: (w) => ({ cadreId: w.ids.evaluationCadre, itemKey: 'diaries', score: 8, reason: '补交民情日记已核实' }) },
    countyOnly(201),
  ),
  ...cases({ route: '/api/evaluations/:id/confirm', method: 'POST', url: (w) => `/api/evaluations/${w.ids.evaluationConfirmed}/confirm` }, countyOnly(409)),
  ...cases({ route: '/api/evaluations/:id/publish', method: 'POST', url: (w) => `/api/evaluations/${w.ids.evaluationConfirmed}/publish` }, [...countyOnly(200), ['county_org', 'in', 409]]),
];
