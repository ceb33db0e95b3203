import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { createCadre } from '../../test/factories.ts';
import { householdMeasures } from './households.schema.ts';
import { insertHousehold, testIdNumber } from './households.fixture.ts';

/** A 拖车村 household with members to edit and remove, two measures, a paired cadre and two cadres to pair. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const pairedCadre = await createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.huize });
  const { household, persons } = await insertHousehold(w.deps, {
    divisionCode: w.places.naguVillage,
    householderName: '矩阵户主',
    members: [
      { name: '矩阵户主', relation: 'householder', birthDate: '1966-03-03' },
      { name: '矩阵配偶', relation: 'spouse', birthDate: '1968-05-05', gender: 'female' },
      { name: '矩阵子女甲', relation: 'child', birthDate: '1995-06-06' },
      { name: '矩阵子女乙', relation: 'child', birthDate: '1997-07-07' },
    ],
    pairedCadreIds: [pairedCadre.id],
  });
  const measures = await w.deps.db
    .insert(householdMeasures)
    .values([
      { householdId: household.id, year: 2025, category: 'industry', content: '矩阵措施甲' },
      { householdId: household.id, year: 2025, category: 'employment', content: '矩阵措施乙' },
    ])
    .returning();
  const [cadreA, cadreB] = await Promise.all([
    createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.huize }),
    createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.huize }),
  ]);
  const spouse = persons.find((p) => p.relation === 'spouse')!;
  return {
    household: household.id,
    householdCode: household.code,
    householder: persons.find((p) => p.relation === 'householder')!.id,
    spouse: spouse.id,
    childA: persons.find((p) => p.name === '矩阵子女甲')!.id,
    childB: persons.find((p) => p.name === '矩阵子女乙')!.id,
    measureA: measures[0]!.id,
    measureB: measures[1]!.id,
    pairedCadre: pairedCadre.id,
    cadreA: cadreA.id,
    cadreB: cadreB.id,
  };
};

let born = 0;
/** A fresh birthday per registering row, so no two rows share an ID number. */
function freshId(gender: 'male' | 'female' = 'male'): string {
  born += 1;
  const day = new Date(Date.UTC(1950, 0, 1) + born * 86_400_000).toISOString().slice(0, 10);
  return testIdNumber(day, gender);
}

const householdUrl = (suffix = '') => (w: MatrixWorld) => `/api/households/${w.ids.household}${suffix}`;
const memberBody = (relation: string) => () => ({ name: '矩阵成员', relation, gender: 'male', idNumber: freshId(), health: 'healthy', labourAbility: 'normal', schooling: 'junior' });
const createBody = (w: MatrixWorld) => ({
  code: w.unique('M'),
  divisionCode: w.places.naguVillage,
  attribute: 'general',
  mainCause: 'illness',
  members: [memberBody('householder')()],
});
const updateBody = (w: MatrixWorld) => ({ code: w.ids.householdCode, attribute: 'low_income', mainCause: 'disability', secondaryCauses: [] });

const admins: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];
/** A write: the keepers of the region may, its readers may not, another county does not see the household. */
const write = (success: number, extra: MatrixCase[] = []): MatrixCase[] => [
  ...admins,
  ['township_party', 'in', 403],
  ['county_org', 'in', 403],
  ['viewer', 'in', 403],
  ['paired_cadre', 'in', 403],
  ['unit_party', 'in', 403],
  ['rural_office', 'out', 404],
  ['team_leader', 'out', 404],
  ...extra,
  ['rural_office', 'in', success],
];

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/households', method: 'GET', url: () => '/api/households' }, [
    ...admins,
    ['rural_office', 'in', 200],
    ['rural_office', 'out', 200],
    ['team_leader', 'in', 200],
    ['team_member', 'in', 200],
    ['township_party', 'in', 200],
    ['county_org', 'in', 200],
    ['discipline', 'in', 200],
    ['viewer', 'in', 200],
    ['paired_cadre', 'in', 200],
    ['unit_party', 'in', 403],
  ]),
  ...cases({ route: '/api/households/export', method: 'GET', url: () => '/api/households/export' }, [
    ...admins,
    ['rural_office', 'in', 200],
    ['township_party', 'in', 200],
    ['county_org', 'in', 200],
    ['team_leader', 'in', 200],
    ['team_member', 'in', 403],
    ['viewer', 'in', 403],
    ['paired_cadre', 'in', 403],
  ]),
  ...cases({ route: '/api/households/lookup', method: 'GET', url: () => `/api/households/lookup?idNumber=${testIdNumber('1901-01-01')}` }, [
    ...admins,
    // Nobody holds this number: found or not, the answer is the same 404 to every reader.
    ['rural_office', 'in', 404],
    ['viewer', 'in', 404],
    ['unit_party', 'in', 403],
  ]),
  ...cases({ route: '/api/households', method: 'POST', url: () => '/api/households', body: createBody }, [
    ...admins,
    ['township_party', 'in', 403],
    ['county_org', 'in', 403],
    ['viewer', 'in', 403],
    ['paired_cadre', 'in', 403],
    // A village outside the caller's county is a field error on divisionCode.
    ['rural_office', 'out', 400],
    ['rural_office', 'in', 201],
    ['team_leader', 'in', 201],
    ['team_member', 'in', 201],
  ]),
  ...cases({ route: '/api/households/:id', method: 'GET', url: householdUrl() }, [
    ...admins,
    ['rural_office', 'in', 200],
    ['rural_office', 'out', 404],
    ['township_party', 'in', 200],
    ['township_party', 'out', 404],
    ['team_member', 'in', 200],
    ['viewer', 'in', 200],
    ['viewer', 'out', 404],
    // Not paired with this household.
    ['paired_cadre', 'in', 404],
    ['unit_party', 'in', 403],
  ]),
  ...cases({ route: '/api/households/:id', method: 'PUT', url: householdUrl(), body: updateBody }, write(200, [['team_leader', 'in', 200]])),
  ...cases({ route: '/api/households/:id/members', method: 'POST', url: householdUrl('/members'), body: memberBody('child') }, write(201, [['team_member', 'in', 201]])),
  ...cases(
    {
      route: '/api/households/:id/members/:personId',
      method: 'PUT',
      url: (w) => `/api/households/${w.ids.household}/members/${w.ids.spouse}`,
      body: () => ({ name: '矩阵配偶', relation: 'spouse', gender: 'female', health: 'chronic', labourAbility: 'weak', schooling: 'primary' }),
    },
    write(200, [['team_member', 'in', 200]]),
  ),
  ...cases({ route: '/api/households/:id/members/:personId', method: 'DELETE', url: (w) => `/api/households/${w.ids.household}/members/${w.ids.childA}` }, write(204)),
  ...cases({ route: '/api/households/:id/members/:personId', method: 'DELETE', url: (w) => `/api/households/${w.ids.household}/members/${w.ids.childB}` }, [
    ['team_member', 'in', 204],
  ]),
  ...cases(
    { route: '/api/households/:id/members/:personId/reveal', method: 'POST', url: (w) => `/api/households/${w.ids.household}/members/${w.ids.householder}/reveal`, body: () => ({ reason: '核对户籍信息' }) },
    write(200, [
      ['team_member', 'in', 403],
      ['team_leader', 'in', 200],
    ]),
  ),
  ...cases({ route: '/api/households/:id/incomes/:year', method: 'PUT', url: householdUrl('/incomes/2025'), body: () => ({ wage: 8000, business: 2000, property: 0, transfer: 1200 }) }, write(200, [['team_member', 'in', 200]])),
  ...cases(
    { route: '/api/households/:id/indicators/:indicator', method: 'PUT', url: householdUrl('/indicators/food'), body: () => ({ status: 'met', verifier: '矩阵核实人', verifiedOn: '2026-01-10' }) },
    write(200, [['team_leader', 'in', 200]]),
  ),
  ...cases({ route: '/api/households/:id/measures', method: 'POST', url: householdUrl('/measures'), body: () => ({ year: 2026, category: 'education', content: '矩阵新增措施' }) }, write(201, [['team_member', 'in', 201]])),
  ...cases(
    { route: '/api/households/:id/measures/:measureId', method: 'PUT', url: (w) => `/api/households/${w.ids.household}/measures/${w.ids.measureA}`, body: () => ({ year: 2025, category: 'industry', content: '矩阵措施甲（已完成）', done: true }) },
    write(200, [['team_leader', 'in', 200]]),
  ),
  ...cases({ route: '/api/households/:id/measures/:measureId', method: 'DELETE', url: (w) => `/api/households/${w.ids.household}/measures/${w.ids.measureB}` }, write(204)),
  ...cases({ route: '/api/households/:id/cadres', method: 'POST', url: householdUrl('/cadres'), body: (w) => ({ cadreId: w.ids.cadreA, since: '2026-01-01' }) }, write(201)),
  ...cases({ route: '/api/households/:id/cadres', method: 'POST', url: householdUrl('/cadres'), body: (w) => ({ cadreId: w.ids.cadreB, since: '2026-01-01' }) }, [['team_leader', 'in', 201]]),
  ...cases({ route: '/api/households/:id/cadres/:cadreId/end', method: 'POST', url: (w) => `/api/households/${w.ids.household}/cadres/${w.ids.pairedCadre}/end`, body: () => ({ until: '2026-06-30' }) }, write(200)),
];
