import { cases, type MatrixFixtures, type MatrixRow } from '../../test/matrix.ts';
import { createCadre } from '../../test/factories.ts';
import { partyMemberships, partyOrgs } from './index.ts';
import { branchMatrixFixtures, branchMatrixRows } from './temporary-branches.matrix-cases.ts';

/** A committee in Huize with one member, and a party member not yet in any organization. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const [org] = await w.deps.db.insert(partyOrgs).values({ name: '中共会泽县矩阵测试委员会', kind: 'committee', divisionCode: w.places.huize }).returning();
  const member = await createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.huize });
  const [membership] = await w.deps.db
    .insert(partyMemberships)
    .values({ partyOrgId: org!.id, cadreId: member.id, kind: 'formal', role: 'member', joinedOn: '2020-01-01', divisionCode: w.places.huize })
    .returning();
  const newcomer = await createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.huize });
  return { partyOrg: org!.id, partyMember: member.id, partyMembership: membership!.id, partyNewcomer: newcomer.id, ...(await branchMatrixFixtures(w)) };
};

const orgBody = (w: Parameters<NonNullable<MatrixRow['body']>>[0]) => ({ name: w.unique('矩阵党支部'), kind: 'branch', divisionCode: w.places.huize, unitId: w.units.inside });

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/party-orgs', method: 'GET', url: () => '/api/party-orgs' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['team_member', 'in', 200],
    ['sys_admin', 'national', 403],
    ['audit_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/party-orgs/export', method: 'GET', url: () => '/api/party-orgs/export' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 200],
    ['branch_secretary', 'in', 200],
    ['team_member', 'in', 200],
    ['sys_admin', 'national', 403],
    ['audit_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/party-orgs/:id', method: 'GET', url: (w) => `/api/party-orgs/${w.ids.partyOrg}` }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['viewer', 'in', 200],
    ['township_party', 'out', 404],
    ['security_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/party-orgs', method: 'POST', url: () => '/api/party-orgs', body: orgBody }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 201],
    ['county_org', 'out', 403],
    ['unit_party', 'in', 201],
    ['unit_party', 'out', 403],
    ['township_party', 'in', 403],
    ['branch_secretary', 'in', 403],
  ]),
  ...cases(
    { route: '/api/party-orgs/:id', method: 'PUT', url: (w) => `/api/party-orgs/${w.ids.partyOrg}`, body: (w) => ({ name: '中共会泽县矩阵测试委员会', kind: 'committee', divisionCode: w.places.huize }) },
    [
      [null, 'anonymous', 401],
      ['county_org', 'in', 200],
      ['county_org', 'out', 404],
      ['viewer', 'in', 403],
    ],
  ),
  ...cases({ route: '/api/party-orgs/:id/candidates', method: 'GET', url: (w) => `/api/party-orgs/${w.ids.partyOrg}/candidates` }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['viewer', 'in', 403],
  ]),
  ...cases(
    { route: '/api/party-orgs/:id/members', method: 'POST', url: (w) => `/api/party-orgs/${w.ids.partyOrg}/members`, body: (w) => ({ cadreId: w.ids.partyNewcomer }) },
    [
      [null, 'anonymous', 401],
      ['county_org', 'out', 404],
      ['township_party', 'in', 403],
      ['branch_secretary', 'in', 403],
      ['county_org', 'in', 201],
    ],
  ),
  ...cases(
    {
      route: '/api/party-orgs/:id/members/:membershipId',
      method: 'PATCH',
      url: (w) => `/api/party-orgs/${w.ids.partyOrg}/members/${w.ids.partyMembership}`,
      body: () => ({ role: 'organization_member' }),
    },
    [
      [null, 'anonymous', 401],
      ['county_org', 'in', 200],
      ['county_org', 'out', 404],
      ['viewer', 'in', 403],
    ],
  ),
  ...cases({ route: '/api/party-orgs/memberships', method: 'GET', url: (w) => `/api/party-orgs/memberships?cadreId=${w.ids.partyMember}` }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['team_member', 'in', 200],
    ['county_org', 'out', 404],
    ['sys_admin', 'national', 403],
  ]),
  ...branchMatrixRows,
];
