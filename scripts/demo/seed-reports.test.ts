import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { count, eq } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { beijingDay, dueOnOf, periodOf, shiftPeriod, teamReports } from '../../server/modules/reports/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedReports } from './seed-reports.ts';

// The to-do list reads the clock, so the seed must write the same "last month" it asks about.
const today = beijingDay(new Date());
const period = shiftPeriod(periodOf(today), -1);

describe('demo reports', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    await seedReports(createDemoWorld(t.deps, today));
  });
  after(() => t.close());

  test('last month’s reports of the seed counties, late ones after the due day', async () => {
    const rows = await t.deps.db.select({ kind: teamReports.kind, late: teamReports.late, n: count() }).from(teamReports).where(eq(teamReports.period, period)).groupBy(teamReports.kind, teamReports.late);
    const monthly = rows.filter((r) => r.kind === 'monthly_report').reduce((sum, r) => sum + r.n, 0);
    assert.ok(monthly > 300, `monthly reports: ${monthly}`);
    // Late reports exist only once the due day has passed; before it, none can be.
    const late = rows.filter((r) => r.late).reduce((sum, r) => sum + r.n, 0);
    const dueOn = dueOnOf('monthly_report', period, t.deps.config.duty.reportDueDay)!;
    if (today > dueOn) assert.ok(late > 0, 'no late report');
    else assert.equal(late, 0);
  });

  test('the township sees its missing teams; tuoche-leader has the work summary to send', async () => {
    const password = t.deps.config.demoPassword;
    const township = await signIn(t.app, 'nagu-party', password);
    const status = (await township.get(`/api/reports/status?period=${period}`)).json();
    const missing = status.summary.teams - status.summary.monthlyReportIn;
    assert.ok(missing >= 1 && missing < status.summary.teams / 4, `missing ${missing} of ${status.summary.teams}`);
    const leader = await signIn(t.app, 'tuoche-leader', password);
    const mine = (await leader.get(`/api/reports?period=${period}`)).json();
    assert.deepEqual(mine.items.map((r: { kind: string }) => r.kind), ['monthly_report']);
    assert.equal(mine.items[0].late, false);
    const todos = (await leader.get('/api/todos')).json().items.filter((i: { kind: string }) => i.kind === 'report_due');
    assert.ok(todos.length <= 1);
  });
});
