import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { addIsoDays, leaveToday } from '../../../contracts/leave-rules.ts';
import { recordUnitPresence } from '../units/index.ts';
import { responsibilityLetters, responsibilityTasks } from './responsibility-letters.schema.ts';

type Field = { path: string; message: string };
type Task = { id: string; state: string; overdue: boolean; abilities: { report: boolean; confirm: boolean; return: boolean }; returnedReason: string | null; reportedByName: string | null; confirmedByName: string | null; completedOn: string | null };
type View = { id: string; taskList: Task[]; tasks: { total: number; open: number; overdue: number }; abilities: { update: boolean; delete: boolean } };
type Todo = { link: string; overdue: boolean; menuPath: string };
const paths = (body: { fields?: Field[] }) => (body.fields ?? []).map((f) => f.path).sort();
const today = leaveToday();
const year = Number(today.slice(0, 4));
const signedOn = `${year}-01-01`;

describe('responsibility letter routes', () => {
  let t: TestApp;
  let court: string;
  let stranger: string;
  let station: Session;
  let county: Session;
  let huizeStation: Session;
  let courtParty: Session;
  let otherParty: Session;
  let township: Session;

  const body = (overrides: Record<string, unknown> = {}) => ({
    unitId: court,
    divisionCode: places.changliu,
    year,
    title: `${year} 年长流村帮扶责任状`,
    signedOn,
    signedWith: '高州市扶贫攻坚服务站',
    tasks: [
      { title: '村道硬化', target: '完成村委会至三组道路硬化 1.8 公里', dueOn: `${year}-12-31` },
      { title: '集中供水', target: '建成集中供水工程，覆盖 320 户', dueOn: `${year}-12-31` },
    ],
    ...overrides,
  });
  const create = async (overrides: Record<string, unknown> = {}) => {
    const response = await station.post('/api/responsibility-letters', body(overrides));
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as View;
  };
  const taskUrl = (letter: View, index: number, step: string) => `/api/responsibility-letters/${letter.id}/tasks/${letter.taskList[index]!.id}/${step}`;
  const report = (who: Session, letter: View, index: number, completedOn = today) =>
    who.post(taskUrl(letter, index, 'report'), { completedOn, completionNote: '已完成并通过镇村验收' });

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    court = (await createUnit(t.deps, { name: '广东省高级人民法院', divisionCode: places.guangdong, type: 'provincial' })).id;
    stranger = (await createUnit(t.deps, { name: '广东省某厅', divisionCode: places.guangdong, type: 'provincial' })).id;
    await recordUnitPresence(t.deps.db, [
      { unitId: court, divisionCode: places.changliu },
      { unitId: stranger, divisionCode: places.zhenjiangVillage },
    ]);
    station = await sessionAs(t.app, t.deps, ['service_station'], { division: places.gaozhou });
    county = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    huizeStation = await sessionAs(t.app, t.deps, ['service_station'], { division: places.huize });
    courtParty = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: court });
    otherParty = await sessionAs(t.app, t.deps, ['unit_party'], { unitId: stranger });
    township = await sessionAs(t.app, t.deps, ['township_party'], { division: places.xindong });
  });
  after(() => t.close());

  test('400 names the field: no task, bad shape, due before signing, a unit not serving the village; nothing saved', async () => {
    const none = await station.post('/api/responsibility-letters', body({ tasks: [] }));
    assert.equal(none.statusCode, 400);
    assert.deepEqual(paths(none.json()), ['tasks']);
    const shape = await station.post('/api/responsibility-letters', body({ tasks: [{ title: '', target: '', dueOn: 'soon' }] }));
    assert.deepEqual(paths(shape.json()), ['tasks.0.dueOn', 'tasks.0.target', 'tasks.0.title']);
    const early = await station.post('/api/responsibility-letters', body({ tasks: [{ title: '产业', target: '荔枝提质 500 亩', dueOn: `${year - 1}-12-31` }] }));
    assert.equal(early.statusCode, 400);
    assert.deepEqual(paths(early.json()), ['tasks.0.dueOn']);
    const notThere = await station.post('/api/responsibility-letters', body({ unitId: stranger }));
    assert.deepEqual(paths(notThere.json()), ['unitId']);
    const notVillage = await station.post('/api/responsibility-letters', body({ divisionCode: places.xindong }));
    assert.deepEqual(paths(notVillage.json()), ['divisionCode']);
    assert.equal((await huizeStation.post('/api/responsibility-letters', body())).statusCode, 404);
    assert.equal((await courtParty.post('/api/responsibility-letters', body())).statusCode, 403);
    assert.equal((await t.deps.db.select().from(responsibilityLetters)).length, 0);
    assert.equal((await t.deps.db.select().from(responsibilityTasks)).length, 0);
  });

  test('create → report → return with a reason → report again → confirm, each on the trail', async () => {
    const letter = await create();
    assert.equal(letter.taskList.length, 2);
    assert.deepEqual(letter.taskList.map((task) => task.state), ['open', 'open']);
    assert.equal(letter.taskList[0]!.abilities.report, false);
    const seen = (await courtParty.get(`/api/responsibility-letters/${letter.id}`)).json() as View;
    assert.equal(seen.taskList[0]!.abilities.report, true);

    assert.equal((await report(station, letter, 0)).statusCode, 403);
    assert.equal((await station.post(taskUrl(letter, 0, 'confirm'))).statusCode, 409);
    const future = await report(courtParty, letter, 0, addIsoDays(today, 1));
    assert.equal(future.statusCode, 400);
    assert.deepEqual(paths(future.json()), ['completedOn']);
    const blank = await courtParty.post(taskUrl(letter, 0, 'report'), { completedOn: today });
    assert.deepEqual(paths(blank.json()), ['completionNote']);

    const reported = await report(courtParty, letter, 0);
    assert.equal(reported.statusCode, 200, reported.body);
    assert.equal((reported.json() as View).taskList[0]!.state, 'reported');
    assert.equal((await report(courtParty, letter, 0)).statusCode, 409);
    assert.equal((await courtParty.post(taskUrl(letter, 0, 'confirm'))).statusCode, 403);

    const bare = await station.post(taskUrl(letter, 0, 'return'), {});
    assert.equal(bare.statusCode, 400);
    assert.deepEqual(paths(bare.json()), ['reason']);
    const returned = await station.post(taskUrl(letter, 0, 'return'), { reason: '缺少验收照片和镇村验收单' });
    assert.equal(returned.statusCode, 200, returned.body);
    const back = (returned.json() as View).taskList[0]!;
    assert.equal(back.state, 'open');
    assert.equal(back.returnedReason, '缺少验收照片和镇村验收单');

    assert.equal((await report(courtParty, letter, 0)).statusCode, 200);
    const confirmed = await county.post(taskUrl(letter, 0, 'confirm'));
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    const done = (confirmed.json() as View).taskList[0]!;
    assert.equal(done.state, 'confirmed');
    assert.equal(done.completedOn, today);
    assert.ok(done.reportedByName && done.confirmedByName);
    assert.equal((await station.post(taskUrl(letter, 0, 'return'), { reason: '再看看' })).statusCode, 409);

    const trail = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, letter.taskList[0]!.id));
    assert.deepEqual(trail.map((e) => e.action).sort(), [
      'responsibility-letters.confirm',
      'responsibility-letters.report',
      'responsibility-letters.report',
      'responsibility-letters.return',
    ]);
    const [created] = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, letter.id));
    assert.equal(created?.action, 'responsibility-letters.create');

    const final = (await station.get(`/api/responsibility-letters/${letter.id}`)).json() as View;
    assert.deepEqual(final.abilities, { update: false, delete: false });
    const locked = await station.patch(`/api/responsibility-letters/${letter.id}`, body());
    assert.equal(locked.statusCode, 409);
    assert.equal((await station.delete(`/api/responsibility-letters/${letter.id}`)).statusCode, 409);
  });

  test('out of scope is 404: another county, another unit; the village\'s township reads and cannot act', async () => {
    const letter = await create();
    assert.equal((await huizeStation.get(`/api/responsibility-letters/${letter.id}`)).statusCode, 404);
    assert.equal((await huizeStation.post(taskUrl(letter, 0, 'confirm'))).statusCode, 404);
    assert.equal((await otherParty.get(`/api/responsibility-letters/${letter.id}`)).statusCode, 404);
    assert.equal((await report(otherParty, letter, 0)).statusCode, 404);
    assert.ok(!(await huizeStation.get('/api/responsibility-letters')).json().items.some((i: { id: string }) => i.id === letter.id));
    assert.equal((await township.get(`/api/responsibility-letters/${letter.id}`)).statusCode, 200);
    assert.equal((await report(township, letter, 0)).statusCode, 403);
    assert.equal((await township.post(taskUrl(letter, 0, 'confirm'))).statusCode, 403);
    assert.equal((await township.delete(`/api/responsibility-letters/${letter.id}`)).statusCode, 403);
    const missing = `/api/responsibility-letters/${letter.id}/tasks/00000000-0000-4000-8000-000000000000/confirm`;
    assert.equal((await station.post(missing)).statusCode, 404);
  });

  test('edit keeps a reported task, refuses to drop it; delete only while every task is open', async () => {
    const letter = await create();
    assert.equal((await report(courtParty, letter, 1)).statusCode, 200);
    const kept = letter.taskList.map((task, index) => ({ id: task.id, ...body().tasks[index]! }));
    const edited = await station.patch(`/api/responsibility-letters/${letter.id}`, body({
      title: '长流村帮扶责任状（修订）',
      tasks: [...kept, { title: '党建阵地', target: '党群服务中心改造', dueOn: `${year}-10-31` }],
    }));
    assert.equal(edited.statusCode, 200, edited.body);
    const view = edited.json() as View & { title: string };
    assert.equal(view.title, '长流村帮扶责任状（修订）');
    assert.deepEqual(view.taskList.map((task) => task.state), ['open', 'reported', 'open']);
    const dropped = await station.patch(`/api/responsibility-letters/${letter.id}`, body({ tasks: [kept[0]] }));
    assert.equal(dropped.statusCode, 409);
    assert.equal((await station.delete(`/api/responsibility-letters/${letter.id}`)).statusCode, 409);

    const fresh = await create();
    assert.equal((await station.delete(`/api/responsibility-letters/${fresh.id}`)).statusCode, 204);
    assert.equal((await station.get(`/api/responsibility-letters/${fresh.id}`)).statusCode, 404);
    assert.equal((await t.deps.db.select().from(responsibilityTasks).where(eq(responsibilityTasks.letterId, fresh.id))).length, 0);
  });

  test('list filters, overdue, to-do items for the unit and the station, performance figures', async () => {
    const late = await create({ year: year - 1, signedOn: `${year - 1}-02-01`, title: '上年度责任状', tasks: [
      { title: '修路', target: '硬化 2 公里', dueOn: `${year - 1}-06-30` },
      { title: '饮水', target: '饮水工程', dueOn: `${year - 1}-09-30` },
      { title: '产业', target: '荔枝基地 300 亩', dueOn: `${year - 1}-10-31` },
      { title: '阵地', target: '党群服务中心', dueOn: `${year - 1}-11-30` },
    ] });
    await t.deps.db.update(responsibilityTasks).set({ state: 'confirmed', completedOn: `${year - 1}-06-20` }).where(eq(responsibilityTasks.id, late.taskList[0]!.id));
    await t.deps.db.update(responsibilityTasks).set({ state: 'confirmed', completedOn: `${year - 1}-10-15` }).where(eq(responsibilityTasks.id, late.taskList[1]!.id));
    await t.deps.db.update(responsibilityTasks).set({ state: 'reported', completedOn: `${year - 1}-10-20` }).where(eq(responsibilityTasks.id, late.taskList[2]!.id));

    const overdue = (await station.get(`/api/responsibility-letters?hasOverdue=true&year=${year - 1}`)).json();
    assert.deepEqual(overdue.items.map((i: { id: string }) => i.id), [late.id]);
    assert.equal(overdue.items[0].tasks.overdue, 1);
    const thisYear = (await station.get(`/api/responsibility-letters?year=${year}&unitId=${court}&pageSize=200`)).json();
    assert.ok(thisYear.total >= 1 && thisYear.items.every((i: { year: number }) => i.year === year));

    const unitTodos = ((await courtParty.get('/api/todos')).json().items as Todo[]).filter((i) => i.menuPath === '/responsibility-letters');
    assert.ok(unitTodos.some((i) => i.link === `/responsibility-letters/${late.id}` && i.overdue));
    const stationTodos = ((await station.get('/api/todos')).json().items as Todo[]).filter((i) => i.menuPath === '/responsibility-letters');
    assert.ok(stationTodos.some((i) => i.link === `/responsibility-letters/${late.id}`));
    assert.equal(((await huizeStation.get('/api/todos')).json().items as Todo[]).filter((i) => i.menuPath === '/responsibility-letters').length, 0);

    const performance = (await station.get(`/api/responsibility-letters/performance?year=${year - 1}`)).json();
    assert.deepEqual(performance.items, [
      { unitId: court, unitName: '广东省高级人民法院', letters: 1, total: 4, confirmed: 2, confirmedOnTime: 1, reported: 1, openOverdue: 1, completionRate: 50 },
    ]);
    assert.deepEqual((await huizeStation.get(`/api/responsibility-letters/performance?year=${year - 1}`)).json().items, []);
    assert.equal((await courtParty.get(`/api/responsibility-letters/performance?year=${year - 1}`)).json().items[0].total, 4);
    assert.equal((await station.get('/api/responsibility-letters/performance')).statusCode, 400);
  });

  test('exports: the list and the performance as workbooks, both on the trail; the unit picker', async () => {
    for (const url of ['/api/responsibility-letters/export', `/api/responsibility-letters/performance/export?year=${year}`]) {
      const response = await station.get(url);
      assert.equal(response.statusCode, 200, response.body);
      assert.match(String(response.headers['content-type']), /spreadsheetml/);
    }
    const exports = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'responsibility-letters.export'));
    assert.equal(exports.length, 2);
    assert.equal((await township.get('/api/responsibility-letters/export')).statusCode, 403);
    const units = (await station.get('/api/responsibility-letters/units?q=法院')).json();
    assert.deepEqual(units.items.map((u: { name: string; villages: { code: string }[] }) => [u.name, u.villages.map((v) => v.code)]), [['广东省高级人民法院', [places.changliu]]]);
    assert.equal((await huizeStation.get('/api/responsibility-letters/units?q=法院')).json().items.length, 0);
  });
});
