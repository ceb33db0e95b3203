import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedTemporaryBranches } from './seed-temporary-branches.ts';

describe('demo temporary branches', () => {
  let t: TestApp;
  let written: number;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    written = await seedTemporaryBranches(createDemoWorld(t.deps, '2026-11-20'));
  });
  after(() => t.close());

  test('茂名\'s branch: active on its 20 teams, elected 2016-11-10, asked by 李晓奋 and approved by the city', async () => {
    assert.equal(written, 2);
    const city = await signIn(t.app, 'maoming-city', t.deps.config.demoPassword);
    const list = (await city.get('/api/temporary-branches')).json();
    assert.equal(list.total, 1);
    const branch = (await city.get(`/api/temporary-branches/${list.items[0].id}`)).json();
    assert.equal(branch.status, 'active');
    assert.equal(branch.approvalLevel, 'city');
    assert.equal(branch.electedOn, '2016-11-10');
    assert.equal(branch.teams.length, 20);
    assert.ok(branch.formalCount >= 3);
    assert.deepEqual(
      branch.election.officers.map((o: { name: string; role: string }) => [o.role, o.name]).sort(),
      [['organization_member', '罗道叠'], ['propaganda_member', '容柏青'], ['secretary', '李晓奋']].sort(),
    );
    assert.ok(branch.members.every((m: { formalOrg: unknown; partyStatus: string }) => m.formalOrg !== null));
    assert.deepEqual(branch.workflow.steps.map((s: { action: string; at: string }) => [s.action, s.at.slice(0, 10)]), [
      ['submit', '2016-11-10'],
      ['approve', '2016-11-18'],
    ]);
    assert.equal(branch.workflow.steps[0].actorName, '李晓奋（长流村）');
  });

  test('苍溪\'s branch: approved by the county on its founding day; a second run writes nothing', async () => {
    const county = await signIn(t.app, 'cangxi-org', t.deps.config.demoPassword);
    const list = (await county.get('/api/temporary-branches?status=active')).json();
    assert.equal(list.total, 1);
    const branch = (await county.get(`/api/temporary-branches/${list.items[0].id}`)).json();
    assert.equal(branch.approvalLevel, 'county');
    assert.equal(branch.electedOn, '2019-04-10');
    assert.equal(branch.teams.length, 1);
    assert.deepEqual(branch.workflow.steps.map((s: { actorName: string }) => s.actorName), ['杨树鸿（临时党支部书记）', '苍溪县委组织部']);
    assert.equal(await seedTemporaryBranches(createDemoWorld(t.deps, '2026-11-20')), 0);
  });
});
