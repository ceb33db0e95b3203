import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { count, eq } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { teamReports } from '../../server/modules/reports/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedReports } from './seed-reports.ts';

// A fixed day, so the month and its due day do not depend on when the test runs.
const today = '2026-11-25';

describe('demo reports', () => {
  let t: TestApp;
  let seedMs = 0;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    const started = performance.now();
    await seedReports(createDemoWorld(t.deps, today));
    seedMs = performance.now() - started;
  });
  after(() => t.close());

  test('last month’s reports of the seed counties, some late, written in under 3 s', async () => {
    assert.ok(seedMs < 3000, `took ${Math.round(seedMs)} ms`);
    const rows = await t.deps.db.select({ kind: teamReports.kind, late: teamReports.late, n: count() }).from(teamReports).where(eq(teamReports.period, '2026-10')).groupBy(teamReports.kind, teamReports.late);
    const monthly = rows.filter((r) => r.kind === 'monthly_report').reduce((sum, r) => sum + r.n, 0);
    assert.ok(monthly > 300, `monthly reports: ${monthly}`);
    assert.ok(rows.some((r) => r.late && r.n > 10));
  });

  test('the township sees its missing teams; tuoche-leader has the work summary to send', async () => {
    const password = t.deps.config.demoPassword;
    const township = await signIn(t.app, 'nagu-party', password);
    const status = (await township.get('/api/reports/status?period=2026-10')).json();
    const missing = status.summary.teams - status.summary.monthlyReportIn;
    assert.ok(missing >= 1 && missing < status.summary.teams / 4, `missing ${missing} of ${status.summary.teams}`);
    const leader = await signIn(t.app, 'tuoche-leader', password);
    const mine = (await leader.get('/api/reports?period=2026-10')).json();
    assert.deepEqual(mine.items.map((r: { kind: string }) => r.kind), ['monthly_report']);
    assert.equal(mine.items[0].late, false);
    const todos = (await leader.get('/api/todos')).json().items.filter((i: { kind: string }) => i.kind === 'report_due');
    assert.ok(todos.length <= 1);
  });
});
