import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { count, eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../server/test/test-app.ts';
import { projectFundSources, projectOutputs, projects, projectVillages } from '../../server/modules/projects/index.ts';
import { projectPayments } from '../../server/modules/project-funds/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { addDays, createDemoWorld } from './demo-world.ts';
import { PINGZHENG, SHADI } from './seed-wuzhou.ts';
import { planWuzhouProjects, seedWuzhouProjects, shareOut, wuzhouProjectFigures } from './seed-wuzhou-projects.ts';

const TODAY = '2026-11-20';

describe('[002] 梧州: a year of roads, bridges, water and sanitation works', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    await seedWuzhouProjects(createDemoWorld(t.deps, TODAY));
  });
  after(() => t.close());

  const actualUnder = async (prefix: string, kind: string) => {
    const [row] = await t.deps.db.execute<{ total: string }>(sql`
      select coalesce(sum(o.actual), 0)::text as total
      from ${projectOutputs} o join ${projects} p on p.id = o.project_id
      where p.division_code like ${`${prefix}%`} and o.kind = ${kind} and p.state in ('completed', 'accepted')
        and p.completed_on > ${addDays(TODAY, -365)}`).then((r) => ('rows' in r ? r.rows : r) as { total: string }[]);
    return Number(row!.total);
  };


  test('under 450400000000: 900+ km of road, nearly 200 bridges, 200+ water works, 500+ sanitation works, all done within the year', async () => {
    assert.equal(await actualUnder('4504', 'road_km'), wuzhouProjectFigures.roadKm);
    assert.equal(await actualUnder('4504', 'bridges'), 198);
    assert.equal(await actualUnder('4504', 'water_projects'), 206);
    assert.equal(await actualUnder('4504', 'sanitation_projects'), 517);
    assert.ok(wuzhouProjectFigures.roadKm > 900 && wuzhouProjectFigures.bridges < 200);
    const states = await t.deps.db.selectDistinct({ state: projects.state }).from(projects).where(sql`${projects.divisionCode} like '4504%'`);
    assert.deepEqual(states.map((s) => s.state).sort(), ['accepted', 'completed']);
  });

  test('the works lie in the 179 villages; every project has its budget made up by its sources, a proposer and beneficiaries', async () => {
    const [villages] = await t.deps.db.select({ n: sql<number>`count(distinct ${projectVillages.divisionCode})::int` }).from(projectVillages).where(sql`${projectVillages.divisionCode} like '4504%'`);
    assert.ok(villages!.n >= 170 && villages!.n <= 179, `${villages!.n} villages`);
    const unbalanced = await t.deps.db.execute(sql`
      select p.id from ${projects} p left join ${projectFundSources} s on s.project_id = p.id
      where p.division_code like '4504%' group by p.id, p.approved_budget having coalesce(sum(s.amount), 0) <> p.approved_budget`);
    assert.equal(('rows' in unbalanced ? unbalanced.rows : unbalanced).length, 0);
    const overpaid = await t.deps.db.execute(sql`
      select p.id from ${projects} p join ${projectPayments} pay on pay.project_id = p.id
      where p.division_code like '4504%' group by p.id, p.approved_budget having sum(pay.amount) > p.approved_budget`);
    assert.equal(('rows' in overpaid ? overpaid.rows : overpaid).length, 0);
    const rows = await t.deps.db.select().from(projects).where(sql`${projects.divisionCode} like '4504%'`);
    assert.ok(rows.every((p) => p.proposerCadreId && p.proposerUnitId && p.beneficiaryHouseholds > 0 && p.beneficiaryPersons >= p.beneficiaryHouseholds));
    assert.ok(rows.every((p) => p.completedOn! <= TODAY && p.completedOn! > addDays(TODAY, -365)));
  });

  test('the model villages get more than the others', async () => {
    const km = async (code: string) => {
      const [row] = await t.deps.db
        .select({ total: sql<string>`coalesce(sum(${projectOutputs.actual}), 0)::text` })
        .from(projectOutputs)
        .innerJoin(projects, eq(projects.id, projectOutputs.projectId))
        .where(sql`${projects.divisionCode} = ${code} and ${projectOutputs.kind} = 'road_km'`);
      return Number(row!.total);
    };
    const average = wuzhouProjectFigures.roadKm / 179;
    assert.ok((await km(PINGZHENG)) > average, `平政村 ${await km(PINGZHENG)} km`);
    assert.ok((await km(SHADI)) > average, `沙地村 ${await km(SHADI)} km`);
  });

  test('the plan is the same on every run, and a second seed writes nothing', async () => {
    const first = await planWuzhouProjects(t.deps.db, TODAY, t.deps.config.households.noticeDays);
    const second = await planWuzhouProjects(t.deps.db, TODAY, t.deps.config.households.noticeDays);
    assert.deepEqual(first.projects.map((p) => [p.id, p.budget]), second.projects.map((p) => [p.id, p.budget]));
    const [before] = await t.deps.db.select({ n: count() }).from(projects);
    await seedWuzhouProjects(createDemoWorld(t.deps, TODAY));
    const [afterwards] = await t.deps.db.select({ n: count() }).from(projects);
    assert.equal(afterwards!.n, before!.n);
  });

  test('shares add up to the total', () => {
    assert.deepEqual(shareOut([1, 1, 1], 10), [4, 3, 3]);
    assert.equal(shareOut([3, 1.2, 0.7, 1], 9126).reduce((a, b) => a + b, 0), 9126);
  });
});
