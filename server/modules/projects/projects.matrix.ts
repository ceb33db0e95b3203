import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { cases, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { makeScope } from '../../platform/access/scope.ts';
import { startWorkflow } from '../../platform/workflow/workflow.ts';
import { projectFundSources, projects, projectVillages } from './index.ts';
import { projectWorkflow } from './projects.workflow.ts';

/**
 * A 拖车村 project proposed by an account of its team, funded partly by the Huize unit, waiting for
 * the township: every transition row sends `return` without a reason, so the one it waits for gets
 * 400 and the project stays where it is.
 */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const projectId = await w.deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(projects)
      .values({ name: '拖车村矩阵测试项目', divisionCode: village, category: 'road', responsibleEntity: '娜姑镇人民政府', budget: '1000.00', state: 'proposed' })
      .returning();
    await tx.insert(projectVillages).values({ projectId: row!.id, divisionCode: village });
    await tx.insert(projectFundSources).values({ projectId: row!.id, kind: 'unit', funder: '会泽县矩阵测试局', unitId: w.units.inside, amount: '1000.00' });
    const applicant = { accountId: randomUUID(), username: 'matrix', displayName: '矩阵队长', roles: ['team_leader' as const], permissions: new Set<never>(), scope: makeScope(village, null), cadreId: null };
    const instance = await startWorkflow(tx, { principal: applicant, actor: { accountId: null, username: 'matrix', requestId: 'matrix', ip: null } }, projectWorkflow, {
      subjectId: row!.id,
      title: '项目审批：拖车村矩阵测试项目',
      divisionCode: village,
      assignee: { role: 'township_party' },
      link: `/projects/${row!.id}`,
    });
    await tx.update(projects).set({ workflowId: instance.id }).where(eq(projects.id, row!.id));
    return row!.id;
  });
  return { project: projectId };
};

const projectUrl = (suffix = '') => (w: MatrixWorld) => `/api/projects/${w.ids.project}${suffix}`;
const projectBody = (w: MatrixWorld) => ({
  name: w.unique('拖车村矩阵申报'),
  category: 'road',
  villages: [w.places.naguVillage],
  responsibleEntity: '娜姑镇人民政府',
  budget: '500.00',
  fundSources: [{ kind: 'fiscal', funder: '会泽县财政局', amount: '500.00' }],
  outputs: [],
});
const admins: [null | 'sys_admin' | 'audit_admin', 'national', number][] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];

const readOne: Parameters<typeof cases>[1] = [
  [null, 'anonymous', 401],
  ['rural_office', 'in', 200],
  ['rural_office', 'out', 404],
  ['township_party', 'in', 200],
  ['township_party', 'out', 404],
  ['team_leader', 'in', 200],
  ['team_leader', 'out', 404],
  ['team_member', 'in', 200],
  ['county_org', 'in', 200],
  ['county_org', 'out', 404],
  ['city_org', 'in', 200],
  ['discipline', 'in', 200],
  // A backing unit sees the projects it funds.
  ['unit_party', 'in', 200],
  ['unit_party', 'out', 404],
  ['viewer', 'in', 200],
  ['viewer', 'out', 404],
  ...admins,
];

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/projects', method: 'GET', url: () => '/api/projects' }, [
    [null, 'anonymous', 401],
    ['rural_office', 'in', 200],
    ['rural_office', 'out', 200],
    ['township_party', 'in', 200],
    ['team_leader', 'in', 200],
    ['team_member', 'in', 200],
    ['county_org', 'in', 200],
    ['unit_party', 'in', 200],
    ['viewer', 'in', 200],
    ...admins,
  ]),
  ...cases({ route: '/api/projects/export', method: 'GET', url: () => '/api/projects/export' }, [
    [null, 'anonymous', 401],
    ['rural_office', 'in', 200],
    ['township_party', 'in', 200],
    ['team_leader', 'in', 200],
    ['county_org', 'in', 200],
    ['unit_party', 'in', 200],
    ['team_member', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/projects/:id', method: 'GET', url: projectUrl() }, readOne),
  ...cases({ route: '/api/projects/:id/transitions', method: 'GET', url: projectUrl('/transitions') }, readOne),
  ...cases({ route: '/api/projects', method: 'POST', url: () => '/api/projects', body: projectBody }, [
    [null, 'anonymous', 401],
    ['team_leader', 'in', 201],
    ['rural_office', 'in', 201],
    // A village outside the caller's region is refused on the field.
    ['rural_office', 'out', 400],
    ['team_leader', 'out', 400],
    ['township_party', 'in', 403],
    ['team_member', 'in', 403],
    ['county_org', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/projects/:id', method: 'PUT', url: projectUrl(), body: projectBody }, [
    [null, 'anonymous', 401],
    // Only the account that proposed it revises a proposal.
    ['team_leader', 'in', 403],
    ['team_leader', 'out', 404],
    ['rural_office', 'in', 403],
    ['rural_office', 'out', 404],
    ['township_party', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/projects/:id/transitions', method: 'POST', url: projectUrl('/transitions'), body: () => ({ action: 'return' }) }, [
    [null, 'anonymous', 401],
    // Waiting for the township: it may act (here refused only for the missing reason).
    ['township_party', 'in', 400],
    ['township_party', 'out', 404],
    ['rural_office', 'in', 403],
    ['rural_office', 'out', 404],
    ['team_leader', 'in', 403],
    ['team_member', 'in', 403],
    ['county_org', 'in', 403],
    ['unit_party', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
];
