import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp, type Session } from '../../test/test-app.ts';
import { insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { makeScope } from '../../platform/access/scope.ts';
import type { Principal } from '../../platform/access/permissions.ts';
import { defineWorkflow } from '../../platform/workflow/workflow.definition.ts';
import { startWorkflow } from '../../platform/workflow/workflow.ts';
import type { TodoItem, TodoList } from '../../../contracts/todos.ts';

const label = (zh: string) => ({ zh, en: zh });
const sample = defineWorkflow({
  kind: 'todo-sample',
  initial: 'pending',
  submitLabel: label('提交'),
  states: { pending: { label: label('待审批') }, approved: { label: label('已批准'), final: true } },
  transitions: { approve: { from: ['pending'], to: 'approved', by: 'assignee', label: label('批准') } },
});

const applicant: Principal = {
  accountId: randomUUID(),
  username: 'applicant',
  displayName: '申请人',
  roles: ['team_member'],
  permissions: new Set(),
  scope: makeScope(places.naguVillage, null),
  cadreId: null,
};
const actor = { accountId: null, username: 'applicant', requestId: 'r', ip: null };

describe('todos routes', () => {
  let t: TestApp;
  let naguParty: Session;
  let zhenjiangParty: Session;

  async function start(title: string, dueAt: Date | null, link: string) {
    return t.deps.db.transaction((tx) =>
      startWorkflow(tx, { principal: applicant, actor }, sample, {
        subjectId: randomUUID(),
        title,
        divisionCode: places.naguVillage,
        assignee: { role: 'township_party' },
        dueAt,
        link,
      }),
    );
  }

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    zhenjiangParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.zhenjiang });
    const day = 24 * 3600 * 1000;
    await start('请假 2 天（未到期）', new Date(Date.now() + 3 * day), '/leave/a');
    await start('请假 1 天（无期限）', null, '/leave/b');
    await start('请假 3 天（已逾期）', new Date(Date.now() - day), '/leave/c?tab=1');
  });
  after(() => t.close());

  test('401 without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/todos' });
    assert.equal(response.statusCode, 401);
  });

  test('the township party committee of the place sees its pending approvals, overdue first, with counts per menu', async () => {
    const response = await naguParty.get('/api/todos');
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json() as TodoList;
    const mine = body.items.filter((i: TodoItem) => i.kind === 'todo-sample');
    assert.deepEqual(
      mine.map((i) => i.title),
      ['请假 3 天（已逾期）', '请假 2 天（未到期）', '请假 1 天（无期限）'],
    );
    assert.equal(mine[0]!.overdue, true);
    assert.equal(mine[1]!.overdue, false);
    assert.equal(mine[0]!.link, '/leave/c?tab=1');
    assert.equal(mine[0]!.menuPath, '/leave');
    assert.equal(body.items[0]!.overdue, true, 'overdue items lead the whole list');
    assert.equal(body.counts['/leave'], 3);
    assert.ok(body.overdue >= 1);
    assert.equal(body.total, body.items.length);
  });

  test('a township of another county sees none of them', async () => {
    const response = await zhenjiangParty.get('/api/todos');
    assert.equal(response.statusCode, 200);
    const body = response.json() as TodoList;
    assert.equal(body.items.filter((i) => i.kind === 'todo-sample').length, 0);
    assert.equal(body.counts['/leave'] ?? 0, 0);
  });
});
