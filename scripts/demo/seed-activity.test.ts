import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { loadDemoIfEmpty } from './load-demo.ts';

const quiet = { info: () => undefined };

describe('demo month of activity', () => {
  let t: TestApp;

  // How long this takes is measured by `npm run bench -- --demo-load`, not here.
  before(async () => {
    t = await createTestApp();
    assert.equal(await loadDemoIfEmpty(t.deps, quiet, { activity: true }), true);
  });
  after(() => t.close());

  const menus = async (username: string) => {
    const session = await signIn(t.app, username, t.deps.config.demoPassword);
    const body = (await session.get('/api/todos')).json() as { counts: Record<string, number> };
    return Object.keys(body.counts).sort();
  };

  test('each named role finds its work waiting: leave, check-ins, reports, selection, rectifications', async () => {
    const township = await menus('nagu-party');
    for (const path of ['/leave', '/presence', '/reports']) assert.ok(township.includes(path), `nagu-party lacks ${path}: ${township.join()}`);
    const county = await menus('huize-org');
    for (const path of ['/leave', '/selection']) assert.ok(county.includes(path), `huize-org lacks ${path}: ${county.join()}`);
    const leader = await menus('tuoche-leader');
    for (const path of ['/inspections', '/reports']) assert.ok(leader.includes(path), `tuoche-leader lacks ${path}: ${leader.join()}`);
  });

  test('the lists the stories start from are not empty', async () => {
    const discipline = await signIn(t.app, 'huize-discipline', t.deps.config.demoPassword);
    assert.ok((await discipline.get('/api/inspections')).json().total >= 4);
    assert.ok((await discipline.get('/api/inspections/criticisms')).json().total >= 1);
    const county = await signIn(t.app, 'huize-org', t.deps.config.demoPassword);
    assert.ok((await county.get('/api/selection/nominations')).json().total >= 4);
    assert.ok((await county.get('/api/trainings')).json().total >= 3);
    assert.ok((await county.get('/api/reports')).json().total >= 300);
    const stats = (await county.get('/api/duty-stats')).json();
    assert.ok(stats.total.teams >= 355, JSON.stringify(stats.total));
  });
});
