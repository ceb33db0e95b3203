import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedMeetings } from './seed-meetings.ts';

const TODAY = '2026-11-20';
type Named = { id: string; name: string; title: string; memberCount: number; teamCount: number };

describe('demo meetings and liaison groups', () => {
  let t: TestApp;
  const as = (username: string) => signIn(t.app, username, t.deps.config.demoPassword);

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
  });
  after(() => t.close());

  test('[000] 茂名: the symposium of the twenty teams, chaired by 李晓奋, and the liaison group it set up; once only', async () => {
    const world = createDemoWorld(t.deps, TODAY);
    assert.equal(await seedMeetings(world), 5);
    assert.equal(await seedMeetings(world), 0);
    const city = await as('maoming-city');
    const [symposium] = (await city.get('/api/meetings?kind=symposium')).json().items as Named[];
    const detail = (await city.get(`/api/meetings/${symposium!.id}`)).json();
    assert.equal(detail.heldOn, '2016-11-10');
    assert.equal(detail.teams.length, 20);
    assert.equal(detail.agenda.length, 5);
    assert.match(detail.host, /李晓奋/);
    assert.deepEqual(detail.outcomes.filter((o: { kind: string }) => o.kind === 'decision').length, 2);
    assert.deepEqual(detail.groups.map((g: { name: string }) => g.name), ['省直中直驻茂名市精准扶贫工作联络小组']);
    const group = (await city.get(`/api/liaison-groups/${detail.groups[0].id}`)).json();
    assert.equal(group.members.length, 20);
    assert.equal(group.meeting.id, symposium!.id);
    const leader = group.members.find((m: { role: string }) => m.role === 'leader');
    assert.match(leader.teamName, /^广东省高级人民法院/);
    assert.equal(leader.contactName, '李晓奋');
    assert.equal(group.members.filter((m: { role: string }) => m.role === 'deputy').length, 2);
  });

  test('a team sees the city’s meeting and group it took part in; 高州市 sees them through its villages’ teams', async () => {
    for (const username of ['changliu-leader', 'gaozhou-org']) {
      const session = await as(username);
      const meetings = (await session.get('/api/meetings')).json().items as Named[];
      assert.ok(meetings.some((m) => m.title === '茂名市省直中直驻村党建扶贫工作交流座谈会'), username);
      const groups = (await session.get('/api/liaison-groups')).json().items as Named[];
      assert.ok(groups.some((g) => g.name === '省直中直驻茂名市精准扶贫工作联络小组'), username);
    }
    const huize = (await (await as('huize-org')).get('/api/meetings')).json().items as Named[];
    assert.ok(!huize.some((m) => m.title === '茂名市省直中直驻村党建扶贫工作交流座谈会'));
  });

  test('[003] 会泽县 keeps a WeChat group of all its teams; 娜姑镇 a QQ group and this month’s progress meeting', async () => {
    const county = (await (await as('huize-org')).get('/api/liaison-groups?kind=chat_group')).json().items as Named[];
    assert.equal(county.find((g) => g.name === '会泽县驻村扶贫工作队微信群')?.memberCount, 355);
    const township = await as('nagu-party');
    const qq = ((await township.get('/api/liaison-groups?kind=chat_group')).json().items as Named[]).find((g) => g.name === '娜姑镇驻村工作队QQ群');
    assert.ok(qq && qq.memberCount >= 10, `${qq?.memberCount} teams`);
    const promotion = ((await township.get('/api/meetings?kind=promotion')).json().items as (Named & { heldOn: string })[])[0];
    assert.equal(promotion?.heldOn, '2026-10-31');
    assert.equal(promotion?.teamCount, qq!.memberCount);
    const tuoche = (await (await as('tuoche-leader')).get('/api/meetings')).json().items as Named[];
    assert.ok(tuoche.some((m) => m.id === promotion!.id));
  });
});
