import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { makeScope } from '../access/scope.ts';
import type { Principal } from '../access/permissions.ts';
import type { Role } from '../access/roles.ts';
import { AppError } from '../errors/app-error.ts';
import { defineWorkflow } from './workflow.definition.ts';
import { advanceWorkflow, availableActions, pendingWorkflows, presentWorkflow, startWorkflow, type WorkflowInstance } from './workflow.ts';

const label = (zh: string) => ({ zh, en: zh });
const sample = defineWorkflow({
  kind: 'sample',
  initial: 'pending',
  submitLabel: label('提交'),
  states: {
    pending: { label: label('待审批') },
    returned: { label: label('退回修改') },
    approved: { label: label('已批准'), final: true },
    rejected: { label: label('不予批准'), final: true },
    withdrawn: { label: label('已撤回'), final: true },
  },
  transitions: {
    approve: { from: ['pending'], to: 'approved', by: 'assignee', label: label('批准') },
    reject: { from: ['pending'], to: 'rejected', by: 'assignee', label: label('不批准'), reasonRequired: true },
    return: { from: ['pending'], to: 'returned', by: 'assignee', label: label('退回'), reasonRequired: true, assignTo: 'applicant' },
    resubmit: { from: ['returned'], to: 'pending', by: 'applicant', label: label('重新提交') },
    withdraw: { from: ['pending', 'returned'], to: 'withdrawn', by: 'applicant', label: label('撤回') },
  },
});

const village = '530326102204';
function principal(roles: Role[], division: string | null, cadreId: string | null = null): Principal {
  return { accountId: randomUUID(), username: 'u', displayName: `测试${roles.join()}`, roles, permissions: new Set(), scope: makeScope(division, null), cadreId };
}
const actor = { accountId: null, username: 'u', requestId: 'r', ip: null };

async function expectCode(work: Promise<unknown>, code: string) {
  await assert.rejects(work, (error: unknown) => error instanceof AppError && error.code === code);
}

describe('workflow engine', () => {
  let t: TestApp;
  const applicantCadre = randomUUID();
  const applicant = principal(['team_member'], village, applicantCadre);
  const township = principal(['township_party'], '530326102000');
  const otherTownship = principal(['township_party'], '440981107000');
  const county = principal(['county_org'], '530326000000');

  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  async function start(): Promise<WorkflowInstance> {
    return t.deps.db.transaction((tx) =>
      startWorkflow(tx, { principal: applicant, actor }, sample, {
        subjectId: randomUUID(),
        title: '请假 2 天',
        divisionCode: village,
        assignee: { role: 'township_party' },
        applicantCadreId: applicantCadre,
        link: '/leave/x',
      }),
    );
  }
  const act = (who: Principal, instance: WorkflowInstance, action: string, comment?: string) =>
    t.deps.db.transaction((tx) => advanceWorkflow(tx, { principal: who, actor }, sample, instance.id, action, { comment }));

  test('the assignee role in the item’s place decides; others are refused', async () => {
    const item = await start();
    assert.deepEqual(availableActions(township, sample, item).sort(), ['approve', 'reject', 'return']);
    assert.deepEqual(availableActions(otherTownship, sample, item), []);
    await expectCode(act(otherTownship, item, 'approve'), 'WORKFLOW_NOT_ASSIGNEE');
    await expectCode(act(county, item, 'approve'), 'WORKFLOW_NOT_ASSIGNEE');
    const pending = await pendingWorkflows(t.deps.db, township);
    assert.ok(pending.some((p) => p.id === item.id));
    assert.ok(!(await pendingWorkflows(t.deps.db, otherTownship)).some((p) => p.id === item.id));
    const done = await act(township, item, 'approve');
    assert.equal(done.state, 'approved');
    assert.ok(done.closedAt);
    assert.ok(!(await pendingWorkflows(t.deps.db, township)).some((p) => p.id === item.id));
    await expectCode(act(township, item, 'reject', '晚了'), 'WORKFLOW_CLOSED');
  });

  test('reject and return need a reason; a returned item goes back and can be resubmitted', async () => {
    const item = await start();
    await expectCode(act(township, item, 'reject'), 'WORKFLOW_REASON_REQUIRED');
    await expectCode(act(township, item, 'return', '   '), 'WORKFLOW_REASON_REQUIRED');
    const returned = await act(township, item, 'return', '请补充事由');
    assert.equal(returned.state, 'returned');
    await expectCode(act(township, item, 'resubmit'), 'WORKFLOW_NOT_ASSIGNEE');
    await expectCode(act(township, item, 'approve'), 'WORKFLOW_ACTION_NOT_ALLOWED');
    assert.ok((await pendingWorkflows(t.deps.db, applicant)).some((p) => p.id === item.id), 'a returned item waits for its applicant');
    assert.ok(!(await pendingWorkflows(t.deps.db, township)).some((p) => p.id === item.id));
    const again = await t.deps.db.transaction((tx) =>
      advanceWorkflow(tx, { principal: applicant, actor }, sample, item.id, 'resubmit', { assignee: { role: 'township_party' } }),
    );
    assert.equal(again.state, 'pending');
    const view = await presentWorkflow(t.deps.db, township, 'zh-CN', sample, again);
    assert.deepEqual(
      view.steps.map((s) => [s.action, s.toState, s.comment]),
      [
        ['submit', 'pending', null],
        ['return', 'returned', '请补充事由'],
        ['resubmit', 'pending', null],
      ],
    );
    assert.equal(view.steps[1]!.actorRole, 'township_party');
    assert.equal(view.steps[1]!.actionLabel, '退回');
    assert.equal(view.steps[2]!.actorRole, 'team_member', 'the applicant is named by his own role');
  });

  test('the applicant may withdraw before a decision but never decide his own request', async () => {
    const item = await start();
    const selfApprover = { ...principal(['township_party', 'team_member'], '530326102000', applicantCadre) };
    await expectCode(act(selfApprover, item, 'approve'), 'WORKFLOW_SELF_DECISION');
    // The same person under another account is still the applicant: he may withdraw, never approve.
    assert.deepEqual(availableActions(selfApprover, sample, item), ['withdraw']);
    const withdrawn = await act(applicant, item, 'withdraw');
    assert.equal(withdrawn.state, 'withdrawn');
    await expectCode(act(applicant, item, 'withdraw'), 'WORKFLOW_CLOSED');
  });

  test('a declaration naming an unknown state is refused at load', () => {
    assert.throws(() =>
      defineWorkflow({
        kind: 'bad',
        initial: 'a',
        submitLabel: label('x'),
        states: { a: { label: label('a') } },
        transitions: { go: { from: ['a'], to: 'b' as 'a', by: 'assignee', label: label('go') } },
      }),
    );
  });
});
