import { cases, type MatrixCase, type MatrixFixtures, type MatrixRoute, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { insertHousehold } from '../households/households.fixture.ts';
import { cooperatives, coreFarmers, demoBases, demoHouseholds, pioneerPosts } from './industry.schema.ts';
import { industryFixture } from './industry.fixture.ts';

/** One record of each kind in 拖车村 to read and change, one more of each to delete, and a household per writer. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const db = w.deps.db;
  const f = await industryFixture(w.deps, village, w.places.huize, '矩阵');
  const households: Record<string, string> = {};
  for (const role of ['team_leader', 'team_member', 'rural_office']) {
    households[`industryHousehold_${role}`] = (await insertHousehold(w.deps, { divisionCode: village, householderName: `矩阵示范户${role}` })).household.id;
  }
  const ids: Record<string, string> = { industryCadre: f.leader.id, ...households };
  for (const suffix of ['', 'Doomed']) {
    const [coop] = await db.insert(cooperatives).values({ divisionCode: village, name: `矩阵合作社${suffix}`, product: '茶叶', leaderName: '矩阵带头人' }).returning();
    const [base] = await db.insert(demoBases).values({ divisionCode: village, kind: 'base', name: `矩阵基地${suffix}`, product: '茶叶', establishedOn: '2024-01-01' }).returning();
    const [pair] = await db
      .insert(demoHouseholds)
      .values({ divisionCode: village, householdId: f.householdId, cadreId: suffix ? f.probationer.id : f.leader.id, product: '药材', since: '2024-01-01' })
      .returning();
    const [post] = await db.insert(pioneerPosts).values({ divisionCode: village, name: `矩阵岗${suffix}`, holderName: '矩阵党员', duty: '带头', establishedOn: '2024-01-01' }).returning();
    const [farmer] = await db.insert(coreFarmers).values({ divisionCode: village, name: `矩阵骨干${suffix}`, skill: '种茶', trainedOn: '2024-01-01' }).returning();
    Object.assign(ids, {
      [`industryCooperative${suffix}`]: coop!.id,
      [`industryDemoBase${suffix}`]: base!.id,
      [`industryDemoHousehold${suffix}`]: pair!.id,
      [`industryPioneerPost${suffix}`]: post!.id,
      [`industryCoreFarmer${suffix}`]: farmer!.id,
    });
  }
  return ids;
};

const admins: MatrixCase[] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];
const outsiders: MatrixCase[] = [
  ['city_org', 'in', 403],
  ['discipline', 'in', 403],
  ['paired_cadre', 'in', 403],
  ['service_station', 'in', 403],
  ...admins,
];
/** `one` is what a reader in scope gets for one record; a unit's committee sees no village's records. */
const readers = (inside: number, outside: number, unit: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['team_leader', 'in', inside],
  ['team_member', 'in', inside],
  ['rural_office', 'in', inside],
  ['township_party', 'in', inside],
  ['county_org', 'in', inside],
  ['viewer', 'in', inside],
  ['unit_party', 'in', unit],
  ['viewer', 'out', outside],
  ['rural_office', 'out', outside],
  ...outsiders,
];
const exporters: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['team_leader', 'in', 200],
  ['rural_office', 'in', 200],
  ['township_party', 'in', 200],
  ['county_org', 'in', 200],
  ['rural_office', 'out', 200],
  ['team_member', 'in', 403],
  ['viewer', 'in', 403],
  ['unit_party', 'in', 403],
  ...outsiders,
];
/** Refused before any write: no session, no permission, or the record out of reach. */
const refused = (outside: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['rural_office', 'out', outside],
  ['county_org', 'in', 403],
  ['township_party', 'in', 403],
  ['viewer', 'in', 403],
  ['unit_party', 'in', 403],
  ...outsiders,
];
const writers = (status: number): MatrixCase[] => [
  ['team_leader', 'in', status],
  ['team_member', 'in', status],
  ['rural_office', 'in', status],
];

type Kind = { path: string; id: string; create: (w: MatrixWorld) => unknown; patch: unknown };

const kinds: Kind[] = [
  {
    path: 'cooperatives',
    id: 'industryCooperative',
    create: (w) => ({ divisionCode: w.places.naguVillage, name: w.unique('矩阵合作社'), product: '茶叶', leaderName: '矩阵', memberHouseholds: 3, poorHouseholds: 1, peopleEmployed: 2 }),
    patch: { peopleEmployed: 9 },
  },
  {
    path: 'demo-bases',
    id: 'industryDemoBase',
    create: (w) => ({ divisionCode: w.places.naguVillage, kind: 'base', name: w.unique('矩阵基地'), product: '茶叶', areaMu: '10', establishedOn: '2024-02-01', householdsDriven: 1, peopleEmployed: 1 }),
    patch: { yearlyIncome: '1000.00' },
  },
  {
    path: 'pioneer-posts',
    id: 'industryPioneerPost',
    create: (w) => ({ divisionCode: w.places.naguVillage, name: w.unique('矩阵岗'), holderName: '矩阵党员', duty: '带头', establishedOn: '2024-02-01' }),
    patch: { duty: '带头致富' },
  },
  {
    path: 'core-farmers',
    id: 'industryCoreFarmer',
    create: (w) => ({ divisionCode: w.places.naguVillage, name: w.unique('骨干'), skill: '种茶', trainedOn: '2024-02-01' }),
    patch: { trainingHours: 8 },
  },
];

function kindRows(kind: Kind): MatrixRow[] {
  const base = `/api/industry/${kind.path}`;
  const one = (suffix = '') => (w: MatrixWorld) => `${base}/${w.ids[`${kind.id}${suffix}`]}`;
  const route = (path: string, method: MatrixRoute['method'], url: MatrixRoute['url'], body?: MatrixRoute['body']): MatrixRoute => ({ route: path, method, url, ...(body ? { body } : {}) });
  return [
    ...cases(route(base, 'GET', () => base), readers(200, 200, 200)),
    ...cases(route(`${base}/export`, 'GET', () => `${base}/export`), exporters),
    ...cases(route(`${base}/:id`, 'GET', one()), readers(200, 404, 404)),
    // Out of the county, the village is not theirs to name.
    ...cases(route(base, 'POST', () => base, kind.create), [...refused(400), ...writers(201)]),
    ...cases(route(`${base}/:id`, 'PATCH', one(), () => kind.patch), [...refused(404), ...writers(200)]),
    ...cases(route(`${base}/:id`, 'DELETE', one('Doomed')), [...refused(404), ['team_member', 'in', 204]]),
  ];
}

const pairBody = (role: string) => (w: MatrixWorld) => ({
  divisionCode: w.places.naguVillage,
  householdId: w.ids[`industryHousehold_${role}`],
  cadreId: w.ids.industryCadre,
  product: '药材',
  since: '2024-02-01',
  householdsDriven: 0,
});
const pairs = '/api/industry/demo-households';
const pairUrl = (suffix = '') => (w: MatrixWorld) => `${pairs}/${w.ids[`industryDemoHousehold${suffix}`]}`;

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/industry', method: 'GET', url: () => '/api/industry' }, readers(200, 200, 200)),
  ...cases({ route: '/api/industry/export', method: 'GET', url: () => '/api/industry/export' }, exporters),
  ...kinds.flatMap(kindRows),
  ...cases({ route: pairs, method: 'GET', url: () => pairs }, readers(200, 200, 200)),
  ...cases({ route: `${pairs}/export`, method: 'GET', url: () => `${pairs}/export` }, exporters),
  ...cases({ route: `${pairs}/:id`, method: 'GET', url: pairUrl() }, readers(200, 404, 404)),
  ...cases({ route: pairs, method: 'POST', url: () => pairs, body: pairBody('team_leader') }, [...refused(400), ['team_leader', 'in', 201]]),
  ...cases({ route: pairs, method: 'POST', url: () => pairs, body: pairBody('team_member') }, [['team_member', 'in', 201]]),
  ...cases({ route: pairs, method: 'POST', url: () => pairs, body: pairBody('rural_office') }, [['rural_office', 'in', 201]]),
  ...cases({ route: `${pairs}/:id`, method: 'PATCH', url: pairUrl(), body: () => ({ scale: '2亩' }) }, [...refused(404), ...writers(200)]),
  ...cases({ route: `${pairs}/:id`, method: 'DELETE', url: pairUrl('Doomed') }, [...refused(404), ['rural_office', 'in', 204]]),
];
