import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq, inArray, sql } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { units } from '../../server/modules/units/index.ts';
import { households } from '../../server/modules/households/index.ts';
import { projectBeneficiaries, projectFundSources, projectOutputs, projects, projectVillages } from '../../server/modules/projects/index.ts';
import { projectAllocations, projectPayments } from '../../server/modules/project-funds/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { centsOf, formatCents } from './project-money.ts';
import { planDemoProjects, seedProjects } from './seed-projects.ts';
import { seedHouseholds } from './seed-households.ts';

const TODAY = '2026-11-20';
const CHANGLIU = '440981101207';

/** The constraint a check violation names, whether the driver wraps the database error or not. */
function constraintOf(error: unknown): string | undefined {
  for (let e = error as { code?: string; constraint?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23514') return e.constraint;
  }
  return undefined;
}

describe('demo projects and funds', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    await seedHouseholds(createDemoWorld(t.deps, TODAY));
    await seedProjects(createDemoWorld(t.deps, TODAY));
  });
  after(() => t.close());

  const unitId = async (name: string) => {
    const [unit] = await t.deps.db.select({ id: units.id }).from(units).where(eq(units.name, name));
    assert.ok(unit, name);
    return unit.id;
  };
  const ofUnit = async (name: string) => t.deps.db.select().from(projects).where(eq(projects.proposerUnitId, await unitId(name)));
  const approvedTotal = async (name: string) => {
    const [row] = await t.deps.db.select({ total: sql<string>`sum(${projects.approvedBudget})::text` }).from(projects).where(eq(projects.proposerUnitId, await unitId(name)));
    return row!.total;
  };
  const outputTotal = async (name: string, kind: string) => {
    const [row] = await t.deps.db
      .select({ total: sql<string>`coalesce(sum(${projectOutputs.actual}), 0)::text` })
      .from(projectOutputs)
      .innerJoin(projects, eq(projects.id, projectOutputs.projectId))
      .where(sql`${projects.proposerUnitId} = ${await unitId(name)} and ${projectOutputs.kind} = ${kind}`);
    return Number(row!.total);
  };


  test('[003] 曲靖市国土资源局: 11 projects in its 3 villages, 44,908,700.00 yuan, all accepted, handed over or paid while in progress', async () => {
    const rows = await ofUnit('曲靖市国土资源局');
    assert.equal(rows.length, 11);
    assert.equal(await approvedTotal('曲靖市国土资源局'), '44908700.00');
    assert.deepEqual([...new Set(rows.map((p) => p.divisionCode))].sort(), ['530326105202', '530326105204', '530326105209']);
    assert.ok(rows.every((p) => ['accepted', 'handed_over', 'in_progress'].includes(p.state)));
    const categories = new Set(rows.map((p) => p.category));
    for (const category of ['geological_hazard', 'relocation', 'land_consolidation']) assert.ok(categories.has(category as never), category);
    const running = rows.filter((p) => p.state === 'in_progress').map((p) => p.id);
    assert.ok(running.length > 0);
    const paid = await t.deps.db.selectDistinct({ id: projectPayments.projectId }).from(projectPayments).where(inArray(projectPayments.projectId, running));
    assert.equal(paid.length, running.length);
  });

  test('[003] 会泽卷烟厂: its 4 villages, 10 kinds of work, 22,125,000.00 yuan', async () => {
    const name = '红云红河烟草（集团）有限责任公司会泽卷烟厂';
    const rows = await ofUnit(name);
    assert.equal(await approvedTotal(name), '22125000.00');
    assert.equal(new Set(rows.map((p) => p.category)).size, 10);
    const villages = await t.deps.db.selectDistinct({ code: projectVillages.divisionCode }).from(projectVillages).where(inArray(projectVillages.projectId, rows.map((p) => p.id)));
    assert.deepEqual(villages.map((v) => v.code).sort(), ['530326206208', '530326206213', '530326207216', '530326210208']);
  });

  test('[003] 曲靖市中级人民法院: 2,380,000.00 yuan in 拖车村 and 落水村 — 1 market, 2 squares, 2 rooms, the water works; 8 groups, 5,760 people', async () => {
    const name = '曲靖市中级人民法院';
    const rows = await ofUnit(name);
    assert.equal(await approvedTotal(name), '2380000.00');
    assert.deepEqual([...new Set(rows.map((p) => p.divisionCode))].sort(), ['530326102204', '530326102205']);
    const count = (part: string) => rows.filter((p) => p.name.includes(part)).length;
    assert.deepEqual([count('农贸市场'), count('文化活动小广场'), count('多功能室'), count('人畜饮水及灌溉用水工程修复')], [1, 2, 2, 1]);
    assert.equal(await outputTotal(name, 'people_served'), 5760);
    const groups = await t.deps.db.select().from(projectOutputs).where(inArray(projectOutputs.projectId, rows.map((p) => p.id)));
    assert.equal(groups.filter((o) => o.kind === 'other' && o.unit.includes('村民小组')).reduce((n, o) => n + Number(o.actual), 0), 8);
  });

  test('[004] 苍溪县应急管理局: 50.3 km of road, 64 houses rebuilt, 76 households earning more, 4 demonstration gardens', async () => {
    const name = '苍溪县应急管理局';
    assert.equal(await outputTotal(name, 'road_km'), 50.3);
    assert.equal(await outputTotal(name, 'houses_rebuilt'), 64);
    assert.equal(await outputTotal(name, 'households_income_up'), 76);
    const rows = await ofUnit(name);
    assert.equal(rows.filter((p) => p.category === 'industry' && p.name.endsWith('园')).length, 4);
    const villages = await t.deps.db.selectDistinct({ code: projectVillages.divisionCode }).from(projectVillages).where(inArray(projectVillages.projectId, rows.map((p) => p.id)));
    assert.equal(villages.length, 5);
  });

  test('[004] the demonstration gardens list their households: 杨正华 and those who followed him into herbs, 邹容邦 in the vineyard', async () => {
    const listed = async (projectName: string) =>
      (
        await t.deps.db
          .select({ name: households.householderName })
          .from(projectBeneficiaries)
          .innerJoin(projects, eq(projects.id, projectBeneficiaries.projectId))
          .innerJoin(households, eq(households.id, projectBeneficiaries.householdId))
          .where(eq(projects.name, projectName))
      ).map((r) => r.name);
    const herbs = await listed('英明村中药材示范园');
    assert.ok(herbs.includes('杨正华'));
    assert.ok(herbs.length >= 10 && herbs.length <= 14, `${herbs.length} households`);
    assert.deepEqual(await listed('英明村葡萄示范园'), ['邹容邦']);
  });

  test('长流村: an accepted road with payments and an industry project in progress, and no water supply project', async () => {
    const rows = await t.deps.db.select().from(projects).where(eq(projects.divisionCode, CHANGLIU));
    const road = rows.find((p) => p.category === 'road' && p.state === 'accepted');
    const industry = rows.find((p) => p.category === 'industry' && p.state === 'in_progress');
    assert.ok(road && industry);
    for (const project of [road, industry]) assert.ok((await t.deps.db.select().from(projectPayments).where(eq(projectPayments.projectId, project.id))).length >= 1);
    assert.ok(rows.every((p) => !p.name.includes('集中供水')));
    assert.ok(road.acceptanceNoticeEnd! < TODAY, 'the acceptance notice is over');
  });

  test('a project written in its state carries its approval history, and its next step works from the app', async () => {
    const [industry] = await t.deps.db.select().from(projects).where(sql`${projects.divisionCode} = ${CHANGLIU} and ${projects.category} = 'industry' and ${projects.state} = 'in_progress'`);
    assert.ok(industry?.workflowId);
    const leader = await signIn(t.app, 'changliu-leader', t.deps.config.demoPassword);
    const view = (await leader.get(`/api/projects/${industry.id}`)).json();
    assert.deepEqual(
      view.workflow.steps.map((h: { action: string }) => h.action),
      ['submit', 'review', 'approve', 'start'],
    );
    assert.ok(view.workflow.actions.some((a: { action: string }) => a.action === 'complete'));
    const done = await leader.post(`/api/projects/${industry.id}/transitions`, { action: 'complete', completedOn: TODAY, outputs: [] });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().state, 'completed');
    const county = await signIn(t.app, 'gaozhou-rural', t.deps.config.demoPassword);
    const todos = (await county.get('/api/todos')).json().items as { link: string }[];
    assert.ok(todos.some((i) => i.link === `/projects/${industry.id}`), 'the county sees the completed project to accept');
  });

  test('every budget is made of its sources; payments and allocations stay within them', async () => {
    const all = await t.deps.db.select().from(projects);
    const sources = await t.deps.db.select().from(projectFundSources);
    const payments = await t.deps.db.select().from(projectPayments);
    const allocations = await t.deps.db.select().from(projectAllocations);
    assert.ok(payments.length > 100);
    for (const project of all) {
      const own = sources.filter((s) => s.projectId === project.id);
      assert.equal(formatCents(own.reduce((n, s) => n + centsOf(s.amount), 0)), project.budget, project.name);
      const paid = payments.filter((p) => p.projectId === project.id).reduce((n, p) => n + centsOf(p.amount), 0);
      assert.ok(paid <= centsOf(project.approvedBudget!), project.name);
    }
    for (const source of sources) {
      const paid = payments.filter((p) => p.fundSourceId === source.id).reduce((n, p) => n + centsOf(p.amount), 0);
      const allocated = allocations.filter((a) => a.fundSourceId === source.id).reduce((n, a) => n + centsOf(a.amount), 0);
      assert.ok(paid <= centsOf(source.amount) && allocated === centsOf(source.amount), source.funder);
      if (source.kind === 'unit') assert.ok(source.unitId, `${source.funder} names its unit`);
    }
    assert.deepEqual(new Set(sources.map((s) => s.kind)), new Set(['fiscal', 'unit', 'enterprise', 'donation']));
  });

  test('the database refuses a payment beyond a source, so the ceiling the seed respects is real', async () => {
    const [source] = await t.deps.db.select().from(projectFundSources).limit(1);
    const [project] = await t.deps.db.select().from(projects).where(eq(projects.id, source!.projectId));
    // In a transaction of its own, so the refused statement leaves the connection usable.
    await assert.rejects(
      t.deps.db.transaction((tx) =>
        tx.insert(projectPayments).values({ projectId: project!.id, fundSourceId: source!.id, divisionCode: project!.divisionCode, paidOn: TODAY, amount: source!.amount, payee: '超额', purpose: '超额' }),
      ),
      (error: unknown) => constraintOf(error)?.startsWith('project_payments_within') === true,
    );
  });

  test('the same plan every time, and a second run writes nothing more', async () => {
    const first = await planDemoProjects(t.deps.db, TODAY, t.deps.config.households.noticeDays);
    const second = await planDemoProjects(t.deps.db, TODAY, t.deps.config.households.noticeDays);
    assert.deepEqual(first, second);
    const [before] = await t.deps.db.select({ n: sql<number>`count(*)::int` }).from(projectPayments);
    await seedProjects(createDemoWorld(t.deps, TODAY));
    const [afterwards] = await t.deps.db.select({ n: sql<number>`count(*)::int` }).from(projectPayments);
    assert.equal(afterwards!.n, before!.n);
    assert.equal(before!.n, first.payments.length);
  });
});
