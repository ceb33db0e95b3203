import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { makeScope } from '../../platform/access/scope.ts';
import { startWorkflow } from '../../platform/workflow/workflow.ts';
import { budgetAdjustments } from './project-funds.schema.ts';
import { budgetAdjustmentWorkflow } from './project-funds.workflow.ts';
import { insertFundedProject } from './project-funds.fixture.ts';

/**
 * A 拖车村 project under way, funded by the matrix's inside unit, and an adjustment waiting for the
 * township. Decision rows send `reject` without a reason, so the adjustment stays where it is.
 */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const { project, sources } = await insertFundedProject(w.deps, {
    divisionCode: village,
    budget: '100000.00',
    sources: [{ kind: 'unit', funder: '会泽县矩阵测试局', amount: '100000.00', unitId: w.units.inside }],
    name: '矩阵测试项目',
  });
  const adjustmentId = await w.deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(budgetAdjustments)
      .values({ projectId: project.id, divisionCode: village, previousBudget: '100000.00', newBudget: '100000.00', sources: [], reason: '矩阵测试', state: 'township_review' })
      .returning();
    const applicant = { accountId: randomUUID(), username: 'matrix', displayName: '矩阵队长', roles: ['team_leader' as const], permissions: new Set<never>(), scope: makeScope(village, null), cadreId: null };
    const instance = await startWorkflow(tx, { principal: applicant, actor: { accountId: null, username: 'matrix', requestId: 'matrix', ip: null } }, budgetAdjustmentWorkflow, {
      subjectId: row!.id,
      title: '预算调整：矩阵测试项目',
      divisionCode: village,
      assignee: { role: 'township_party' },
      link: `/projects/${project.id}`,
    });
    await tx.update(budgetAdjustments).set({ workflowId: instance.id }).where(eq(budgetAdjustments.id, row!.id));
    return row!.id;
  });
  return { fundsProject: project.id, fundsSource: sources[0]!.id, fundsAdjustment: adjustmentId };
};

const projectUrl = (suffix: string) => (w: MatrixWorld) => `/api/projects/${w.ids.fundsProject}${suffix}`;
const admins: MatrixCase[] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];
const readers: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['rural_office', 'in', 200],
  ['rural_office', 'out', 404],
  ['township_party', 'in', 200],
  ['team_leader', 'in', 200],
  ['team_member', 'in', 200],
  ['county_org', 'in', 200],
  ['county_org', 'out', 404],
  ['discipline', 'in', 200],
  // The backing unit that funds the project reads its money; another unit does not see it.
  ['unit_party', 'in', 200],
  ['unit_party', 'out', 404],
  ['viewer', 'in', 200],
  ['viewer', 'out', 404],
  ...admins,
];
const listReaders: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['rural_office', 'in', 200],
  ['rural_office', 'out', 200],
  ['township_party', 'in', 200],
  ['team_member', 'in', 200],
  ['unit_party', 'in', 200],
  ['viewer', 'in', 200],
  ...admins,
];
const recorders: (created: number) => MatrixCase[] = (created) => [
  [null, 'anonymous', 401],
  ['rural_office', 'in', created],
  ['rural_office', 'out', 404],
  ['township_party', 'in', created],
  ['team_leader', 'in', 403],
  ['team_member', 'in', 403],
  ['county_org', 'in', 403],
  ['unit_party', 'in', 403],
  ['viewer', 'in', 403],
  ...admins,
];

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/projects/:id/ledger', method: 'GET', url: projectUrl('/ledger') }, readers),
  ...cases({ route: '/api/projects/:id/allocations', method: 'GET', url: projectUrl('/allocations') }, readers),
  ...cases({ route: '/api/projects/:id/payments', method: 'GET', url: projectUrl('/payments') }, readers),
  ...cases({ route: '/api/projects/:id/budget-adjustments', method: 'GET', url: projectUrl('/budget-adjustments') }, readers),
  ...cases({ route: '/api/funds', method: 'GET', url: () => '/api/funds' }, listReaders),
  ...cases({ route: '/api/funds/export', method: 'GET', url: () => '/api/funds/export' }, listReaders),
  ...cases(
    {
      route: '/api/projects/:id/allocations',
      method: 'POST',
      url: projectUrl('/allocations'),
      body: (w) => ({ fundSourceId: w.ids.fundsSource, allocatedOn: '2026-04-01', amount: '0.01' }),
    },
    recorders(201),
  ),
  ...cases(
    {
      route: '/api/projects/:id/payments',
      method: 'POST',
      url: projectUrl('/payments'),
      body: (w) => ({ fundSourceId: w.ids.fundsSource, paidOn: '2026-05-01', amount: '0.01', payee: '矩阵收款方', purpose: '矩阵测试' }),
    },
    recorders(201),
  ),
  // An adjustment already waits for the township: whoever may ask gets 409, and no second one opens.
  ...cases(
    {
      route: '/api/projects/:id/budget-adjustments',
      method: 'POST',
      url: projectUrl('/budget-adjustments'),
      body: () => ({ newBudget: '2.00', sources: [{ kind: 'fiscal', funder: '财政', amount: '1.00' }], reason: '矩阵测试' }),
    },
    [
      [null, 'anonymous', 401],
      ['team_leader', 'in', 409],
      ['team_leader', 'out', 404],
      ['rural_office', 'in', 409],
      ['rural_office', 'out', 404],
      ['township_party', 'in', 403],
      ['team_member', 'in', 403],
      ['viewer', 'in', 403],
      ...admins,
    ],
  ),
  ...cases({ route: '/api/budget-adjustments/:id/actions', method: 'POST', url: (w) => `/api/budget-adjustments/${w.ids.fundsAdjustment}/actions`, body: () => ({ action: 'reject' }) }, [
    [null, 'anonymous', 401],
    // Waiting for the township: it may act (here refused only for the missing reason).
    ['township_party', 'in', 400],
    ['township_party', 'out', 404],
    ['rural_office', 'in', 403],
    ['team_member', 'in', 403],
    ['viewer', 'in', 403],
    ['viewer', 'out', 404],
    ...admins,
  ]),
];
