import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { count, eq } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { responsibilityLetters, responsibilityTasks } from '../../server/modules/responsibility-letters/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedResponsibilityLetters } from './seed-responsibility-letters.ts';

type Todo = { menuPath: string; overdue: boolean; link: string };
type Performance = { unitName: string; total: number; confirmed: number; confirmedOnTime: number; reported: number; openOverdue: number; completionRate: number | null };

describe('demo responsibility letters', () => {
  let t: TestApp;
  let written = 0;
  const year = Number(new Date().toISOString().slice(0, 4));

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    written = await seedResponsibilityLetters(createDemoWorld(t.deps));
  });
  after(() => t.close());

  test('高州市 and 电白区 sign with their lead units, 会泽县 with [003]\'s three; 3–6 tasks each; written once', async () => {
    const letters = await t.deps.db.select().from(responsibilityLetters);
    assert.equal(letters.length, written);
    assert.ok(written >= 20, `${written} letters`);
    assert.ok(letters.every((l) => l.year === year));
    const perLetter = await t.deps.db.select({ letterId: responsibilityTasks.letterId, n: count() }).from(responsibilityTasks).groupBy(responsibilityTasks.letterId);
    assert.ok(perLetter.every((l) => l.n >= 3 && l.n <= 6));
    const states = await t.deps.db.select({ state: responsibilityTasks.state, n: count() }).from(responsibilityTasks).groupBy(responsibilityTasks.state);
    assert.deepEqual(states.map((s) => s.state).sort(), ['confirmed', 'open', 'reported']);
    assert.equal(await seedResponsibilityLetters(createDemoWorld(t.deps)), 0);
  });

  test('the station sees its county\'s letters, some overdue, and reported tasks waiting in its to-do list', async () => {
    const station = await signIn(t.app, 'gaozhou-station', t.deps.config.demoPassword);
    const list = (await station.get('/api/responsibility-letters?pageSize=200')).json();
    assert.ok(list.total >= 1);
    assert.ok(list.items.every((i: { divisionCode: string }) => i.divisionCode.startsWith('440981')));
    assert.ok((await station.get('/api/responsibility-letters?hasOverdue=true')).json().total >= 1);
    const todos = ((await station.get('/api/todos')).json().items as Todo[]).filter((i) => i.menuPath === '/responsibility-letters');
    assert.ok(todos.length >= 1);
    const performance = (await station.get(`/api/responsibility-letters/performance?year=${year}`)).json().items as Performance[];
    assert.equal(performance.length, list.total);
    for (const row of performance) {
      assert.ok(row.confirmedOnTime <= row.confirmed && row.confirmed + row.reported + row.openOverdue <= row.total);
    }
  });

  test('省法院 finds 长流村\'s task due within two weeks and the overdue one sent back', async () => {
    const court = await signIn(t.app, 'gdcourt-unit', t.deps.config.demoPassword);
    const list = (await court.get('/api/responsibility-letters')).json();
    assert.equal(list.total, 1);
    assert.equal(list.items[0].villageName, '长流村委会');
    const todos = ((await court.get('/api/todos')).json().items as Todo[]).filter((i) => i.menuPath === '/responsibility-letters');
    assert.equal(todos.length, 2);
    assert.equal(todos.filter((i) => i.overdue).length, 1);
    const letter = (await court.get(`/api/responsibility-letters/${list.items[0].id}`)).json();
    assert.deepEqual(letter.taskList.map((task: { state: string }) => task.state), ['confirmed', 'reported', 'open', 'open', 'open']);
    assert.ok(letter.taskList[2].returnedReason);
  });

  test('会泽县 holds the letters of 曲靖市中级人民法院, 会泽卷烟厂 and 曲靖市国土资源局', async () => {
    const county = await signIn(t.app, 'huize-org', t.deps.config.demoPassword);
    const performance = (await county.get(`/api/responsibility-letters/performance?year=${year}`)).json().items as Performance[];
    assert.deepEqual(performance.map((p) => p.unitName).sort(), ['曲靖市中级人民法院', '曲靖市国土资源局', '红云红河烟草（集团）有限责任公司会泽卷烟厂'].sort());
    const qjcourt = await signIn(t.app, 'qjcourt-unit', t.deps.config.demoPassword);
    const mine = (await qjcourt.get('/api/responsibility-letters')).json();
    assert.ok(mine.total >= 1);
    const [first] = await t.deps.db.select().from(responsibilityLetters).where(eq(responsibilityLetters.id, mine.items[0].id));
    assert.equal(first?.signedWith, '会泽县委组织部');
  });
});
