import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildUnitProjects, emptyProjectRows, projectTimeline, type ProjectRows } from './project-rows.ts';
import { centsOf } from './project-money.ts';
import { demoProjectSpecs, PROJECT_SEED } from './seed-projects.ts';
import type { ProjectSpec } from './project-specs.ts';
import { SeededRandom } from './random.ts';

const TODAY = '2026-11-20';
const NOTICE_DAYS = 7;

function build(): ProjectRows {
  const random = new SeededRandom(PROJECT_SEED);
  const rows = emptyProjectRows();
  demoProjectSpecs.forEach((specs, u) => {
    const names = [...new Set(specs.projects.flatMap((p) => p.villages))];
    const villages = new Map(names.map((name, v) => [name, `9999${String(u).padStart(2, '0')}${String(v).padStart(6, '0')}`]));
    buildUnitProjects(specs, { unitId: `unit-${u}`, unitName: specs.unit, villages, today: TODAY, noticeDays: NOTICE_DAYS, random }, rows);
  });
  return rows;
}

const sum = (amounts: string[]) => amounts.reduce((total, a) => total + centsOf(a), 0);

describe('demo project rows', () => {
  const rows = build();

  test('the fund sources of every project add up to its budget, and the budget is approved', () => {
    for (const project of rows.projects) {
      assert.equal(project.approvedBudget, project.budget);
      const sources = rows.sources.filter((s) => s.projectId === project.id);
      assert.ok(sources.length >= 1);
      assert.equal(sum(sources.map((s) => s.amount)), centsOf(project.budget), project.name);
    }
  });

  test('payments stay within each source and each budget; finished projects are paid up to their retention', () => {
    for (const source of rows.sources) {
      const paid = sum(rows.payments.filter((p) => p.fundSourceId === source.id).map((p) => p.amount));
      assert.ok(paid <= centsOf(source.amount), `${source.funder} paid ${paid}`);
      const allocated = sum(rows.allocations.filter((a) => a.fundSourceId === source.id).map((a) => a.amount));
      assert.equal(allocated, centsOf(source.amount));
    }
    for (const project of rows.projects) {
      const payments = rows.payments.filter((p) => p.projectId === project.id);
      assert.ok(payments.length >= 1, `${project.name} has no payment`);
      const paid = sum(payments.map((p) => p.amount));
      const budget = centsOf(project.budget);
      if (project.state === 'handed_over') assert.equal(paid, budget, project.name);
      else assert.ok(paid < budget, project.name);
      if (project.state === 'accepted') assert.ok(paid >= budget * 0.96, project.name);
      for (const payment of payments) {
        assert.ok(centsOf(payment.amount) > 0);
        assert.ok(payment.paidOn <= TODAY && payment.paidOn >= project.startedOn!, `${project.name} paid on ${payment.paidOn}`);
      }
    }
  });

  test('the dates follow the lifecycle and none lies after today', () => {
    for (const p of rows.projects) {
      const steps = [p.noticeStart, p.noticeEnd, p.startedOn, p.completedOn, p.acceptedOn, p.acceptanceNoticeEnd, p.handedOverOn].filter((d): d is string => typeof d === 'string');
      assert.deepEqual(steps, [...steps].sort(), p.name);
      assert.ok(steps.at(-1)! <= TODAY, p.name);
      assert.equal(p.completedOn === null, p.state === 'in_progress', p.name);
      assert.equal(p.handedOverOn !== null, p.state === 'handed_over', p.name);
    }
  });

  test('a project that could not have reached its state by today is refused', () => {
    const spec: ProjectSpec = {
      name: '测试', villages: ['甲村'], category: 'road', responsibleEntity: '乡政府', budget: 100, state: 'handed_over', start: { daysAgo: 30 }, days: 60,
      sources: [{ kind: 'unit', weight: 1 }], outputs: [], households: 0, persons: 0, description: '', payee: '公司',
    };
    assert.throws(() => projectTimeline(spec, TODAY, NOTICE_DAYS), /after 2026-11-20/);
  });

  test('outputs carry their unit, with actuals once the works are done', () => {
    for (const output of rows.outputs) {
      const project = rows.projects.find((p) => p.id === output.projectId)!;
      assert.ok(output.unit.length > 0);
      assert.equal(output.actual, project.state === 'in_progress' ? null : output.planned);
    }
    assert.ok(rows.outputs.some((o) => o.kind === 'road_km' && o.unit === '公里'));
  });

  test('the same rows come out every time', () => {
    assert.deepEqual(build(), rows);
  });
});
