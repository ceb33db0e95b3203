import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { createDemoWorld } from './demo-world.ts';
import { seedHouseholds } from './seed-households.ts';
import { seedIndustry } from './seed-industry.ts';
import { seedOrgLife } from './seed-org-life.ts';

const TODAY = '2026-11-20';

describe('demo organizational life', () => {
  let t: TestApp;
  let written: number;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    const world = createDemoWorld(t.deps, TODAY);
    await seedHouseholds(world);
    await seedIndustry(world);
    written = await seedOrgLife(world);
  });
  after(() => t.close());

  test('a year of meetings: the secretary sees the six ones of 2026 complete up to today', async () => {
    assert.ok(written > 52 + 12 * 4, `written ${written}`);
    const secretary = await signIn(t.app, 'cangxi-branch', t.deps.config.demoPassword);
    const summary = (await secretary.get('/api/six-ones?year=2026')).json();
    const branch = summary.items.find((i: { partyOrgName: string }) => i.partyOrgName === '苍溪县应急管理局驻村工作队临时党支部');
    assert.ok(branch?.ledByMe);
    const six = (await secretary.get(`/api/six-ones?partyOrgId=${branch.partyOrgId}&year=2026`)).json();
    const byItem = Object.fromEntries(six.items.map((i: { item: string; missing: string[]; required: number }) => [i.item, i]));
    // The server counts to the real today; the demo year ends on TODAY, in 2026-W47.
    assert.deepEqual(byItem.weekly_study.missing.filter((w: string) => w <= '2026-W47'), []);
    assert.deepEqual(byItem.monthly_theme_day.missing, []);
    assert.deepEqual(byItem.monthly_volunteer_labour.missing, []);
    assert.equal(byItem.garden_per_member.required, 4);
    assert.deepEqual(byItem.garden_per_member.missing, []);
    assert.equal(byItem.household_per_cadre.required, 5);
    assert.deepEqual(byItem.household_per_cadre.missing, []);
    assert.equal(byItem.annual_special_meeting.ok, true);
    const reports = (await secretary.get(`/api/six-ones/${branch.partyOrgId}/reports`)).json();
    assert.equal(reports.items.length, 20);
  });

  test('seeding again writes nothing', async () => {
    assert.equal(await seedOrgLife(createDemoWorld(t.deps, TODAY)), 0);
  });
});
