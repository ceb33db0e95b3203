import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, isNull } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { teamMembers } from '../../server/modules/teams/index.ts';
import { withinDivision } from '../../server/platform/access/scope.ts';
import { insertPublishedQuarters } from '../../server/modules/assessments/assessments.fixture.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedAssessments } from './seed-assessments.ts';

const quiet = { info: () => undefined };
const TODAY = '2026-11-20';

describe('demo assessments', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    assert.equal(await loadDemoIfEmpty(t.deps, quiet), true);
  });
  after(() => t.close());

  test('without a published quarter of last year the seed skips quietly', async () => {
    assert.equal(await seedAssessments(createDemoWorld(t.deps, TODAY)), 0);
  });

  test('with published quarters, 会泽县 proposes its 2025 grades; written once', async () => {
    const members = await t.deps.db
      .select({ cadreId: teamMembers.cadreId, teamId: teamMembers.teamId, divisionCode: teamMembers.divisionCode })
      .from(teamMembers)
      .where(and(isNull(teamMembers.leftOn), withinDivision(teamMembers.divisionCode, '530326')))
      .limit(8);
    assert.ok(members.length > 0);
    await insertPublishedQuarters(t.deps, '530326000000', 2025, members.map((m, i) => ({ ...m, scores: [95 - i * 4, 94 - i * 4, 93 - i * 4, 92 - i * 4] })));
    const graded = await seedAssessments(createDemoWorld(t.deps, TODAY));
    assert.ok(graded > members.length - 1, `graded ${graded}`);
    const county = await signIn(t.app, 'huize-org', t.deps.config.demoPassword);
    const list = (await county.get('/api/assessments')).json();
    assert.deepEqual(list.items.map((a: { year: number; state: string }) => [a.year, a.state]), [[2025, 'open']]);
    assert.equal(await seedAssessments(createDemoWorld(t.deps, TODAY)), 0);
  });
});
