import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, count, eq, like, sql } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { cadres } from '../../server/modules/cadres/index.ts';
import { donations } from '../../server/modules/donations/index.ts';
import { teamMembers } from '../../server/modules/teams/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { addDays, createDemoWorld } from './demo-world.ts';
import { DAWEI } from './seed-wuzhou.ts';
import { seedWuzhouDonations, wuzhouDonationFigures } from './seed-wuzhou-donations.ts';

const TODAY = '2026-11-20';

describe('[002] 梧州: the donations the first secretaries arranged', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    await seedWuzhouDonations(createDemoWorld(t.deps, TODAY));
  });
  after(() => t.close());

  test('money and goods at their value come to ¥6,048,600.00 under 450400000000, all within the year', async () => {
    const [row] = await t.deps.db
      .select({ total: sql<string>`sum(${donations.value})::text`, n: count(), first: sql<string>`min(${donations.receivedOn})::text`, last: sql<string>`max(${donations.receivedOn})::text` })
      .from(donations)
      .where(like(donations.divisionCode, '4504%'));
    assert.equal(row!.total, wuzhouDonationFigures.total);
    assert.ok(Number(row!.total) > 6_000_000 && Number(row!.total) < 6_100_000);
    assert.equal(row!.n, wuzhouDonationFigures.count);
    assert.ok(row!.first > addDays(TODAY, -365) && row!.last <= TODAY);
    const forms = await t.deps.db.selectDistinct({ form: donations.form }).from(donations);
    assert.deepEqual(forms.map((f) => f.form).sort(), ['goods', 'money']);
    const [goodsWithout] = await t.deps.db.select({ n: count() }).from(donations).where(and(eq(donations.form, 'goods'), sql`(${donations.goods} is null or ${donations.quantity} is null or ${donations.unit} is null)`));
    assert.equal(goodsWithout!.n, 0);
  });

  test('every donation was arranged by the first secretary of its village', async () => {
    const [stray] = await t.deps.db
      .select({ n: count() })
      .from(donations)
      .leftJoin(teamMembers, and(eq(teamMembers.cadreId, donations.arrangedByCadreId), eq(teamMembers.divisionCode, donations.divisionCode), eq(teamMembers.role, 'leader_first_secretary')))
      .where(sql`${teamMembers.id} is null`);
    assert.equal(stray!.n, 0);
  });

  test('香港善一堂 gave 大卫村 ¥680,000.00 for its kindergarten, arranged by 李冬霞', async () => {
    const rows = await t.deps.db
      .select({ donation: donations, arranger: cadres.name })
      .from(donations)
      .innerJoin(cadres, eq(cadres.id, donations.arrangedByCadreId))
      .where(eq(donations.donor, '香港善一堂'));
    assert.equal(rows.length, 1);
    const [{ donation, arranger }] = rows as [(typeof rows)[number]];
    assert.deepEqual(
      { divisionCode: donation.divisionCode, form: donation.form, value: donation.value, purpose: donation.purpose, donorKind: donation.donorKind, arranger },
      { divisionCode: DAWEI, form: 'money', value: '680000.00', purpose: '村级幼儿园建设', donorKind: 'organization', arranger: '李冬霞' },
    );
  });

  test('梧州市委组织部\'s summary and 李冬霞\'s own list show the same figures', async () => {
    const city = await signIn(t.app, 'wuzhou-city', t.deps.config.demoPassword);
    const summary = (await city.get('/api/donations/summary')).json();
    assert.equal(summary.total.total, wuzhouDonationFigures.total);
    assert.equal(summary.total.count, wuzhouDonationFigures.count);
    const li = await signIn(t.app, 'dawei-leader', t.deps.config.demoPassword);
    const own = (await li.get('/api/donations')).json() as { items: { donor: string; value: string }[] };
    assert.ok(own.items.some((d) => d.donor === '香港善一堂' && d.value === wuzhouDonationFigures.dawei));
  });

  test('a second seed writes nothing', async () => {
    await seedWuzhouDonations(createDemoWorld(t.deps, TODAY));
    const [row] = await t.deps.db.select({ n: count() }).from(donations);
    assert.equal(row!.n, wuzhouDonationFigures.count);
  });
});
