import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { asc, count, eq, ne } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../server/test/test-app.ts';
import { householdPersons, households } from '../../server/modules/households/index.ts';
import { teamMembers, teamVillages } from '../../server/modules/teams/index.ts';
import { visits } from '../../server/modules/visits/index.ts';
import { diaries } from '../../server/modules/diaries/index.ts';
import { demands } from '../../server/modules/demands/index.ts';
import { disputeMediations, disputes } from '../../server/modules/disputes/index.ts';
import { labourTransfers } from '../../server/modules/labour-transfers/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedHouseholds } from './seed-households.ts';
import { seedFieldwork } from './seed-fieldwork.ts';
import { householdVillageCodes } from './household-villages.ts';
import { LEBANG } from './household-disputes.ts';

const TODAY = '2026-11-20';
const MONTH_START = '2026-10-21';

describe('demo field work', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    const world = createDemoWorld(t.deps, TODAY);
    await seedHouseholds(world);
    await seedFieldwork(world);
  });
  after(() => t.close());


  test('visits fall in the month, by a cadre serving the village, and leave some households unvisited', async () => {
    const rows = await t.deps.db.select().from(visits);
    assert.ok(rows.length > 150, `${rows.length} visits`);
    assert.ok(rows.every((v) => v.visitedOn >= MONTH_START && v.visitedOn < TODAY && v.findings.length > 0));
    assert.ok(rows.some((v) => v.followUp && v.followUpDone) && rows.some((v) => v.followUp && !v.followUpDone));
    const serving = await t.deps.db.select({ cadreId: teamMembers.cadreId, code: teamVillages.divisionCode }).from(teamMembers).innerJoin(teamVillages, eq(teamVillages.teamId, teamMembers.teamId));
    const pairs = new Set(serving.map((s) => `${s.cadreId}:${s.code}`));
    assert.ok(rows.every((v) => pairs.has(`${v.cadreId}:${v.divisionCode}`)));
    const tuoche = await t.deps.db.select({ id: households.id, status: households.status }).from(households).where(eq(households.divisionCode, householdVillageCodes.tuoche));
    const visited = new Set(rows.map((v) => v.householdId));
    const share = tuoche.filter((h) => visited.has(h.id)).length / tuoche.length;
    assert.ok(share > 0.5 && share < 1, `coverage ${share}`);
  });

  test('the team cadres keep a diary on some days, never every day', async () => {
    const rows = await t.deps.db.select({ cadreId: diaries.cadreId, n: count() }).from(diaries).where(eq(diaries.divisionCode, householdVillageCodes.tuoche)).groupBy(diaries.cadreId);
    assert.ok(rows.length >= 2);
    assert.ok(rows.every((r) => r.n >= 1 && r.n < 30), JSON.stringify(rows));
  });

  test('demands: most solved with days to solve, some open, one overdue in 拖车村', async () => {
    const rows = await t.deps.db.select().from(demands);
    const solved = rows.filter((d) => d.state === 'solved');
    assert.ok(solved.length > rows.length / 3);
    assert.ok(solved.every((d) => d.solvedOn! > d.assignedOn! && d.solvedOn! < TODAY && d.solution));
    assert.ok(rows.some((d) => d.state === 'open' && d.assignedCadreId === null));
    const overdue = rows.filter((d) => d.state === 'assigned' && d.dueOn! < TODAY);
    assert.equal(overdue.length, 1);
    assert.equal(overdue[0]!.divisionCode, householdVillageCodes.tuoche);
  });

  test('[001] 坪江二组 forest-rights dispute: 43 years old, ended by mediation; village disputes in every state', async () => {
    const [forest] = await t.deps.db.select().from(disputes).where(eq(disputes.divisionCode, LEBANG));
    assert.ok(forest);
    assert.equal(forest.category, 'forest_rights');
    assert.equal(forest.state, 'resolved');
    assert.equal(Number(forest.resolvedOn!.slice(0, 4)) - Number(forest.startedOn!.slice(0, 4)), 43);
    const sessions = await t.deps.db.select().from(disputeMediations).where(eq(disputeMediations.disputeId, forest.id)).orderBy(asc(disputeMediations.mediatedOn));
    assert.equal(sessions.length, 4);
    assert.ok(sessions[0]!.mediators.includes('陆曙光'));
    assert.equal(sessions.at(-1)!.mediatedOn, forest.resolvedOn);
    const states = new Set((await t.deps.db.select({ state: disputes.state }).from(disputes)).map((d) => d.state));
    for (const state of ['resolved', 'mediating'] as const) assert.ok(states.has(state));
  });

  test('everyone working away has a labour transfer at 3,000–6,000 yuan a month', async () => {
    const away = await t.deps.db.select({ n: count() }).from(householdPersons).where(eq(householdPersons.workingAway, true));
    const rows = await t.deps.db.select().from(labourTransfers);
    assert.equal(rows.length, away[0]!.n);
    assert.ok(rows.every((r) => r.monthlyIncome >= 3000 && r.monthlyIncome <= 6000 && r.startedOn < TODAY));
    const destinations = new Set(rows.map((r) => r.destination));
    assert.ok(destinations.has('广东东莞') && destinations.has('浙江宁波'));
    const [mismatched] = await t.deps.db
      .select({ n: count() })
      .from(labourTransfers)
      .innerJoin(householdPersons, eq(householdPersons.id, labourTransfers.personId))
      .where(ne(householdPersons.householdId, labourTransfers.householdId));
    assert.equal(mismatched!.n, 0);
  });
});
