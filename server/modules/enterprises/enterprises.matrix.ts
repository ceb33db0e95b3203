import { cases, type MatrixCase, type MatrixFixtures, type MatrixRoute, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { insertContribution, insertEnterprise, insertPairing } from './enterprises.fixture.ts';

const writerRoles = ['county_org', 'city_org', 'team_leader'] as const;

/**
 * An enterprise kept by 会泽县 and paired with 拖车村, with one contribution; and, per writer, an
 * enterprise, a pairing and a contribution of its own, so each write that consumes a record has one.
 */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const enterprise = await insertEnterprise(w.deps, { divisionCode: w.places.huize, name: '矩阵测试建材有限公司', phone: '13908741234' });
  const pairing = await insertPairing(w.deps, { enterpriseId: enterprise, divisionCode: village, since: '2024-01-01' });
  await insertContribution(w.deps, { enterpriseId: enterprise, pairingId: pairing, divisionCode: village });
  const ids: Record<string, string> = { enterprise, enterprisePairing: pairing };
  for (const role of writerRoles) {
    ids[`enterpriseToPair:${role}`] = await insertEnterprise(w.deps, { divisionCode: w.places.huize, name: `矩阵待结对企业${role}` });
    ids[`enterpriseToDelete:${role}`] = await insertEnterprise(w.deps, { divisionCode: w.places.huize, name: `矩阵待删除企业${role}` });
    ids[`pairingToEnd:${role}`] = await insertPairing(w.deps, { enterpriseId: enterprise, divisionCode: village, since: `2023-0${writerRoles.indexOf(role) + 1}-01` });
    const spare = await insertEnterprise(w.deps, { divisionCode: w.places.huize, name: `矩阵误登记结对${role}` });
    ids[`pairingToDeleteOf:${role}`] = spare;
    ids[`pairingToDelete:${role}`] = await insertPairing(w.deps, { enterpriseId: spare, divisionCode: village });
    ids[`contributionToDelete:${role}`] = await insertContribution(w.deps, { enterpriseId: enterprise, pairingId: pairing, divisionCode: village, value: '50.00' });
  }
  return ids;
};

const admins: MatrixCase[] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];
const outsiders: MatrixCase[] = [
  ['team_member', 'in', 403],
  ['discipline', 'in', 403],
  ['paired_cadre', 'in', 403],
  ['service_station', 'in', 403],
  ...admins,
];
const readers = (inside: number, outside: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['county_org', 'in', inside],
  ['city_org', 'in', inside],
  ['team_leader', 'in', inside],
  ['township_party', 'in', inside],
  ['rural_office', 'in', inside],
  ['viewer', 'in', inside],
  ['viewer', 'out', outside],
  ['rural_office', 'out', outside],
  ...outsiders,
];
const exporters: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['county_org', 'in', 200],
  ['city_org', 'in', 200],
  ['township_party', 'in', 200],
  ['rural_office', 'in', 200],
  ['rural_office', 'out', 200],
  ['team_leader', 'in', 403],
  ['viewer', 'in', 403],
  ...outsiders,
];
/** Refused before any write: no session, no permission, or the record out of reach. */
const refused: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['county_org', 'out', 404],
  ['township_party', 'in', 403],
  ['rural_office', 'in', 403],
  ['viewer', 'in', 403],
  ...outsiders,
];
const writers = (status: number): MatrixCase[] => writerRoles.map((role) => [role, 'in', status]);

/** A write that uses up its record: refused callers try the shared one, each writer its own. */
function perWriter(route: string, method: 'POST' | 'DELETE', url: (w: MatrixWorld, role: string) => string, status: number, body?: (w: MatrixWorld) => unknown): MatrixRow[] {
  const shared: MatrixRoute = { route, method, url: (w) => url(w, writerRoles[0]), ...(body ? { body } : {}) };
  return [
    ...cases(shared, refused),
    ...writerRoles.flatMap((role) => cases({ route, method, url: (w) => url(w, role), ...(body ? { body } : {}) }, [[role, 'in', status]])),
  ];
}

const enterpriseUrl = (w: MatrixWorld) => `/api/enterprises/${w.ids.enterprise}`;
const createBody = (w: MatrixWorld) => ({ name: w.unique('矩阵新登记企业'), divisionCode: w.places.huize });
const contributionBody = (w: MatrixWorld) => ({ pairingId: w.ids.enterprisePairing, kind: 'money', value: '100.00', givenOn: '2025-01-01', description: '矩阵测试帮扶' });

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/enterprises', method: 'GET', url: () => '/api/enterprises' }, readers(200, 200)),
  ...cases({ route: '/api/enterprises/export', method: 'GET', url: () => '/api/enterprises/export' }, exporters),
  ...cases({ route: '/api/enterprises/summary', method: 'GET', url: () => '/api/enterprises/summary' }, readers(200, 200)),
  ...cases({ route: '/api/enterprises/contributions', method: 'GET', url: () => '/api/enterprises/contributions' }, readers(200, 200)),
  ...cases({ route: '/api/enterprises/contributions/export', method: 'GET', url: () => '/api/enterprises/contributions/export' }, exporters),
  ...cases({ route: '/api/enterprises/:id', method: 'GET', url: enterpriseUrl }, readers(200, 404)),
  ...cases({ route: '/api/enterprises/:id/contributions', method: 'GET', url: (w) => `${enterpriseUrl(w)}/contributions` }, readers(200, 404)),
  ...cases({ route: '/api/enterprises', method: 'POST', url: () => '/api/enterprises', body: createBody }, [
    ...refused.filter(([, scope]) => scope !== 'out'),
    // Out of the county, 会泽县 is not theirs to keep a record in.
    ['county_org', 'out', 400],
    ...writers(201),
  ]),
  ...cases({ route: '/api/enterprises/:id', method: 'PATCH', url: enterpriseUrl, body: () => ({ industry: '建材' }) }, [...refused, ...writers(200)]),
  ...cases({ route: '/api/enterprises/:id/unmask', method: 'POST', url: (w) => `${enterpriseUrl(w)}/unmask`, body: () => ({ reason: '联系企业核实帮扶' }) }, [...refused, ...writers(200)]),
  ...cases({ route: '/api/enterprises/:id/contributions', method: 'POST', url: (w) => `${enterpriseUrl(w)}/contributions`, body: contributionBody }, [...refused, ...writers(201)]),
  ...perWriter('/api/enterprises/:id', 'DELETE', (w, role) => `/api/enterprises/${w.ids[`enterpriseToDelete:${role}`]}`, 204),
  ...perWriter('/api/enterprises/:id/pairings', 'POST', (w, role) => `/api/enterprises/${w.ids[`enterpriseToPair:${role}`]}/pairings`, 201, (w) => ({ divisionCode: w.places.naguVillage, since: '2024-01-01' })),
  ...perWriter('/api/enterprises/:id/pairings/:pairingId/end', 'POST', (w, role) => `${enterpriseUrl(w)}/pairings/${w.ids[`pairingToEnd:${role}`]}/end`, 200, () => ({ until: '2025-06-30' })),
  ...perWriter('/api/enterprises/:id/pairings/:pairingId', 'DELETE', (w, role) => `/api/enterprises/${w.ids[`pairingToDeleteOf:${role}`]}/pairings/${w.ids[`pairingToDelete:${role}`]}`, 204),
  ...perWriter('/api/enterprises/:id/contributions/:contributionId', 'DELETE', (w, role) => `${enterpriseUrl(w)}/contributions/${w.ids[`contributionToDelete:${role}`]}`, 204),
];
