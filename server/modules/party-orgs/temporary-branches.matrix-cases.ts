import { randomUUID } from 'node:crypto';
import { cases, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { createCadre } from '../../test/factories.ts';
import { makeScope } from '../../platform/access/scope.ts';
import { startWorkflow } from '../../platform/workflow/workflow.ts';
import { teams, teamVillages } from '../teams/index.ts';
import { partyMemberships, partyOrgs } from './party-orgs.schema.ts';
import { todayInBeijing } from './party-orgs.rules.ts';
import { temporaryBranchWorkflow } from './temporary-branches.workflow.ts';

/**
 * A 拖车村 team with five formal members, a branch of four of them waiting for the county (asked
 * by an account no row signs in as) and an active one. Decision rows send `refuse` without a
 * reason, so the department it waits for gets 400 and the request stays open.
 */
export async function branchMatrixFixtures(w: MatrixWorld): Promise<Record<string, string>> {
  const village = w.places.naguVillage;
  const [team] = await w.deps.db.insert(teams).values({ name: '矩阵测试驻村工作队', divisionCode: village, termStart: '2024-03-01' }).returning();
  await w.deps.db.insert(teamVillages).values({ teamId: team!.id, divisionCode: village });
  const people: Awaited<ReturnType<typeof createCadre>>[] = [];
  for (let i = 0; i < 5; i += 1) people.push(await createCadre(w.deps, { unitId: w.units.inside, divisionCode: w.places.huize }));
  const branch = async (status: 'proposed' | 'active') =>
    w.deps.db.transaction(async (tx) => {
      const [org] = await tx
        .insert(partyOrgs)
        .values({ name: `矩阵临时党支部${status}`, kind: 'temporary_branch', divisionCode: village, status, approvalLevel: 'county', establishedOn: status === 'active' ? '2024-03-10' : null })
        .returning();
      const memberships = await tx
        .insert(partyMemberships)
        .values(people.slice(0, 4).map((p) => ({ partyOrgId: org!.id, cadreId: p.id, kind: 'temporary' as const, joinedOn: '2024-03-10', divisionCode: village })))
        .returning();
      const applicant = { accountId: randomUUID(), username: 'matrix', displayName: '矩阵队长', roles: ['team_leader' as const], permissions: new Set<never>(), scope: makeScope(village, null), cadreId: null };
      await startWorkflow(tx, { principal: applicant, actor: { accountId: null, username: 'matrix', requestId: 'matrix', ip: null } }, temporaryBranchWorkflow, {
        subjectId: org!.id,
        title: '临时党支部成立审批：矩阵',
        divisionCode: village,
        assignee: { role: 'county_org' },
        link: `/temporary-branches/${org!.id}`,
      });
      return { id: org!.id, lastMembership: memberships[3]!.id };
    });
  const proposed = await branch('proposed');
  const active = await branch('active');
  return {
    branchTeam: team!.id,
    branchProposed: proposed.id,
    branchLeaving: proposed.lastMembership,
    branchActive: active.id,
    branchNewcomer: people[4]!.id,
    branchSecretary: people[0]!.id,
    branchMembers: people.slice(0, 4).map((p) => p.id).join(','),
  };
}

const branchUrl = (key: string, suffix = '') => (w: MatrixWorld) => `/api/temporary-branches/${w.ids[key]}${suffix}`;
const requestBody = (w: MatrixWorld) => ({
  name: w.unique('矩阵申请临时党支部'),
  divisionCode: w.places.naguVillage,
  teamIds: [w.ids.branchTeam],
  members: w.ids.branchMembers!.split(',').map((cadreId) => ({ cadreId })),
});

export const branchMatrixRows: MatrixRow[] = [
  ...cases({ route: '/api/temporary-branches', method: 'GET', url: () => '/api/temporary-branches' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 200],
    ['team_member', 'in', 200],
    ['sys_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/temporary-branches/export', method: 'GET', url: () => '/api/temporary-branches/export' }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['viewer', 'in', 200],
    ['audit_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/temporary-branches/candidates', method: 'GET', url: (w) => `/api/temporary-branches/candidates?teamIds=${w.ids.branchTeam}` }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['team_leader', 'in', 200],
    ['team_member', 'in', 403],
    ['township_party', 'in', 403],
  ]),
  ...cases({ route: '/api/temporary-branches', method: 'POST', url: () => '/api/temporary-branches', body: requestBody }, [
    [null, 'anonymous', 401],
    ['county_org', 'out', 403],
    ['unit_party', 'in', 403],
    ['township_party', 'in', 403],
    ['team_member', 'in', 403],
    ['county_org', 'in', 201],
    ['city_org', 'in', 201],
    ['team_leader', 'in', 201],
  ]),
  ...cases({ route: '/api/temporary-branches/:id', method: 'GET', url: branchUrl('branchProposed') }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['team_member', 'in', 200],
    ['security_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/temporary-branches/:id/actions', method: 'POST', url: branchUrl('branchProposed', '/actions'), body: () => ({ action: 'refuse' }) }, [
    [null, 'anonymous', 401],
    ['county_org', 'out', 404],
    ['team_member', 'in', 403],
    ['city_org', 'in', 403],
    ['county_org', 'in', 400],
  ]),
  ...cases({ route: '/api/temporary-branches/:id/members', method: 'POST', url: branchUrl('branchProposed', '/members'), body: (w) => ({ cadreId: w.ids.branchNewcomer }) }, [
    [null, 'anonymous', 401],
    ['county_org', 'out', 404],
    ['team_member', 'in', 403],
    ['township_party', 'in', 403],
    ['county_org', 'in', 200],
  ]),
  ...cases(
    {
      route: '/api/temporary-branches/:id/members/:membershipId/leave',
      method: 'POST',
      url: (w) => `/api/temporary-branches/${w.ids.branchProposed}/members/${w.ids.branchLeaving}/leave`,
      body: () => ({ leftOn: todayInBeijing() }),
    },
    [
      [null, 'anonymous', 401],
      ['county_org', 'out', 404],
      ['viewer', 'in', 403],
      ['county_org', 'in', 200],
    ],
  ),
  ...cases(
    {
      route: '/api/temporary-branches/:id/election',
      method: 'POST',
      url: branchUrl('branchProposed', '/election'),
      body: (w) => ({ electedOn: '2024-03-10', officers: [{ cadreId: w.ids.branchSecretary, role: 'secretary' }] }),
    },
    [
      [null, 'anonymous', 401],
      ['county_org', 'out', 404],
      ['team_member', 'in', 403],
      ['county_org', 'in', 200],
    ],
  ),
  ...cases({ route: '/api/temporary-branches/:id/dissolve', method: 'POST', url: branchUrl('branchActive', '/dissolve'), body: () => ({ dissolvedOn: todayInBeijing(), reason: '工作队撤离' }) }, [
    [null, 'anonymous', 401],
    ['county_org', 'out', 404],
    ['team_member', 'in', 403],
    ['township_party', 'in', 403],
    ['county_org', 'in', 200],
  ]),
];
